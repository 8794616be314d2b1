package org.vigil.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.analysis.Evidence;
import org.vigil.catalog.Layer;
import org.vigil.report.pdf.Legend;
import org.vigil.report.pdf.MatrixChart;

/** Draws claimed clauses against layers as a coloured grid, the harm layer outlined. */
final class CoverageMatrix {

    /** Rows per drawn grid, so a long claim list breaks across pages between grids. */
    static final int ROWS_PER_BLOCK = 24;

    private CoverageMatrix() {
    }

    static void write(TemplateWriter out, ReportTemplate.Section section, TemplateSet templates,
            List<ClauseCoverage> coverage, Layer harm) throws IOException {
        out.opening(section);
        List<String> columns = new ArrayList<>();
        Coverage.LAYERS.forEach(l -> columns.add(l.name()));
        columns.add(out.label(section, "verdict"));
        Set<Integer> highlighted = harm == Layer.UNSPECIFIED ? Set.of() : Set.of(Coverage.LAYERS.indexOf(harm));
        List<Legend> legend = List.of(
                new Legend(templates.colour("COVERED"), out.label(section, "evidence")),
                new Legend(templates.colour("PARTIAL"), out.label(section, "belowHarm")),
                new Legend(templates.colour("NO_EVIDENCE"), out.label(section, "noEvidence")));
        for (int from = 0; from < coverage.size(); from += ROWS_PER_BLOCK) {
            List<ClauseCoverage> part = coverage.subList(from, Math.min(coverage.size(), from + ROWS_PER_BLOCK));
            List<String> rows = part.stream().map(c -> c.clause() + " " + c.version()).toList();
            List<List<MatrixChart.Mark>> cells = part.stream().map(c -> row(c, harm, templates)).toList();
            boolean last = from + ROWS_PER_BLOCK >= coverage.size();
            out.pdf().block(new MatrixChart(rows, columns, highlighted, out.label(section, "harmLayer"), cells,
                    last ? legend : List.of()));
        }
    }

    private static List<MatrixChart.Mark> row(ClauseCoverage c, Layer harm, TemplateSet templates) {
        List<MatrixChart.Mark> marks = new ArrayList<>();
        for (Layer layer : Coverage.LAYERS) {
            List<String> ids = c.byLayer().getOrDefault(layer, List.of());
            Color fill = ids.isEmpty() ? templates.colour("NO_EVIDENCE")
                    : Evidence.rank(layer) >= Evidence.rank(harm) ? templates.colour("COVERED")
                    : templates.colour("PARTIAL");
            marks.add(new MatrixChart.Mark(fill, ids.isEmpty() ? "" : String.join(", ", ids)));
        }
        marks.add(new MatrixChart.Mark(TemplateWriter.tint(templates.colour(c.verdict().name()), 0.35f),
                c.verdict().name()));
        return marks;
    }
}
