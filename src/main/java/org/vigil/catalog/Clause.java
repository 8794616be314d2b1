package org.vigil.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** A stably referenced part of a standard version ({@code Art.43}, {@code MEASURE-2.6}). */
@Entity
public class Clause extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clause_seq")
    @SequenceGenerator(name = "clause_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public StandardVersion standardVersion;

    public String reference;

    @ManyToOne(fetch = FetchType.LAZY)
    public Clause parent;

    /** Order of the clause within its version, as the source lists it. */
    public int position;

    /** Identifier in the source the clause came from, such as a framework node URN. */
    public String sourceKey;
}
