package org.vigil;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Supplies the clock every feature reads time from, so tests can replace it. It ticks in
 * whole milliseconds, which every supported database stores exactly, so an instant reads
 * back from the database equal to the one written.
 */
public class VigilClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}
