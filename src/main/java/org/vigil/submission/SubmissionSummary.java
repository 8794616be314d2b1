package org.vigil.submission;

import java.time.Instant;

/** A submission in a list: enough to find it, without its evidence. */
public record SubmissionSummary(String id, String organisation, String system, String harmLayer,
        boolean certification, int claims, int evaluations, String createdBy, Instant createdAt,
        String documentHash) {

    static SubmissionSummary of(Submission s) {
        return new SubmissionSummary(s.id, s.organisationId, s.systemName, s.harmLayer, s.certification,
                s.claimCount, s.evaluationCount, s.createdBy, s.createdAt, s.documentHash);
    }
}
