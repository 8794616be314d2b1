package org.vigil.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** An intervention paired with a context in which it is known to backfire. */
@Entity
public class Contraindication extends PanacheEntityBase {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    public Intervention intervention;

    @Enumerated(EnumType.STRING)
    public DeploymentContext context;

    public String description;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "contraindication_finding",
            joinColumns = @JoinColumn(name = "contraindication_id"),
            inverseJoinColumns = @JoinColumn(name = "finding_id"))
    @OrderBy("id")
    public Set<Finding> findings = new LinkedHashSet<>();

    public String contentHash;

    public Instant recordedAt;
}
