package org.vigil.sunset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded revalidation and the version's sunset after it. */
public record RevalidationView(long id, String standard, String version, LocalDate date, String body,
        List<String> evidenceConsidered, RevalidationOutcome outcome, String note, Instant recordedAt,
        String recordedBy, SunsetView sunset) {
}
