package org.vigil.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A stored submission. The posted document is kept whole, as canonical JSON, and never
 * changed; the other columns are copies of it for listing and access checks.
 */
@Entity
public class Submission extends PanacheEntityBase {

    @Id
    public String id;

    public String organisationId;

    public String createdBy;

    public Instant createdAt;

    public String systemName;

    public String harmLayer;

    public boolean certification;

    public int claimCount;

    public int evaluationCount;

    /** {@code sha256:} and the hex digest of {@link #document}. */
    public String documentHash;

    public String document;
}
