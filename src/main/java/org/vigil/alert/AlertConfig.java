package org.vigil.alert;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Sunset alerts under {@code vigil.alerts}: when to scan, where to deliver, how to retry. */
@ConfigMapping(prefix = "vigil.alerts")
public interface AlertConfig {

    /** When the sunset scan runs (Quartz cron syntax); default daily at 06:00 UTC. */
    @WithDefault("0 0 6 * * ?")
    String cron();

    /** How often due deliveries are attempted. */
    @WithDefault("15s")
    String deliveryEvery();

    Webhook webhook();

    Mail mail();

    Retry retry();

    /** How long an instance holds a delivery it is attempting before others may take it over. */
    @WithDefault("PT2M")
    Duration claimLease();

    /** Webhook receivers, signed as Standard Webhooks. */
    interface Webhook {
        /** Receiver URLs, comma-separated. */
        Optional<List<String>> url();

        /** The signing secret, {@code whsec_} followed by base64. */
        Optional<String> secret();

        @WithDefault("PT10S")
        Duration timeout();
    }

    /** Email recipients, sent through the Quarkus mailer ({@code quarkus.mailer.*}). */
    interface Mail {
        /** Recipient addresses, comma-separated. */
        Optional<List<String>> to();
    }

    /** Exponential backoff with jitter between failed attempts. */
    interface Retry {
        @WithDefault("PT30S")
        Duration initial();

        @WithDefault("PT1H")
        Duration max();

        /** Attempts before a delivery is given up as failed. */
        @WithDefault("10")
        int maxAttempts();
    }
}
