package org.vigil.traces;

import java.time.Instant;

/** A trace set in a list: what it studies, how big it is, its hashes and its assessments. */
public record TraceSetSummary(long id, String organisation, String name, String intervention,
        String submission, int traces, String contentHash, String lexiconHash, String createdBy,
        Instant createdAt, Assessments assessments) {

    static TraceSetSummary of(TraceSet s) {
        return new TraceSetSummary(s.id, s.organisationId, s.name, s.intervention, s.submissionId, s.traceCount,
                s.contentHash, s.lexiconHash, s.createdBy, s.createdAt, Assessments.of(s));
    }
}
