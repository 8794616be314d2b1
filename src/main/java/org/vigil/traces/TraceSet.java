package org.vigil.traces;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/**
 * A stored set of graded traces from one study of an intervention. The traces never change;
 * the assessor scores C2 and C3 may be set and replaced.
 */
@Entity
public class TraceSet extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trace_set_seq")
    @SequenceGenerator(name = "trace_set_seq", sequenceName = "trace_set_seq", allocationSize = 50)
    public Long id;

    public String organisationId;

    public String name;

    public String intervention;

    /** The submission the set was posted for, if any. */
    public String submissionId;

    public String createdBy;

    public Instant createdAt;

    public int traceCount;

    /** {@code sha256:} and the hex digest of the body as posted. */
    public String contentHash;

    /** The hash of the lexicon file the reasoning was flagged with. */
    public String lexiconHash;

    public Double c2Score;

    public String c2Rationale;

    public Double c3Score;

    public String c3Rationale;

    public String assessedBy;

    public Instant assessedAt;
}
