package org.vigil.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Replaces Vigil's clock in Quarkus tests. It reads the system clock, as in production,
 * until a test sets it to an instant; tests that do must {@link #reset()} it afterwards.
 */
public class TestClock extends Clock {

    /** The one clock every bean sees during the tests. */
    public static final TestClock INSTANCE = new TestClock();

    private static final Clock SYSTEM = Clock.tickMillis(ZoneOffset.UTC);

    private volatile Instant fixed;

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    static Clock produce() {
        return INSTANCE;
    }

    public void set(Instant instant) {
        fixed = instant;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : SYSTEM.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
