package org.vigil.report;

import java.util.List;
import java.util.Map;
import org.vigil.catalog.Layer;

/**
 * One claimed clause's coverage at the harm layer, with the reason and the evidence behind it.
 *
 * @param clauseVersion the clause version in force on the as-of date, null when none is
 * @param byLayer evaluation ids offered for the clause, per layer they measure at
 * @param weakenedBy codes of the gaps that keep harm-layer evidence from full coverage
 */
public record ClauseCoverage(String clause, String version, String clauseVersion, String title,
        CoverageVerdict verdict, String reason, List<String> evidence, Map<Layer, List<String>> byLayer,
        List<String> weakenedBy) {
}
