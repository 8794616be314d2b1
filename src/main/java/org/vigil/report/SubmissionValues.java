package org.vigil.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigil.analysis.AnalysisView;

/** The placeholder values the gap and coverage reports share. */
final class SubmissionValues {

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private SubmissionValues() {
    }

    static Map<String, String> of(SubmissionReportInput in, TemplateSet templates, String reportId) {
        AnalysisView a = in.analysis();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("system", in.system());
        values.put("organisation", in.organisation());
        values.put("submission", in.submission());
        values.put("asOf", a.asOf().toString());
        values.put("analysedAt", MINUTE.format(a.analysedAt()));
        values.put("harmLayer", in.harmLayer().name());
        values.put("certification", in.certification() ? "yes" : "no");
        values.put("claims", String.join("; ", in.claims()));
        values.put("standards", String.join(", ", in.standards()));
        values.put("rulesetHash", a.rulesetHash());
        values.put("catalogHash", a.catalogHash());
        values.put("templateHash", templates.hash());
        values.put("reportId", reportId);
        values.put("issuer", templates.style().issuer().name());
        return values;
    }
}
