package org.vigil.submission;

import java.time.Instant;

/** A stored submission with the document as it was posted (after validation). */
public record SubmissionView(String id, String organisation, String createdBy, Instant createdAt,
        String documentHash, SubmissionDocument submission) {
}
