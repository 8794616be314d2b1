package org.vigil.alert;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Delivers pending alerts, retrying failures with exponential backoff and jitter and recording
 * every attempt.
 *
 * <p>Instances sharing a database coordinate through the delivery rows: an instance claims a
 * delivery with a conditional update that only one can win, holds it for
 * {@code vigil.alerts.claim-lease}, and releases it with the outcome. An instance that dies
 * mid-delivery leaves a claim that expires, and another instance takes the delivery over, so
 * nothing is lost; a receiver may then see the same {@code webhook-id} twice and should
 * ignore the repeat.
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);

    /** This process, as recorded on claims and attempts. */
    final String instance = "vigil-" + ProcessHandle.current().pid() + "-"
            + UUID.randomUUID().toString().substring(0, 8);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    AlertConfig config;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Scheduled(identity = "alert-delivery", every = "{vigil.alerts.delivery-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        deliverDue(instance);
    }

    /** Attempts every delivery that is due and not held by another instance; returns how many it attempted. */
    public int deliverDue(String worker) {
        Instant now = clock.instant();
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> AlertDelivery.<AlertDelivery>find(
                        "status = ?1 and nextAttemptAt <= ?2 and (claimedUntil is null or claimedUntil < ?2)"
                                + " order by id", DeliveryStatus.PENDING, now)
                .page(Page.ofSize(100)).list().stream().map(d -> d.id).toList());
        int attempted = 0;
        for (Long id : due) {
            if (claim(id, worker)) {
                attempt(id, worker);
                attempted++;
            }
        }
        return attempted;
    }

    private boolean claim(long id, String worker) {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> AlertDelivery.update(
                "claimedBy = ?1, claimedUntil = ?2 where id = ?3 and status = ?4"
                        + " and (claimedUntil is null or claimedUntil < ?5)",
                worker, now.plus(config.claimLease()), id, DeliveryStatus.PENDING, now) == 1);
    }

    private void attempt(long id, String worker) {
        AlertDelivery delivery = QuarkusTransaction.requiringNew().call(() -> {
            AlertDelivery d = AlertDelivery.findById(id);
            return d;
        });
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        Outcome outcome;
        try {
            outcome = delivery.channel == Channel.WEBHOOK ? post(delivery) : mail(delivery);
        } catch (RuntimeException e) {
            outcome = new Outcome(false, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Outcome result = outcome;
        QuarkusTransaction.requiringNew().run(() -> record(id, worker, started, millis, result));
    }

    private void record(long id, String worker, Instant started, long millis, Outcome outcome) {
        AlertDelivery d = AlertDelivery.findById(id);
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.delivery = d;
        attempt.attemptedAt = started;
        attempt.instance = worker;
        attempt.succeeded = outcome.ok();
        attempt.statusCode = outcome.status();
        attempt.error = truncate(outcome.error());
        attempt.durationMs = millis;
        attempt.persist();
        d.attempts++;
        d.claimedBy = null;
        d.claimedUntil = null;
        Instant now = clock.instant();
        if (outcome.ok()) {
            d.status = DeliveryStatus.DELIVERED;
            d.deliveredAt = now;
            d.lastError = null;
        } else if (d.attempts >= config.retry().maxAttempts()) {
            d.status = DeliveryStatus.FAILED;
            d.lastError = attempt.error;
            LOG.warnf("Alert %d to %s %s failed %d times; giving up: %s", d.alert.id, d.channel, d.target,
                    d.attempts, attempt.error);
        } else {
            d.nextAttemptAt = now.plus(backoff(d.attempts));
            d.lastError = attempt.error;
            LOG.warnf("Alert %d to %s %s failed (attempt %d), retrying at %s: %s", d.alert.id, d.channel,
                    d.target, d.attempts, d.nextAttemptAt, attempt.error);
        }
    }

    /** The wait after the n-th failure: initial doubled per failure, capped, with half of it random. */
    Duration backoff(int failures) {
        long initial = config.retry().initial().toMillis();
        long cap = config.retry().max().toMillis();
        long base = Math.min(cap, initial << Math.min(failures - 1, 30));
        long half = base / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    private Outcome post(AlertDelivery d) {
        String secret = config.webhook().secret().orElse(null);
        String messageId = "vigil-alert-" + d.alert.id;
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(d.target))
                .timeout(config.webhook().timeout())
                .header("Content-Type", "application/json")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .POST(HttpRequest.BodyPublishers.ofString(d.alert.payload));
        if (secret != null) {
            request.header("webhook-signature", new WebhookSigner(secret).sign(messageId, timestamp, d.alert.payload));
        }
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            boolean ok = response.statusCode() / 100 == 2;
            return new Outcome(ok, response.statusCode(), ok ? null : "HTTP " + response.statusCode());
        } catch (IOException e) {
            return new Outcome(false, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "interrupted");
        }
    }

    private Outcome mail(AlertDelivery d) {
        Alert a = d.alert;
        String subject = "[Vigil] " + a.standardId + " " + a.versionLabel + " is " + a.state
                + " (sunset " + a.sunsetDate + ")";
        String text = a.standardId + " " + a.versionLabel + " is " + a.state + ": its sunset date is "
                + a.sunsetDate + ", by which it should have been revalidated against current evidence.\n\n"
                + "Record a revalidation with POST /api/standards/" + a.standardId + "/versions/" + a.versionLabel
                + "/revalidations once it has been reviewed.\n\nAlert " + a.idempotencyKey + "\n";
        mailer.send(Mail.withText(d.target, subject, text).addHeader("X-Vigil-Alert", a.idempotencyKey));
        return new Outcome(true, null, null);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }

    private record Outcome(boolean ok, Integer status, String error) {
    }
}
