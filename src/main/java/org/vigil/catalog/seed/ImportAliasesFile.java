package org.vigil.catalog.seed;

import java.util.ArrayList;
import java.util.List;
import org.vigil.web.FieldError;

/** {@code import-aliases.yaml}: which Vigil standard an imported framework library feeds. */
public record ImportAliasesFile(List<Alias> aliases) {

    public ImportAliasesFile {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** A framework URN and the standard id it maps to. */
    public record Alias(String framework, String standard) {
    }

    /** Returns the faults of the file. */
    public List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < aliases.size(); i++) {
            FindingsFile.require(errors, "aliases[" + i + "].framework", aliases.get(i).framework());
            FindingsFile.require(errors, "aliases[" + i + "].standard", aliases.get(i).standard());
        }
        return errors;
    }
}
