package org.vigil.catalog;

import java.time.LocalDate;
import java.util.List;

/** The clauses of one standard version in force on a date. */
public record ClauseList(String standard, String version, LocalDate asOf, int count,
        List<ClauseView> clauses) {
}
