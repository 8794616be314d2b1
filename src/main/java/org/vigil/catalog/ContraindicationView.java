package org.vigil.catalog;

import java.util.List;

/** A contraindication as the API shows it, with the ids of the findings behind it. */
public record ContraindicationView(String id, Intervention intervention, DeploymentContext context,
        String description, List<String> findings) {

    public static ContraindicationView of(Contraindication c) {
        return new ContraindicationView(c.id, c.intervention, c.context, c.description,
                c.findings.stream().map(f -> f.id).sorted().toList());
    }
}
