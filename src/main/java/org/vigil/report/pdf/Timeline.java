package org.vigil.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Date ranges as bars on a year axis, with a dashed marker for the as-of date. */
public record Timeline(List<Timeline.Row> rows, LocalDate marker, String markerLabel, List<Legend> legend)
        implements Block {

    private static final float ROW = 16;
    private static final float BAR = 8;
    private static final float MARKER_SPACE = 13;
    private static final float AXIS_SPACE = 18;
    private static final float MIN_YEAR_WIDTH = 26;

    /** Normalises missing lists to empty ones. */
    public Timeline {
        rows = rows == null ? List.of() : rows.stream().filter(r -> r != null).toList();
        markerLabel = markerLabel == null ? "" : markerLabel;
        legend = legend == null ? List.of() : legend.stream().filter(l -> l != null).toList();
    }

    /** One row: its label, the dates it runs between and its colour; a missing end runs to the axis end. */
    public record Row(String label, LocalDate start, LocalDate end, Color colour) {
    }

    @Override
    public float height(float width) {
        if (rows.isEmpty()) {
            return 0;
        }
        return MARKER_SPACE + rows.size() * ROW + AXIS_SPACE + Charts.legendHeight(legend, width);
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        float labelWidth = Math.min(width * 0.3f,
                Math.max(50, Charts.widestEstimate(rows.stream().map(Row::label).toList(), Charts.LABEL) + 8));
        Scale scale = new Scale(first(), last(), x + labelWidth + 6, x + width - 12);
        float rowsTop = top - MARKER_SPACE;
        float axisY = rowsTop - rows.size() * ROW;
        drawAxis(canvas, scale, rowsTop, axisY);
        for (int i = 0; i < rows.size(); i++) {
            drawRow(canvas, rows.get(i), scale, x, rowsTop - i * ROW, labelWidth);
        }
        drawMarker(canvas, scale, top, axisY, x + width);
        Charts.drawLegend(canvas, legend, x, axisY - AXIS_SPACE, width);
    }

    private void drawRow(Canvas canvas, Row row, Scale scale, float x, float rowTop, float labelWidth)
            throws IOException {
        float middle = rowTop - ROW / 2;
        String label = canvas.fit(Charts.safe(row.label()), Charts.LABEL, false, labelWidth - 4);
        canvas.text(label, x, middle - Charts.LABEL * 0.35f, Charts.LABEL, false, canvas.style().text());
        if (row.start() == null) {
            return;
        }
        LocalDate end = row.end() == null ? scale.last : row.end();
        float from = scale.x(min(row.start(), end));
        float to = scale.x(max(row.start(), end));
        Color colour = row.colour() == null ? canvas.style().accent() : row.colour();
        canvas.fill(from, middle - BAR / 2, Math.max(1.5f, to - from), BAR, colour);
    }

    private void drawAxis(Canvas canvas, Scale scale, float rowsTop, float axisY) throws IOException {
        canvas.line(scale.left, axisY, scale.right, axisY, canvas.style().muted(), 0.75f, false);
        int years = scale.last.getYear() - scale.first.getYear();
        int step = yearStep(years, scale.right - scale.left);
        for (int year = scale.first.getYear(); year <= scale.last.getYear(); year += step) {
            float tick = scale.x(LocalDate.of(year, 1, 1));
            canvas.line(tick, rowsTop, tick, axisY, canvas.style().rule(), 0.4f, false);
            canvas.line(tick, axisY, tick, axisY - 3, canvas.style().muted(), 0.75f, false);
            canvas.textCentered(Integer.toString(year), tick, axisY - 11, Charts.LABEL, false,
                    canvas.style().muted());
        }
    }

    private void drawMarker(Canvas canvas, Scale scale, float top, float axisY, float right) throws IOException {
        if (marker == null) {
            return;
        }
        float at = scale.x(marker);
        Color accent = canvas.style().accent();
        canvas.line(at, top - MARKER_SPACE + 2, at, axisY, accent, 1f, true);
        String label = canvas.fit(markerLabel, Charts.LABEL, true, 140);
        float labelWidth = canvas.width(label, Charts.LABEL, true);
        float labelX = Math.max(scale.left, Math.min(at - labelWidth / 2, right - labelWidth));
        canvas.text(label, labelX, top - MARKER_SPACE + 4, Charts.LABEL, true, accent);
    }

    private static int yearStep(int years, float width) {
        for (int step : new int[] {1, 2, 5, 10, 25, 50, 100}) {
            if (years / step * MIN_YEAR_WIDTH <= width) {
                return step;
            }
        }
        return Math.max(1, years / 4);
    }

    private LocalDate first() {
        LocalDate first = marker;
        for (Row row : rows) {
            first = min(first, min(row.start(), row.end()));
        }
        return LocalDate.of(first == null ? 2000 : first.getYear(), 1, 1);
    }

    private LocalDate last() {
        LocalDate last = marker;
        for (Row row : rows) {
            last = max(last, max(row.start(), row.end()));
        }
        return LocalDate.of(last == null ? 2001 : last.getYear() + 1, 1, 1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** Maps dates linearly onto the horizontal extent of the plot. */
    private record Scale(LocalDate first, LocalDate last, float left, float right) {

        float x(LocalDate date) {
            long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
            return left + (right - left) * ChronoUnit.DAYS.between(first, date) / span;
        }
    }
}
