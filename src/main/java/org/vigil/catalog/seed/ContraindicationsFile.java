package org.vigil.catalog.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.catalog.DeploymentContext;
import org.vigil.catalog.Intervention;
import org.vigil.web.FieldError;

/** {@code contraindications.yaml}: interventions and the contexts where they backfire. */
public record ContraindicationsFile(List<Entry> contraindications) {

    public ContraindicationsFile {
        contraindications = contraindications == null ? List.of() : List.copyOf(contraindications);
    }

    /** One contraindication as the curator writes it. */
    public record Entry(String id, Intervention intervention, DeploymentContext context,
            String description, List<String> findings) {

        public Entry {
            findings = findings == null ? List.of() : List.copyOf(findings);
        }
    }

    /** Returns the faults of the file, given the ids of the known findings. */
    public List<FieldError> check(Set<String> findingIds) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < contraindications.size(); i++) {
            Entry c = contraindications.get(i);
            String at = "contraindications[" + i + "].";
            FindingsFile.require(errors, at + "id", c.id());
            FindingsFile.require(errors, at + "description", c.description());
            if (c.intervention() == null) {
                errors.add(new FieldError(at + "intervention", "is required"));
            }
            if (c.context() == null) {
                errors.add(new FieldError(at + "context", "is required"));
            }
            if (c.id() != null && !ids.add(c.id())) {
                errors.add(new FieldError(at + "id", "'" + c.id() + "' appears twice"));
            }
            if (c.findings().isEmpty()) {
                errors.add(new FieldError(at + "findings", "must name the findings behind it"));
            }
            for (int j = 0; j < c.findings().size(); j++) {
                if (!findingIds.contains(c.findings().get(j))) {
                    errors.add(new FieldError(at + "findings[" + j + "]",
                            "no finding '" + c.findings().get(j) + "' in findings.yaml"));
                }
            }
        }
        return errors;
    }
}
