package org.vigil.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** One alert on its way to one receiver, with its retry state and its claim by an instance. */
@Entity
public class AlertDelivery extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_delivery_seq")
    @SequenceGenerator(name = "alert_delivery_seq", sequenceName = "alert_delivery_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(optional = false)
    public Alert alert;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    /** A URL or an email address. */
    public String target;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    public int attempts;

    public Instant nextAttemptAt;

    /** The instance attempting it now, if any, until {@link #claimedUntil}. */
    public String claimedBy;

    public Instant claimedUntil;

    public Instant deliveredAt;

    public String lastError;
}
