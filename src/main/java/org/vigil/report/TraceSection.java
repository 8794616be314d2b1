package org.vigil.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.analysis.TraceSetFact;
import org.vigil.report.pdf.Align;
import org.vigil.report.pdf.Cell;
import org.vigil.report.pdf.Column;
import org.vigil.report.pdf.ForestPlot;
import org.vigil.report.pdf.Table;
import org.vigil.traces.TherapeuticIndex;

/** Writes the gap report's TI-S section: forest plots of TI-S and benefit, then the numbers. */
final class TraceSection {

    private TraceSection() {
    }

    static void write(TemplateWriter out, ReportTemplate.Section section, List<TraceSetFact> sets)
            throws IOException {
        out.opening(section);
        if (sets.isEmpty()) {
            out.pdf().note(out.label(section, "none"));
            return;
        }
        List<ForestPlot.Row> tis = new ArrayList<>();
        List<ForestPlot.Row> benefit = new ArrayList<>();
        for (TraceSetFact set : sets) {
            TherapeuticIndex index = set.getIndex();
            String label = set.getName() + " (" + set.getIntervention() + ")";
            if (index == null) {
                tis.add(new ForestPlot.Row(label, null, null, null, false));
                benefit.add(new ForestPlot.Row(label, null, null, null, false));
                continue;
            }
            TherapeuticIndex.Tis t = index.tis();
            tis.add(t == null ? new ForestPlot.Row(label, null, null, null, false)
                    : new ForestPlot.Row(label, t.estimate(), t.low(), t.high(), t.unbounded()));
            TherapeuticIndex.Interval b = index.benefit();
            benefit.add(new ForestPlot.Row(label, b.estimate(), b.low(), b.high(), false));
        }
        out.pdf().heading(2, out.label(section, "tisPlot"));
        out.pdf().block(new ForestPlot(tis, 1.0, out.label(section, "tisAxis")));
        out.pdf().heading(2, out.label(section, "benefitPlot"));
        out.pdf().block(new ForestPlot(benefit, 0.0, out.label(section, "benefitAxis")));
        out.pdf().table(table(out, section, sets));
    }

    private static Table table(TemplateWriter out, ReportTemplate.Section section, List<TraceSetFact> sets) {
        List<Column> columns = List.of(new Column(out.label(section, "traceSet"), 2.4f, Align.LEFT),
                new Column(out.label(section, "reading"), 2.3f, Align.LEFT),
                new Column(out.label(section, "tis"), 1.8f, Align.LEFT),
                new Column(out.label(section, "benefit"), 1.8f, Align.LEFT),
                new Column(out.label(section, "costs"), 1.6f, Align.LEFT),
                new Column(out.label(section, "bootstrap"), 1.5f, Align.LEFT));
        List<List<Cell>> rows = new ArrayList<>();
        for (TraceSetFact set : sets) {
            TherapeuticIndex index = set.getIndex();
            String name = "trace-set:" + set.getId() + "\n" + set.getName() + "\n" + set.getIntervention()
                    + (set.isRiskAccepted() ? "\n" + out.label(section, "riskAcceptance") + ": "
                    + set.getRiskAcceptance() : "");
            if (index == null) {
                rows.add(List.of(Cell.of(name), Cell.of(out.label(section, "notComputable")), Cell.of(""),
                        Cell.of(""), Cell.of(""), Cell.of("")));
                continue;
            }
            TherapeuticIndex.Tis t = index.tis();
            String tis = t == null ? out.label(section, "noValue")
                    : t.unbounded() ? out.label(section, "unbounded") + interval(t.low(), t.high())
                    : number(t.estimate()) + interval(t.low(), t.high());
            TherapeuticIndex.Costs c = index.costs();
            String costs = "C1 " + number(c.c1()) + "\nC2 " + number(c.c2()) + "\nC3 " + number(c.c3())
                    + "\nC4 " + number(c.c4());
            TherapeuticIndex.Resampling r = index.bootstrap();
            String bootstrap = r.resamples() + " / seed " + r.seed() + "\n" + out.label(section, "zeroCost") + " "
                    + number(r.zeroCostShare());
            rows.add(List.of(Cell.of(name), new Cell(index.reading().name(), null, true), Cell.of(tis),
                    Cell.of(number(index.benefit().estimate()) + interval(index.benefit().low(),
                            index.benefit().high())),
                    Cell.of(costs), Cell.of(bootstrap)));
        }
        return new Table(columns, rows);
    }

    /** Formats a number with three decimals, or an en dash when it was not measured. */
    static String number(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String interval(Double low, Double high) {
        return low == null || high == null ? "" : "\n[" + number(low) + ", " + number(high) + "]";
    }
}
