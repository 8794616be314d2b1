package org.vigil.report;

import java.util.List;
import java.util.Map;
import org.vigil.analysis.AnalysisView;
import org.vigil.analysis.RuleInfo;
import org.vigil.analysis.TraceSetFact;
import org.vigil.catalog.Layer;
import org.vigil.sunset.SunsetView;

/**
 * Everything a gap or coverage report shows about one analysed submission.
 *
 * @param claims each claimed standard version with its clauses, as {@code STANDARD version: a, b}
 * @param findings citations of the findings gaps refer to, by finding id
 * @param rules every rule of the rule set the analysis ran, for the appendix's file and line
 * @param traceSets the trace sets the submission references, with their TI-S as analysed
 */
public record SubmissionReportInput(String submission, String system, String organisation, Layer harmLayer,
        boolean certification, List<String> claims, List<String> standards, AnalysisView analysis,
        List<ClauseCoverage> coverage, List<SunsetView> sunsets, Map<String, String> findings,
        List<RuleInfo> rules, List<TraceSetFact> traceSets) {
}
