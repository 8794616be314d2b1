package org.vigil.traces;

import java.time.Instant;

/**
 * The assessor scores of the levels Vigil cannot measure from traces: C2 (social) and C3
 * (structural), each in [0, 1] with its rationale; null when not assessed.
 */
public record Assessments(Score c2, Score c3, String assessedBy, Instant assessedAt) {

    /** One level's score and why. */
    public record Score(Double score, String rationale) {
    }

    static Assessments of(TraceSet s) {
        return new Assessments(s.c2Score == null ? null : new Score(s.c2Score, s.c2Rationale),
                s.c3Score == null ? null : new Score(s.c3Score, s.c3Rationale), s.assessedBy, s.assessedAt);
    }
}
