package org.vigil.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/** Estimates with their intervals on a linear axis around a dashed reference value. */
public record ForestPlot(List<ForestPlot.Row> rows, double reference, String axisLabel) implements Block {

    private static final float CAPTION = 12;
    private static final float ROW = 16;
    private static final float AXIS_SPACE = 30;
    private static final float VALUES = 112;

    /** Normalises missing rows to none. */
    public ForestPlot {
        rows = rows == null ? List.of() : rows.stream().filter(r -> r != null).toList();
        axisLabel = axisLabel == null ? "" : axisLabel;
    }

    /** One row: label, estimate and interval; unbounded means the interval has no upper end. */
    public record Row(String label, Double estimate, Double low, Double high, boolean unbounded) {
    }

    @Override
    public float height(float width) {
        return rows.isEmpty() ? 0 : CAPTION + rows.size() * ROW + AXIS_SPACE;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        float labelWidth = Math.min(width * 0.28f,
                Math.max(50, Charts.widestEstimate(rows.stream().map(Row::label).toList(), Charts.LABEL) + 8));
        double[] ticks = Charts.ticks(lowest(), highest(), 5);
        Scale scale = new Scale(ticks[0], ticks[ticks.length - 1], x + labelWidth + 8, x + width - VALUES - 8);
        float rowsTop = top - CAPTION;
        float axisY = rowsTop - rows.size() * ROW;
        float valuesX = x + width - VALUES;

        canvas.text("estimate [low, high]", valuesX, top - 8, Charts.SMALL, false, canvas.style().muted());
        drawAxis(canvas, scale, ticks, rowsTop, axisY);
        for (int i = 0; i < rows.size(); i++) {
            drawRow(canvas, rows.get(i), scale, x, rowsTop - i * ROW, labelWidth, valuesX);
        }
    }

    private void drawRow(Canvas canvas, Row row, Scale scale, float x, float rowTop, float labelWidth,
            float valuesX) throws IOException {
        float middle = rowTop - ROW / 2;
        float baseline = middle - Charts.LABEL * 0.35f;
        String label = canvas.fit(Charts.safe(row.label()), Charts.LABEL, false, labelWidth - 4);
        canvas.text(label, x, baseline, Charts.LABEL, false, canvas.style().text());
        if (!finite(row.estimate())) {
            canvas.text("no value", valuesX, baseline, Charts.LABEL, false, canvas.style().muted());
            return;
        }
        drawInterval(canvas, row, scale, middle);
        String values = canvas.fit(describe(row), Charts.LABEL, false, VALUES);
        canvas.text(values, valuesX, baseline, Charts.LABEL, false, canvas.style().text());
    }

    private void drawInterval(Canvas canvas, Row row, Scale scale, float middle) throws IOException {
        Color ink = canvas.style().text();
        float point = scale.x(row.estimate());
        float from = finite(row.low()) ? scale.x(row.low()) : point;
        if (row.unbounded()) {
            canvas.line(from, middle, scale.right - 5, middle, ink, 1f, false);
            canvas.polygon(new float[] {scale.right - 6, scale.right, scale.right - 6},
                    new float[] {middle + 3.5f, middle, middle - 3.5f}, ink);
        } else if (finite(row.high())) {
            float to = scale.x(row.high());
            canvas.line(from, middle, to, middle, ink, 1f, false);
            canvas.line(to, middle - 3, to, middle + 3, ink, 1f, false);
        }
        if (finite(row.low())) {
            canvas.line(from, middle - 3, from, middle + 3, ink, 1f, false);
        }
        canvas.fill(point - 3, middle - 3, 6, 6, canvas.style().accent());
    }

    private void drawAxis(Canvas canvas, Scale scale, double[] ticks, float rowsTop, float axisY)
            throws IOException {
        canvas.line(scale.left, axisY, scale.right, axisY, canvas.style().muted(), 0.75f, false);
        for (double tick : ticks) {
            float at = scale.x(tick);
            canvas.line(at, rowsTop, at, axisY, canvas.style().rule(), 0.4f, false);
            canvas.line(at, axisY, at, axisY - 3, canvas.style().muted(), 0.75f, false);
            canvas.textCentered(Charts.number(tick), at, axisY - 11, Charts.LABEL, false, canvas.style().muted());
        }
        if (finite(reference)) {
            float at = scale.x(reference);
            canvas.line(at, rowsTop, at, axisY, canvas.style().muted(), 0.75f, true);
        }
        String label = canvas.fit(axisLabel, Charts.LABEL, false, scale.right - scale.left);
        canvas.textCentered(label, (scale.left + scale.right) / 2, axisY - 24, Charts.LABEL, false,
                canvas.style().text());
    }

    private static String describe(Row row) {
        String low = finite(row.low()) ? Charts.number(row.low()) : "?";
        String high = row.unbounded() ? "unbounded" : finite(row.high()) ? Charts.number(row.high()) : "?";
        return Charts.number(row.estimate()) + " [" + low + ", " + high + (row.unbounded() ? ")" : "]");
    }

    private double lowest() {
        double lowest = finite(reference) ? reference : 0;
        for (Row row : rows) {
            lowest = Math.min(lowest, least(row.estimate(), row.low(), row.high()));
        }
        return lowest;
    }

    private double highest() {
        double highest = finite(reference) ? reference : 0;
        for (Row row : rows) {
            Double high = row.unbounded() ? null : row.high();
            highest = Math.max(highest, -least(neg(row.estimate()), neg(row.low()), neg(high)));
        }
        return highest == lowest() ? highest + 1 : highest;
    }

    private static double least(Double... values) {
        double least = Double.POSITIVE_INFINITY;
        for (Double value : values) {
            if (finite(value)) {
                least = Math.min(least, value);
            }
        }
        return least;
    }

    private static Double neg(Double value) {
        return value == null ? null : -value;
    }

    private static boolean finite(Double value) {
        return value != null && Double.isFinite(value);
    }

    private static boolean finite(double value) {
        return Double.isFinite(value);
    }

    /** Maps values linearly onto the horizontal extent of the plot. */
    private record Scale(double min, double max, float left, float right) {

        float x(double value) {
            double clamped = Math.max(min, Math.min(max, value));
            return (float) (left + (right - left) * (clamped - min) / (max - min));
        }
    }
}
