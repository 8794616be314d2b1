package org.vigil.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.vigil.sunset.SunsetState;

/** An alert with its deliveries and every attempt made at them. */
public record AlertView(long id, String idempotencyKey, String standard, String version, SunsetState state,
        LocalDate sunsetDate, LocalDate raisedOn, Instant raisedAt, List<DeliveryView> deliveries) {

    /** One delivery of an alert. */
    public record DeliveryView(long id, Channel channel, String target, DeliveryStatus status, int attempts,
            Instant nextAttemptAt, Instant deliveredAt, String lastError, List<AttemptView> attemptLog) {
    }

    /** One attempt at a delivery. */
    public record AttemptView(Instant at, String instance, boolean succeeded, Integer statusCode, String error,
            long durationMs) {
    }

    static AlertView of(Alert a) {
        List<DeliveryView> deliveries = AlertDelivery.<AlertDelivery>list("alert = ?1 order by id", a).stream()
                .map(d -> new DeliveryView(d.id, d.channel, d.target, d.status, d.attempts, d.nextAttemptAt,
                        d.deliveredAt, d.lastError,
                        DeliveryAttempt.<DeliveryAttempt>list("delivery = ?1 order by attemptedAt, id", d).stream()
                                .map(t -> new AttemptView(t.attemptedAt, t.instance, t.succeeded, t.statusCode,
                                        t.error, t.durationMs))
                                .toList()))
                .toList();
        return new AlertView(a.id, a.idempotencyKey, a.standardId, a.versionLabel, a.state, a.sunsetDate,
                a.raisedOn, a.raisedAt, deliveries);
    }
}
