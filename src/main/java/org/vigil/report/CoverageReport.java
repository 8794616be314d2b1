package org.vigil.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.analysis.AnalysisView;
import org.vigil.report.pdf.Align;
import org.vigil.report.pdf.Cell;
import org.vigil.report.pdf.Column;
import org.vigil.report.pdf.PdfReport;
import org.vigil.report.pdf.Table;

/** Renders the coverage report a regulator files: each claimed clause's verdict at the harm layer. */
public final class CoverageReport {

    private CoverageReport() {
    }

    /** Returns the PDF/A-2b report; the same input and templates give the same bytes. */
    public static RenderedReport render(TemplateSet templates, SubmissionReportInput in) throws IOException {
        AnalysisView a = in.analysis();
        String reportId = ReportId.of(ReportKind.COVERAGE, in.submission(), a.asOf(), a.rulesetHash(),
                a.catalogHash(), templates.hash());
        Map<String, String> values = SubmissionValues.of(in, templates, reportId);
        values.put("clauseCount", String.valueOf(in.coverage().size()));
        values.put("covered", count(in, CoverageVerdict.COVERED));
        values.put("partial", count(in, CoverageVerdict.PARTIAL));
        values.put("notCovered", count(in, CoverageVerdict.NOT_COVERED));
        ReportTemplate template = templates.template(ReportKind.COVERAGE);
        try (PdfReport pdf = TemplateWriter.open(templates, template, values, a.analysedAt())) {
            TemplateWriter out = new TemplateWriter(pdf, values);
            for (ReportTemplate.Section section : template.sections()) {
                switch (section.kind()) {
                    case "cover" -> out.cover(section, templates.logo(), templates.style().issuer().name());
                    case "verdicts" -> verdicts(out, section, templates, in.coverage());
                    case "coverage-matrix" -> CoverageMatrix.write(out, section, templates, in.coverage(),
                            in.harmLayer());
                    default -> throw new IllegalStateException("Unchecked section kind " + section.kind());
                }
            }
            String file = "coverage-report-" + in.submission() + "-" + a.asOf() + ".pdf";
            return new RenderedReport(reportId, file, pdf.toBytes());
        }
    }

    private static String count(SubmissionReportInput in, CoverageVerdict verdict) {
        return String.valueOf(in.coverage().stream().filter(c -> c.verdict() == verdict).count());
    }

    private static void verdicts(TemplateWriter out, ReportTemplate.Section section, TemplateSet templates,
            List<ClauseCoverage> coverage) throws IOException {
        out.opening(section);
        List<Column> columns = List.of(new Column(out.label(section, "clause"), 3f, Align.LEFT),
                new Column(out.label(section, "verdict"), 1.9f, Align.LEFT),
                new Column(out.label(section, "reason"), 3.8f, Align.LEFT),
                new Column(out.label(section, "evidence"), 1.9f, Align.LEFT));
        List<List<Cell>> rows = new ArrayList<>();
        for (ClauseCoverage c : coverage) {
            String clause = c.clause() + " " + c.version()
                    + (c.title() == null ? "" : "\n" + c.title())
                    + (c.clauseVersion() == null ? "" : "\n" + c.clauseVersion());
            rows.add(List.of(Cell.of(clause),
                    new Cell(out.label(section, c.verdict().name()),
                            TemplateWriter.tint(templates.colour(c.verdict().name()), 0.35f), true),
                    Cell.of(c.reason()),
                    Cell.of(c.evidence().isEmpty() ? out.label(section, "none") : String.join("\n", c.evidence()))));
        }
        out.pdf().table(new Table(columns, rows));
    }
}
