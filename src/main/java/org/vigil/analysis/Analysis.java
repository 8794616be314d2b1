package org.vigil.analysis;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored analysis: the gaps one rule set found in one submission as of one date, against
 * the catalog as it then stood. The same inputs are analysed once and then read back.
 */
@Entity
public class Analysis extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "analysis_seq")
    @SequenceGenerator(name = "analysis_seq", sequenceName = "analysis_seq", allocationSize = 50)
    public Long id;

    public String submissionId;

    public LocalDate asOf;

    public String rulesetHash;

    /** Hash of every catalog entry the analysis read, with the thresholds it used. */
    public String catalogHash;

    public int gapCount;

    public Instant createdAt;

    public String createdBy;

    /** The gaps, as a JSON array in report order. */
    public String result;
}
