package org.vigil.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses dates and instants from requests so a malformed one is a 400 naming the field. */
public final class QueryDates {

    private QueryDates() {
    }

    /** Returns the parsed date, or today on the clock when the parameter is absent. */
    public static LocalDate orToday(String name, String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(clock);
        }
        return parse(name, value);
    }

    /** Returns the parsed date, or null when the parameter is absent. */
    public static LocalDate optional(String name, String value) {
        return value == null || value.isBlank() ? null : parse(name, value);
    }

    /**
     * Parses an instant given as {@code 2026-12-03T10:00:00Z} or as a date, which means the
     * start of that day in UTC.
     */
    public static Instant instant(String name, String value) {
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "'" + value
                    + "' is neither a date (YYYY-MM-DD) nor an instant (YYYY-MM-DDThh:mm:ssZ)");
        }
    }

    private static LocalDate parse(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "'" + value + "' is not a date in the form YYYY-MM-DD");
        }
    }
}
