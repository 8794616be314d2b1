package org.vigil.traces;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.util.Objects;

/** A submission's reference to a trace set, with the risk acceptance recorded for it. */
@Entity
@IdClass(SubmissionTraceSet.Key.class)
public class SubmissionTraceSet extends PanacheEntityBase {

    @Id
    public String submissionId;

    @Id
    public Long traceSetId;

    /** Who accepted the risk of a TI-S below one, and when; null when none was recorded. */
    public String riskAcceptance;

    /** The composite key. */
    public static class Key implements Serializable {
        public String submissionId;
        public Long traceSetId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(submissionId, k.submissionId)
                    && Objects.equals(traceSetId, k.traceSetId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(submissionId, traceSetId);
        }
    }
}
