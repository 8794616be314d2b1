package org.vigil.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A clause as in force over one interval, with Vigil's annotations. */
public record ClauseView(
        String id,
        String standard,
        String version,
        String reference,
        String parent,
        int revision,
        String title,
        String summary,
        Boolean requiresEvaluation,
        Layer requiredLayer,
        List<Assumption> assumptions,
        String annotation,
        LocalDate validFrom,
        LocalDate validTo,
        String amendment,
        Instant recordedAt,
        Instant supersededAt) {

    public static ClauseView of(ClauseVersion cv) {
        Clause c = cv.clause;
        StandardVersion v = c.standardVersion;
        return new ClauseView(
                v.standard.id + ":" + v.label + ":" + c.reference + "#" + cv.revision,
                v.standard.id,
                v.label,
                c.reference,
                c.parent == null ? null : c.parent.reference,
                cv.revision,
                cv.title,
                cv.summary,
                cv.requiresEvaluation,
                cv.requiredLayer,
                cv.assumptions.stream().sorted().toList(),
                cv.annotation,
                cv.validFrom,
                cv.validTo,
                cv.amendment == null ? null : cv.amendment.code,
                cv.recordedAt,
                cv.supersededAt);
    }
}
