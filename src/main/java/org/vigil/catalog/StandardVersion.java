package org.vigil.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;

/** One published edition of a standard, such as the AI Act as {@code 2024/1689}. */
@Entity
public class StandardVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "standard_version_seq")
    @SequenceGenerator(name = "standard_version_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Standard standard;

    public String label;

    public String title;

    public LocalDate published;

    public LocalDate inForceFrom;

    public LocalDate lastRevalidated;

    @Column(name = "sunset_date")
    public LocalDate sunset;

    @ManyToOne(fetch = FetchType.LAZY)
    public StandardVersion supersedes;

    @Enumerated(EnumType.STRING)
    public VersionOrigin origin;

    public String source;

    public Instant recordedAt;
}
