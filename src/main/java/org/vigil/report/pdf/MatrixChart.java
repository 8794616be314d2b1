package org.vigil.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A coverage matrix: coloured, labelled cells by row and column, some columns highlighted. */
public record MatrixChart(List<String> rowLabels, List<String> columnLabels, Set<Integer> highlightedColumns,
        String highlightLabel, List<List<MatrixChart.Mark>> cells, List<Legend> legend) implements Block {

    private static final float ROW = 15;
    private static final float MARKER_SPACE = 9;
    private static final float MAX_CELL = 64;
    private static final float MAX_HEADER = 96;

    /** Normalises missing lists to empty ones. */
    public MatrixChart {
        rowLabels = rowLabels == null ? List.of() : rowLabels;
        columnLabels = columnLabels == null ? List.of() : columnLabels;
        highlightedColumns = highlightedColumns == null ? Set.of() : highlightedColumns;
        highlightLabel = highlightLabel == null ? "" : highlightLabel;
        cells = cells == null ? List.of() : cells;
        legend = legend == null ? List.of() : legend;
    }

    /** One cell: its fill colour and a short label such as a count or a tick. */
    public record Mark(Color fill, String label) {
    }

    @Override
    public float height(float width) {
        if (columnLabels.isEmpty()) {
            return 0;
        }
        return markerSpace() + headerHeight(width) + rowLabels.size() * ROW
                + Charts.legendHeight(legendEntries(), width);
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        if (columnLabels.isEmpty()) {
            return;
        }
        float gridX = x + labelWidth(width);
        float cell = cellWidth(width);
        float headerTop = top - markerSpace();
        float gridTop = headerTop - headerHeight(width);
        drawColumnLabels(canvas, gridX, headerTop, gridTop, cell, width);
        for (int row = 0; row < rowLabels.size(); row++) {
            drawRow(canvas, row, x, gridX, gridTop - row * ROW, cell, width);
        }
        drawHighlights(canvas, gridX, top, gridTop - rowLabels.size() * ROW, cell);
        Charts.drawLegend(canvas, legendEntries(), x, gridTop - rowLabels.size() * ROW, width);
    }

    private void drawColumnLabels(Canvas canvas, float gridX, float headerTop, float gridTop, float cell,
            float width) throws IOException {
        boolean upright = upright(width);
        for (int column = 0; column < columnLabels.size(); column++) {
            float centre = gridX + column * cell + cell / 2;
            boolean bold = highlightedColumns.contains(column);
            String label = Charts.safe(columnLabels.get(column));
            if (upright) {
                String fitted = canvas.fit(label, Charts.LABEL, bold, cell - 4);
                canvas.textCentered(fitted, centre, gridTop + 5, Charts.LABEL, bold, canvas.style().text());
            } else {
                String fitted = canvas.fit(label, Charts.LABEL, bold, headerTop - gridTop - 6);
                canvas.textUpwards(fitted, centre + Charts.LABEL * 0.35f, gridTop + 4, Charts.LABEL, bold,
                        canvas.style().text());
            }
        }
    }

    private void drawRow(Canvas canvas, int row, float x, float gridX, float rowTop, float cell, float width)
            throws IOException {
        float baseline = rowTop - ROW / 2 - Charts.LABEL * 0.35f;
        String label = canvas.fit(Charts.safe(rowLabels.get(row)), Charts.LABEL, false, labelWidth(width) - 6);
        canvas.text(label, x, baseline, Charts.LABEL, false, canvas.style().text());
        for (int column = 0; column < columnLabels.size(); column++) {
            drawCell(canvas, mark(row, column), gridX + column * cell, rowTop, cell);
        }
    }

    private void drawCell(Canvas canvas, Mark mark, float left, float rowTop, float cell) throws IOException {
        Color fill = mark == null || mark.fill() == null ? canvas.style().zebraFill() : mark.fill();
        canvas.fill(left + 0.75f, rowTop - ROW + 0.75f, cell - 1.5f, ROW - 1.5f, fill);
        if (mark == null || mark.label() == null || mark.label().isEmpty()) {
            return;
        }
        String label = canvas.fit(mark.label(), Charts.SMALL, false, cell - 4);
        Color colour = Charts.textOn(fill, canvas.style().text());
        canvas.textCentered(label, left + cell / 2, rowTop - ROW / 2 - Charts.SMALL * 0.35f, Charts.SMALL, false,
                colour);
    }

    private void drawHighlights(Canvas canvas, float gridX, float top, float gridBottom, float cell)
            throws IOException {
        Color accent = canvas.style().accent();
        // In column order: the iteration order of Set.of() changes from one JVM run to the next.
        for (int column = 0; column < columnLabels.size(); column++) {
            if (!highlightedColumns.contains(column)) {
                continue;
            }
            float left = gridX + column * cell;
            float columnTop = top - MARKER_SPACE;
            canvas.stroke(left + 0.5f, gridBottom + 0.5f, cell - 1, columnTop - gridBottom - 1, accent, 1.5f);
            Charts.marker(canvas, left + cell / 2, columnTop + 1.5f, accent);
        }
    }

    private List<Legend> legendEntries() {
        List<Legend> entries = new ArrayList<>(legend.stream().filter(l -> l != null).toList());
        if (!highlightedColumns.isEmpty() && !highlightLabel.isEmpty()) {
            entries.add(new Legend(Charts.MARKER_SWATCH, highlightLabel));
        }
        return entries;
    }

    private Mark mark(int row, int column) {
        if (row >= cells.size() || cells.get(row) == null || column >= cells.get(row).size()) {
            return null;
        }
        return cells.get(row).get(column);
    }

    private float markerSpace() {
        return highlightedColumns.isEmpty() ? 0 : MARKER_SPACE;
    }

    private boolean upright(float width) {
        return Charts.widestEstimate(columnLabels, Charts.LABEL) <= cellWidth(width) - 4;
    }

    private float headerHeight(float width) {
        if (upright(width)) {
            return 14;
        }
        return Math.min(MAX_HEADER, Charts.widestEstimate(columnLabels, Charts.LABEL) + 8);
    }

    private float labelWidth(float width) {
        float widest = Charts.widestEstimate(rowLabels, Charts.LABEL);
        return Math.min(width * 0.32f, Math.max(50, widest + 8));
    }

    private float cellWidth(float width) {
        return Math.min(MAX_CELL, (width - labelWidth(width)) / columnLabels.size());
    }
}
