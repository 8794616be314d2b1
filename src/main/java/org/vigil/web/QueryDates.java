package org.vigil.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parses date query parameters so a malformed one is a 400 naming the parameter. */
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

    private static LocalDate parse(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "'" + value + "' is not a date in the form YYYY-MM-DD");
        }
    }
}
