package org.vigil.sunset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;
import org.vigil.catalog.StandardVersion;

/** A recorded review of a standard version against the evidence current at the time. */
@Entity
public class Revalidation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revalidation_seq")
    @SequenceGenerator(name = "revalidation_seq", sequenceName = "revalidation_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(optional = false)
    public StandardVersion standardVersion;

    public LocalDate revalidatedOn;

    /** Who carried out the review, such as a standards committee. */
    public String body;

    /** The findings or other evidence the review weighed, one per line. */
    public String evidenceConsidered;

    @Enumerated(EnumType.STRING)
    public RevalidationOutcome outcome;

    public String note;

    public Instant recordedAt;

    public String recordedBy;
}
