package org.vigil.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses sign-ins for a username or a client address after too many recent failures.
 *
 * <p>Failures are counted in a sliding window per username and per address. Attempts made
 * while refused are not counted, so a locked account opens again when the window has passed
 * its oldest counted failure. The counts live in this instance's memory: several instances
 * each allow the limit (README, known limits).
 */
@ApplicationScoped
public class SignInThrottle {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    SecurityConfig config;

    @Inject
    Clock clock;

    /** Returns how long the caller must wait before trying again, or zero. */
    public Duration retryAfter(String username, String address) {
        Instant now = clock.instant();
        Duration wait = wait("user:" + username, config.signIn().maxFailures(), now);
        if (address != null) {
            Duration byAddress = wait("addr:" + address, config.signIn().maxFailuresPerAddress(), now);
            if (byAddress.compareTo(wait) > 0) {
                wait = byAddress;
            }
        }
        return wait;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        add("user:" + username, now);
        if (address != null) {
            add("addr:" + address, now);
        }
    }

    /** Forgets the username's failures; the address keeps its count. */
    public void succeeded(String username) {
        failures.remove("user:" + username);
    }

    private Duration wait(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < max) {
                return Duration.ZERO;
            }
            // The window must pass the failure that brings the count below the limit.
            Instant release = times.stream().skip(times.size() - max).findFirst().orElseThrow()
                    .plus(config.signIn().window());
            return Duration.between(now, release);
        }
    }

    private void add(String key, Instant now) {
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(config.signIn().window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }
}
