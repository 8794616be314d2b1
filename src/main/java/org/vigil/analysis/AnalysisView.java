package org.vigil.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer to a gap analysis.
 *
 * @param catalogHash identifies the catalog entries and thresholds used, so an auditor can tell
 *     whether two analyses for the same date saw the same catalog
 */
public record AnalysisView(String submission, LocalDate asOf, String rulesetHash, String catalogHash,
        long analysis, Instant analysedAt, String analysedBy, Map<String, Integer> bySeverity,
        Map<String, Integer> byLevel, List<Gap> gaps) {
}
