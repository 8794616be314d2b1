package org.vigil.catalog;

import java.time.LocalDate;
import java.util.List;

/** A standard version with its clauses and amendments, before it is stored. */
public record VersionDraft(
        String label,
        String title,
        LocalDate published,
        LocalDate inForceFrom,
        LocalDate lastRevalidated,
        LocalDate sunset,
        String supersedes,
        List<ClauseDraft> clauses,
        List<AmendmentDraft> amendments) {

    public VersionDraft {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }
}
