package org.vigil.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;
import org.vigil.sunset.SunsetState;

/**
 * A standard version entering {@code EXPIRING} or {@code LAPSED}. The idempotency key names the
 * version, the state and the sunset date, so repeated scans, and several instances scanning
 * at once, raise it once; a revalidation that moves the date makes a new key.
 */
@Entity
public class Alert extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_seq")
    @SequenceGenerator(name = "alert_seq", sequenceName = "alert_seq", allocationSize = 50)
    public Long id;

    public String idempotencyKey;

    public String standardId;

    public String versionLabel;

    @Enumerated(EnumType.STRING)
    public SunsetState state;

    public LocalDate sunsetDate;

    /** The scan date that raised it. */
    public LocalDate raisedOn;

    public Instant raisedAt;

    /** The JSON body every channel delivers. */
    public String payload;
}
