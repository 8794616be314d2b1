package org.vigil.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.analysis.AnalysisView;
import org.vigil.analysis.Gap;
import org.vigil.analysis.RuleInfo;
import org.vigil.analysis.Severity;
import org.vigil.catalog.Layer;
import org.vigil.sunset.SunsetState;
import org.vigil.sunset.SunsetView;

/** Builds report inputs of any size without a database, for layout tests and benchmarks. */
public final class SyntheticReports {

    private static final String[] CODES = {"LAYER_MISMATCH", "NO_EVIDENCE", "STALE_EVALUATION",
        "INSUFFICIENT_SAMPLE", "LAYER_UNSPECIFIED", "CONTRAINDICATION"};

    private SyntheticReports() {
    }

    /** Returns a submission with the given number of claimed clauses and gaps, deterministically. */
    public static SubmissionReportInput input(int clauses, int gaps) {
        List<ClauseCoverage> coverage = new ArrayList<>();
        for (int c = 0; c < clauses; c++) {
            CoverageVerdict verdict = CoverageVerdict.values()[c % 3];
            coverage.add(new ClauseCoverage("EU-AI-ACT:Art." + (10 + c), "2024/1689",
                    "EU-AI-ACT:2024/1689:Art." + (10 + c) + "#1", "Clause " + c, verdict, "Reason " + c,
                    List.of("eval-" + c + " (TEXT)"), Map.of(Layer.TEXT, List.of("eval-" + c)), List.of()));
        }
        List<Gap> list = new ArrayList<>();
        for (int g = 0; g < gaps; g++) {
            Severity severity = Severity.values()[g % Severity.values().length];
            String code = CODES[g % CODES.length];
            list.add(new Gap(code, 1 + g % 4, severity, "EU-AI-ACT:Art." + (10 + g % Math.max(1, clauses)),
                    "EU-AI-ACT:2024/1689:Art." + (10 + g % Math.max(1, clauses)) + "#1", "eval-" + g,
                    g % 5 == 0 ? "finding-" + g % 7 : null,
                    "Gap number " + g + ": the evidence offered for this clause stops at the text layer while"
                            + " the system causes harm through physical motion, so it does not show what matters.",
                    "Add an evaluation at the physical layer that observes force, motion and collisions.",
                    "Rule " + code));
        }
        list.sort(Gap.ORDER);
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.name(), (int) list.stream().filter(x -> x.severity() == s).count());
        }
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        for (int level = 1; level <= 4; level++) {
            int l = level;
            byLevel.put(String.valueOf(level), (int) list.stream().filter(x -> x.level() == l).count());
        }
        AnalysisView analysis = new AnalysisView("sub-synthetic", LocalDate.of(2026, 12, 3),
                "sha256:" + "a".repeat(64), "sha256:" + "b".repeat(64), 1, Instant.parse("2026-12-03T10:15:30Z"),
                "officer-a", bySeverity, byLevel, list);
        Map<String, String> findings = new LinkedHashMap<>();
        for (int f = 0; f < 7; f++) {
            findings.put("finding-" + f, "Author et al. (2026), Finding " + f + ", arXiv:2601.0000" + f);
        }
        List<RuleInfo> rules = new ArrayList<>();
        for (int r = 0; r < CODES.length; r++) {
            rules.add(new RuleInfo("Rule " + CODES[r], "rules/synthetic.drl", 10 + r * 12, "vigil"));
        }
        List<SunsetView> sunsets = List.of(new SunsetView("EU-AI-ACT", "2024/1689", "EU AI Act",
                LocalDate.of(2024, 7, 12), null, null, LocalDate.of(2027, 7, 12), "published",
                SunsetState.CURRENT, 221));
        return new SubmissionReportInput("sub-synthetic", "Synthetic system", "Organisation org-a", Layer.PHYSICAL,
                true, List.of("EU-AI-ACT 2024/1689: Art.10 …"), List.of("EU-AI-ACT 2024/1689"), analysis, coverage,
                sunsets, findings, rules, List.of());
    }
}
