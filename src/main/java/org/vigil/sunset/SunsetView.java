package org.vigil.sunset;

import java.time.LocalDate;

/** A standard version's sunset on the as-of date, with the dates it is computed from. */
public record SunsetView(String standard, String version, String title, LocalDate published,
        LocalDate lastRevalidated, LocalDate declaredSunset, LocalDate sunsetDate, String basis,
        SunsetState state, long daysLeft) {
}
