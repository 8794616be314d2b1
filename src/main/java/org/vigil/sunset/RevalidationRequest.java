package org.vigil.sunset;

import java.util.List;

/** The body of a revalidation: date, reviewing body, evidence considered, outcome, note. */
public record RevalidationRequest(String date, String body, List<String> evidenceConsidered, String outcome,
        String note) {
}
