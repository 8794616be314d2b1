package org.vigil.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

/** A law, standard or framework, identified by a stable id such as {@code EU-AI-ACT}. */
@Entity
public class Standard extends PanacheEntityBase {

    @Id
    public String id;

    public String title;

    public String publisher;

    @Enumerated(EnumType.STRING)
    public StandardKind kind;

    public Instant recordedAt;
}
