package org.vigil.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** One try at a delivery, successful or not. */
@Entity
public class DeliveryAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_attempt_seq")
    @SequenceGenerator(name = "delivery_attempt_seq", sequenceName = "delivery_attempt_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(optional = false)
    public AlertDelivery delivery;

    public Instant attemptedAt;

    public String instance;

    public boolean succeeded;

    public Integer statusCode;

    public String error;

    public long durationMs;
}
