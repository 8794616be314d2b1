package org.vigil.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.analysis.AnalysisView;
import org.vigil.analysis.Gap;
import org.vigil.analysis.RuleInfo;
import org.vigil.analysis.Severity;
import org.vigil.report.pdf.Align;
import org.vigil.report.pdf.BarChart;
import org.vigil.report.pdf.Cell;
import org.vigil.report.pdf.Column;
import org.vigil.report.pdf.PdfReport;
import org.vigil.report.pdf.Table;
import org.vigil.sunset.SunsetView;

/** Renders the gap report a compliance officer hands to management. */
public final class GapReport {

    private GapReport() {
    }

    /** Returns the PDF/A-2b report; the same input and templates give the same bytes. */
    public static RenderedReport render(TemplateSet templates, SubmissionReportInput in) throws IOException {
        AnalysisView a = in.analysis();
        String reportId = ReportId.of(ReportKind.GAP, in.submission(), a.asOf(), a.rulesetHash(),
                a.catalogHash(), templates.hash());
        Map<String, String> values = SubmissionValues.of(in, templates, reportId);
        values.put("gapCount", String.valueOf(a.gaps().size()));
        for (Severity s : Severity.values()) {
            values.put(s.name().toLowerCase(Locale.ROOT), String.valueOf(a.bySeverity().get(s.name())));
        }
        ReportTemplate template = templates.template(ReportKind.GAP);
        try (PdfReport pdf = TemplateWriter.open(templates, template, values, a.analysedAt())) {
            TemplateWriter out = new TemplateWriter(pdf, values);
            for (ReportTemplate.Section section : template.sections()) {
                switch (section.kind()) {
                    case "cover" -> out.cover(section, templates.logo(), templates.style().issuer().name());
                    case "summary" -> summary(out, section, templates, a);
                    case "coverage-matrix" -> CoverageMatrix.write(out, section, templates, in.coverage(),
                            in.harmLayer());
                    case "gaps" -> gaps(out, section, templates, in);
                    case "sunsets" -> sunsets(out, section, templates, in.sunsets());
                    case "contraindications" -> contraindications(out, section, in);
                    case "traces" -> TraceSection.write(out, section, in.traceSets());
                    case "rules" -> rules(out, section, in);
                    default -> throw new IllegalStateException("Unchecked section kind " + section.kind());
                }
            }
            String file = "gap-report-" + in.submission() + "-" + a.asOf() + ".pdf";
            return new RenderedReport(reportId, file, pdf.toBytes());
        }
    }

    private static void summary(TemplateWriter out, ReportTemplate.Section section, TemplateSet templates,
            AnalysisView a) throws IOException {
        out.opening(section);
        if (a.gaps().isEmpty()) {
            out.pdf().note(out.label(section, "noGaps"));
            return;
        }
        List<BarChart.Bar> severities = new ArrayList<>();
        for (Severity s : Severity.values()) {
            severities.add(new BarChart.Bar(s.name(), a.bySeverity().get(s.name()), templates.colour(s.name())));
        }
        out.pdf().heading(2, out.label(section, "bySeverity"));
        out.pdf().block(new BarChart(severities));
        List<BarChart.Bar> levels = new ArrayList<>();
        for (int level = 1; level <= 4; level++) {
            levels.add(new BarChart.Bar(out.label(section, "level" + level), a.byLevel().get(String.valueOf(level)),
                    templates.colour("accent")));
        }
        out.pdf().heading(2, out.label(section, "byLevel"));
        out.pdf().block(new BarChart(levels));
    }

    private static void gaps(TemplateWriter out, ReportTemplate.Section section, TemplateSet templates,
            SubmissionReportInput in) throws IOException {
        out.opening(section);
        List<Column> columns = List.of(new Column(out.label(section, "severity"), 1.3f, Align.LEFT),
                new Column(out.label(section, "gap"), 2.5f, Align.LEFT),
                new Column(out.label(section, "message"), 4.6f, Align.LEFT),
                new Column(out.label(section, "evidence"), 2f, Align.LEFT));
        for (int level = 1; level <= 4; level++) {
            out.pdf().heading(2, out.label(section, "level" + level));
            int wanted = level;
            List<Gap> gaps = in.analysis().gaps().stream().filter(g -> g.level() == wanted).toList();
            if (gaps.isEmpty()) {
                out.pdf().note(out.label(section, "none"));
                continue;
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (Gap gap : gaps) {
                rows.add(List.of(
                        new Cell(gap.severity().name(), TemplateWriter.tint(templates.colour(gap.severity().name()),
                                0.3f), true),
                        new Cell(gap.code() + "\n" + where(out, section, gap), null, false),
                        Cell.of(gap.message() + "\n" + out.label(section, "recommendation") + " "
                                + gap.recommendation()),
                        Cell.of(evidence(out, section, gap, in.findings()))));
            }
            out.pdf().table(new Table(columns, rows));
        }
    }

    private static String where(TemplateWriter out, ReportTemplate.Section section, Gap gap) {
        if (gap.clause() == null) {
            return out.label(section, "wholeSubmission");
        }
        return gap.clause() + (gap.clauseVersion() == null ? ""
                : "\n" + out.label(section, "version") + " " + gap.clauseVersion());
    }

    private static String evidence(TemplateWriter out, ReportTemplate.Section section, Gap gap,
            Map<String, String> findings) {
        List<String> lines = new ArrayList<>();
        if (gap.evaluation() != null) {
            lines.add(out.label(section, "evaluation") + ": " + gap.evaluation());
        }
        if (gap.finding() != null) {
            lines.add(out.label(section, "finding") + ": " + findings.getOrDefault(gap.finding(), gap.finding()));
        }
        return String.join("\n", lines);
    }

    private static void sunsets(TemplateWriter out, ReportTemplate.Section section, TemplateSet templates,
            List<SunsetView> sunsets) throws IOException {
        out.opening(section);
        List<Column> columns = List.of(new Column(out.label(section, "standard"), 2f, Align.LEFT),
                new Column(out.label(section, "version"), 1.4f, Align.LEFT),
                new Column(out.label(section, "state"), 1.4f, Align.LEFT),
                new Column(out.label(section, "sunset"), 1.4f, Align.LEFT),
                new Column(out.label(section, "basis"), 1.3f, Align.LEFT),
                new Column(out.label(section, "daysLeft"), 1f, Align.RIGHT));
        List<List<Cell>> rows = new ArrayList<>();
        for (SunsetView s : sunsets) {
            Color state = TemplateWriter.tint(templates.colour(s.state().name()), 0.35f);
            rows.add(List.of(Cell.of(s.standard()), Cell.of(s.version()),
                    new Cell(s.state().name(), state, true), Cell.of(s.sunsetDate().toString()),
                    Cell.of(s.basis()), Cell.of(String.valueOf(s.daysLeft()))));
        }
        out.pdf().table(new Table(columns, rows));
    }

    private static void contraindications(TemplateWriter out, ReportTemplate.Section section,
            SubmissionReportInput in) throws IOException {
        out.opening(section);
        List<Gap> met = in.analysis().gaps().stream().filter(g -> g.code().equals("CONTRAINDICATION")).toList();
        if (met.isEmpty()) {
            out.pdf().note(out.label(section, "none"));
            return;
        }
        List<Column> columns = List.of(new Column(out.label(section, "contraindication"), 6f, Align.LEFT),
                new Column(out.label(section, "finding"), 3f, Align.LEFT));
        List<List<Cell>> rows = new ArrayList<>();
        for (Gap gap : met) {
            rows.add(List.of(Cell.of(gap.message()),
                    Cell.of(gap.finding() == null ? "" : in.findings().getOrDefault(gap.finding(), gap.finding()))));
        }
        out.pdf().table(new Table(columns, rows));
    }

    private static void rules(TemplateWriter out, ReportTemplate.Section section, SubmissionReportInput in)
            throws IOException {
        out.opening(section);
        Map<String, Integer> fired = new TreeMap<>();
        in.analysis().gaps().forEach(g -> fired.merge(g.rule(), 1, Integer::sum));
        Map<String, RuleInfo> byName = new LinkedHashMap<>();
        in.rules().forEach(r -> byName.put(r.name(), r));
        List<String> names = new ArrayList<>(fired.keySet());
        names.sort(Comparator.comparing((String n) -> byName.containsKey(n) ? byName.get(n).file() : "~")
                .thenComparingInt(n -> byName.containsKey(n) ? byName.get(n).line() : 0)
                .thenComparing(n -> n));
        List<Column> columns = List.of(new Column(out.label(section, "rule"), 5f, Align.LEFT),
                new Column(out.label(section, "file"), 2.5f, Align.LEFT),
                new Column(out.label(section, "gaps"), 0.8f, Align.RIGHT));
        List<List<Cell>> rows = new ArrayList<>();
        for (String name : names) {
            RuleInfo info = byName.get(name);
            rows.add(List.of(Cell.of(name), Cell.of(info == null ? "" : info.file() + ":" + info.line()),
                    Cell.of(String.valueOf(fired.get(name)))));
        }
        out.pdf().table(new Table(columns, rows));
    }
}
