package org.vigil.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Published research evidence that challenges assumptions embedded in clauses. */
@Entity
public class Finding extends PanacheEntityBase {

    @Id
    public String id;

    public String title;

    public String citation;

    public String arxivId;

    public String url;

    public LocalDate published;

    @Enumerated(EnumType.STRING)
    public DatePrecision datePrecision;

    public String summary;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "finding_key_figure", joinColumns = @JoinColumn(name = "finding_id"))
    @OrderColumn(name = "position")
    public List<KeyFigure> keyFigures = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "finding_assumption", joinColumns = @JoinColumn(name = "finding_id"))
    @Column(name = "assumption")
    @Enumerated(EnumType.STRING)
    @OrderBy
    public Set<Assumption> challenges = EnumSet.noneOf(Assumption.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "finding_context", joinColumns = @JoinColumn(name = "finding_id"))
    @Column(name = "context")
    @Enumerated(EnumType.STRING)
    @OrderBy
    public Set<DeploymentContext> contexts = EnumSet.noneOf(DeploymentContext.class);

    public String contentHash;

    public Instant recordedAt;
}
