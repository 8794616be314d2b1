package org.vigil.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The text and annotations of a clause over one validity interval.
 *
 * <p>Validity is half-open: in force on {@code validFrom} and up to, but not on,
 * {@code validTo}. A correction never edits a row; it marks the old row
 * superseded and records a new revision with the same validity.
 */
@Entity
public class ClauseVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clause_version_seq")
    @SequenceGenerator(name = "clause_version_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Clause clause;

    public int revision;

    public String title;

    public String summary;

    public Boolean requiresEvaluation;

    @Enumerated(EnumType.STRING)
    public Layer requiredLayer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "clause_version_assumption",
            joinColumns = @JoinColumn(name = "clause_version_id"))
    @Column(name = "assumption")
    @Enumerated(EnumType.STRING)
    @OrderBy
    public Set<Assumption> assumptions = EnumSet.noneOf(Assumption.class);

    public String annotation;

    public LocalDate validFrom;

    public LocalDate validTo;

    /** Start date the source declared for this entry; identifies it across reloads. */
    public LocalDate declaredFrom;

    @ManyToOne(fetch = FetchType.LAZY)
    public Amendment amendment;

    public String contentHash;

    public Instant recordedAt;

    public Instant supersededAt;

    /** Returns whether this version is current knowledge and in force on the date. */
    public boolean inForceOn(LocalDate date) {
        return supersededAt == null
                && !validFrom.isAfter(date)
                && (validTo == null || date.isBefore(validTo));
    }
}
