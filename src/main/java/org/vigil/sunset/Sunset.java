package org.vigil.sunset;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A standard version's sunset on a given day.
 *
 * @param date the declared sunset, or the last revalidation (else publication) plus the interval
 * @param declared whether the version names its own sunset or review date
 * @param basis what the date was computed from: {@code declared}, {@code revalidated} or {@code published}
 * @param daysLeft days from the as-of day to the sunset date; negative once lapsed
 */
public record Sunset(LocalDate date, boolean declared, String basis, SunsetState state, long daysLeft) {

    /** Applies the policy to one version's dates. */
    public static Sunset of(LocalDate declaredSunset, LocalDate lastRevalidated, LocalDate published,
            LocalDate asOf, SunsetConfig policy) {
        LocalDate date;
        String basis;
        if (declaredSunset != null) {
            date = declaredSunset;
            basis = "declared";
        } else if (lastRevalidated != null) {
            date = lastRevalidated.plus(policy.revalidationInterval());
            basis = "revalidated";
        } else {
            date = published.plus(policy.revalidationInterval());
            basis = "published";
        }
        SunsetState state;
        if (!asOf.isBefore(date)) {
            state = SunsetState.LAPSED;
        } else if (!asOf.isBefore(date.minus(policy.warningWindow()))) {
            state = SunsetState.EXPIRING;
        } else {
            state = SunsetState.CURRENT;
        }
        return new Sunset(date, declaredSunset != null, basis, state, ChronoUnit.DAYS.between(asOf, date));
    }
}
