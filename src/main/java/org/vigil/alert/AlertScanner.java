package org.vigil.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.vigil.sunset.SunsetState;
import org.vigil.sunset.SunsetView;
import org.vigil.sunset.Sunsets;

/**
 * Scans every standard version's sunset state and raises one alert per version entering
 * {@code EXPIRING} or {@code LAPSED}, with a delivery per configured receiver. Each alert is
 * stored in its own transaction under a unique key, so instances scanning at once raise it once.
 */
@ApplicationScoped
public class AlertScanner {

    private static final Logger LOG = Logger.getLogger(AlertScanner.class);

    @Inject
    Sunsets sunsets;

    @Inject
    AlertConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Scheduled(identity = "sunset-scan", cron = "{vigil.alerts.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        scan(LocalDate.now(clock));
    }

    /** Raises the alerts due on a date; returns the ones raised now, not those raised before. */
    public List<Alert> scan(LocalDate today) {
        List<SunsetView> views = QuarkusTransaction.requiringNew().call(() -> sunsets.list(today, null));
        List<Alert> raised = new ArrayList<>();
        for (SunsetView view : views) {
            if (view.state() == SunsetState.CURRENT) {
                continue;
            }
            String key = view.standard() + "|" + view.version() + "|" + view.state() + "|" + view.sunsetDate();
            try {
                Alert alert = QuarkusTransaction.requiringNew().call(() -> raise(view, key, today));
                if (alert != null) {
                    raised.add(alert);
                }
            } catch (RuntimeException e) {
                // Another instance may have stored the same key first; anything else is a real error.
                boolean exists = QuarkusTransaction.requiringNew().call(() -> Alert.count("idempotencyKey", key) > 0);
                if (!exists) {
                    throw e;
                }
            }
        }
        if (!raised.isEmpty()) {
            LOG.infof("Sunset scan for %s raised %d alerts: %s", today, raised.size(),
                    raised.stream().map(a -> a.idempotencyKey).toList());
        }
        return raised;
    }

    private Alert raise(SunsetView view, String key, LocalDate today) {
        if (Alert.count("idempotencyKey", key) > 0) {
            return null;
        }
        Alert alert = new Alert();
        alert.idempotencyKey = key;
        alert.standardId = view.standard();
        alert.versionLabel = view.version();
        alert.state = view.state();
        alert.sunsetDate = view.sunsetDate();
        alert.raisedOn = today;
        alert.raisedAt = clock.instant();
        alert.payload = payload(view, key, today);
        alert.persist();
        for (String url : config.webhook().url().orElse(List.of())) {
            queue(alert, Channel.WEBHOOK, url.strip());
        }
        for (String to : config.mail().to().orElse(List.of())) {
            queue(alert, Channel.EMAIL, to.strip());
        }
        return alert;
    }

    private void queue(Alert alert, Channel channel, String target) {
        AlertDelivery delivery = new AlertDelivery();
        delivery.alert = alert;
        delivery.channel = channel;
        delivery.target = target;
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = alert.raisedAt;
        delivery.persist();
    }

    private String payload(SunsetView view, String key, LocalDate today) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idempotencyKey", key);
        data.put("standard", view.standard());
        data.put("version", view.version());
        data.put("title", view.title());
        data.put("state", view.state().name());
        data.put("sunsetDate", view.sunsetDate().toString());
        data.put("basis", view.basis());
        data.put("daysLeft", view.daysLeft());
        data.put("scannedOn", today.toString());
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "sunset." + view.state().name().toLowerCase());
        message.put("timestamp", clock.instant().toString());
        message.put("data", data);
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an alert payload", e);
        }
    }
}
