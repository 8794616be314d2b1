package org.vigil;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Supplies the clock every feature reads time from, so tests can replace it. */
public class VigilClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
