package org.vigil.catalog;

import java.time.LocalDate;
import java.util.List;

/** A standard version's dates, lineage and amendments. */
public record VersionView(
        String standard,
        String label,
        String title,
        LocalDate published,
        LocalDate inForceFrom,
        LocalDate lastRevalidated,
        LocalDate sunset,
        String supersedes,
        VersionOrigin origin,
        String source,
        long clauses,
        List<AmendmentView> amendments) {

    /** An amending act as listed with its version. */
    public record AmendmentView(String code, String title, LocalDate adopted, LocalDate effective,
            String citation, String note) {

        static AmendmentView of(Amendment a) {
            return new AmendmentView(a.code, a.title, a.adopted, a.effective, a.citation, a.note);
        }
    }
}
