package org.vigil.catalog;

import java.util.List;

/** A clause entry with its annotations, as given in a catalog file or a request. */
public record ClauseDraft(
        String ref,
        String parent,
        String title,
        String summary,
        Boolean requiresEvaluation,
        Layer layer,
        List<Assumption> assumptions,
        String annotation) {

    public ClauseDraft {
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
    }
}
