package org.vigil.catalog.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.catalog.Assumption;
import org.vigil.catalog.DatePrecision;
import org.vigil.catalog.DeploymentContext;
import org.vigil.web.FieldError;

/** {@code findings.yaml}: the research findings that challenge clause assumptions. */
public record FindingsFile(List<Entry> findings) {

    public FindingsFile {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** One finding as the curator writes it. */
    public record Entry(String id, String title, String citation, String arxiv, String url,
            LocalDate published, DatePrecision datePrecision, String summary,
            List<Figure> keyFigures, List<Assumption> challenges, List<DeploymentContext> contexts) {

        public Entry {
            datePrecision = datePrecision == null ? DatePrecision.DAY : datePrecision;
            keyFigures = keyFigures == null ? List.of() : List.copyOf(keyFigures);
            challenges = challenges == null ? List.of() : List.copyOf(challenges);
            contexts = contexts == null ? List.of() : List.copyOf(contexts);
        }
    }

    /** A figure as published. */
    public record Figure(String label, String value) {
    }

    /** Returns the faults of the file, each named by its path. */
    public List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < findings.size(); i++) {
            Entry f = findings.get(i);
            String at = "findings[" + i + "].";
            require(errors, at + "id", f.id());
            require(errors, at + "title", f.title());
            require(errors, at + "citation", f.citation());
            require(errors, at + "summary", f.summary());
            if (f.published() == null) {
                errors.add(new FieldError(at + "published", "is required"));
            }
            if (f.challenges().isEmpty()) {
                errors.add(new FieldError(at + "challenges", "must name at least one assumption"));
            }
            if (f.id() != null && !ids.add(f.id())) {
                errors.add(new FieldError(at + "id", "'" + f.id() + "' appears twice"));
            }
            for (int j = 0; j < f.keyFigures().size(); j++) {
                Figure k = f.keyFigures().get(j);
                require(errors, at + "keyFigures[" + j + "].label", k.label());
                require(errors, at + "keyFigures[" + j + "].value", k.value());
            }
        }
        return errors;
    }

    static void require(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        }
    }
}
