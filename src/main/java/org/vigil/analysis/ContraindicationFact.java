package org.vigil.analysis;

import java.util.List;
import org.vigil.catalog.DeploymentContext;
import org.vigil.catalog.Intervention;

/** A catalog contraindication with at least one of its findings published by the as-of date. */
public class ContraindicationFact {

    private final String id;
    private final Intervention intervention;
    private final DeploymentContext context;
    private final String description;
    private final List<String> findings;

    public ContraindicationFact(String id, Intervention intervention, DeploymentContext context,
            String description, List<String> findings) {
        this.id = id;
        this.intervention = intervention;
        this.context = context;
        this.description = description;
        this.findings = List.copyOf(findings);
    }

    public String getId() {
        return id;
    }

    public Intervention getIntervention() {
        return intervention;
    }

    public DeploymentContext getContext() {
        return context;
    }

    public String getDescription() {
        return description;
    }

    /** Ids of the findings behind it, known by the as-of date, sorted. */
    public List<String> getFindings() {
        return findings;
    }
}
