package org.vigil.catalog;

import java.time.LocalDate;
import java.util.List;

/** An amending act and the full new text of each clause it changes. */
public record AmendmentDraft(
        String code,
        String title,
        LocalDate adopted,
        LocalDate effective,
        String citation,
        String note,
        List<ClauseDraft> clauses) {

    public AmendmentDraft {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }
}
