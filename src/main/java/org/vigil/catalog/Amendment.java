package org.vigil.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;

/** An amending act that gives some clauses of a version new text from a date. */
@Entity
public class Amendment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "amendment_seq")
    @SequenceGenerator(name = "amendment_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public StandardVersion standardVersion;

    public String code;

    public String title;

    public LocalDate adopted;

    public LocalDate effective;

    public String citation;

    public String note;

    public Instant recordedAt;
}
