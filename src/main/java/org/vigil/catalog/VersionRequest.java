package org.vigil.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * A request to add a version to a standard, or to amend one of its versions.
 *
 * <p>A new version gives {@code label}, its dates and its clauses. An amendment gives
 * {@code amends} (the label of the version it changes) and {@code amendment}.
 */
public record VersionRequest(
        String label,
        String title,
        LocalDate published,
        LocalDate inForceFrom,
        LocalDate lastRevalidated,
        LocalDate sunset,
        String supersedes,
        List<ClauseDraft> clauses,
        String amends,
        AmendmentDraft amendment) {

    boolean isAmendment() {
        return amends != null || amendment != null;
    }

    VersionDraft toDraft() {
        return new VersionDraft(label, title, published, inForceFrom, lastRevalidated, sunset,
                supersedes, clauses, List.of());
    }
}
