package org.vigil.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The reports Vigil renders, with the sections, labels and placeholders each template may use. */
public enum ReportKind {

    GAP("gap-report.yaml", Map.of(
            "cover", Labels.COVER,
            "summary", List.of("bySeverity", "byLevel", "level1", "level2", "level3", "level4", "noGaps"),
            "coverage-matrix", Labels.MATRIX,
            "gaps", List.of("level1", "level2", "level3", "level4", "none", "severity", "gap", "message",
                    "evidence", "recommendation", "evaluation", "finding", "version", "wholeSubmission"),
            "sunsets", List.of("standard", "version", "state", "sunset", "basis", "daysLeft"),
            "contraindications", List.of("none", "contraindication", "finding"),
            "traces", List.of("none", "tisPlot", "tisAxis", "benefitPlot", "benefitAxis", "traceSet", "reading",
                    "tis", "benefit", "costs", "bootstrap", "riskAcceptance", "notComputable", "noValue",
                    "unbounded", "zeroCost"),
            "rules", List.of("rule", "file", "gaps")),
            Set.of("system", "organisation", "submission", "asOf", "analysedAt", "harmLayer", "certification",
                    "claims", "standards", "gapCount", "critical", "high", "medium", "low", "info",
                    "rulesetHash", "catalogHash", "templateHash", "reportId", "issuer")),

    COVERAGE("coverage-report.yaml", Map.of(
            "cover", Labels.COVER,
            "verdicts", List.of("clause", "verdict", "reason", "evidence", "none", "COVERED", "PARTIAL",
                    "NOT_COVERED"),
            "coverage-matrix", Labels.MATRIX),
            Set.of("system", "organisation", "submission", "asOf", "analysedAt", "harmLayer", "certification",
                    "claims", "standards", "clauseCount", "covered", "partial", "notCovered",
                    "rulesetHash", "catalogHash", "templateHash", "reportId", "issuer")),

    DIGEST("sunset-digest.yaml", Map.of(
            "cover", List.of("asOf", "catalogHash", "templateHash", "reportId", "issuer"),
            "timeline", List.of("marker"),
            "table", List.of("standard", "version", "state", "published", "revalidated", "sunset", "basis",
                    "daysLeft")),
            Set.of("asOf", "versionCount", "current", "expiring", "lapsed", "interval", "warning",
                    "catalogHash", "templateHash", "reportId", "issuer"));

    private final String file;
    private final Map<String, List<String>> sections;
    private final Set<String> placeholders;

    ReportKind(String file, Map<String, List<String>> sections, Set<String> placeholders) {
        this.file = file;
        this.sections = new LinkedHashMap<>(sections);
        this.placeholders = placeholders;
    }

    /** The template's file name in the templates folder. */
    public String file() {
        return file;
    }

    /** Section kinds the template may list, each with the labels it must give. */
    public Map<String, List<String>> sections() {
        return sections;
    }

    /** Names that may appear in braces in the template's text. */
    public Set<String> placeholders() {
        return placeholders;
    }

    private static final class Labels {
        static final List<String> COVER = List.of("system", "organisation", "submission", "harmLayer",
                "certification", "claims", "asOf", "analysedAt", "rulesetHash", "catalogHash", "templateHash",
                "reportId", "issuer");
        static final List<String> MATRIX = List.of("evidence", "belowHarm", "noEvidence", "harmLayer", "clause",
                "verdict");
    }
}
