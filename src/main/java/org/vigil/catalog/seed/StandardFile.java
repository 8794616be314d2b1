package org.vigil.catalog.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.catalog.DraftValidator;
import org.vigil.catalog.StandardDraft;
import org.vigil.catalog.VersionDraft;
import org.vigil.web.FieldError;

/** One file of {@code standards/}: a standard and its versions. */
public record StandardFile(StandardDraft standard, List<VersionDraft> versions) {

    public StandardFile {
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    /** Returns the faults of the whole file, each named by its path. */
    public List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>(DraftValidator.check("standard.", standard));
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < versions.size(); i++) {
            VersionDraft v = versions.get(i);
            String path = "versions[" + i + "].";
            errors.addAll(DraftValidator.check(path, v, List.of(), labels));
            if (v.label() != null && !labels.add(v.label())) {
                errors.add(new FieldError(path + "label", "'" + v.label() + "' appears twice"));
            }
        }
        return errors;
    }
}
