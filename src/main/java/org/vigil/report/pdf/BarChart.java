package org.vigil.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/** Horizontal bars scaled to the largest value, each with its value written at its end. */
public record BarChart(List<BarChart.Bar> bars) implements Block {

    private static final float ROW = 16;
    private static final float BAR = 11;

    /** Normalises missing bars to none. */
    public BarChart {
        bars = bars == null ? List.of() : bars.stream().filter(b -> b != null).toList();
    }

    /** One bar: its label, value and colour. */
    public record Bar(String label, double value, Color colour) {
    }

    @Override
    public float height(float width) {
        return bars.isEmpty() ? 0 : bars.size() * ROW + 4;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        if (bars.isEmpty()) {
            return;
        }
        float labelWidth = labelWidth(width);
        float start = x + labelWidth + 6;
        float area = Math.max(10, width - labelWidth - 6 - valueSpace());
        double max = max();
        for (int i = 0; i < bars.size(); i++) {
            drawBar(canvas, bars.get(i), start, top - 2 - i * ROW, area, max, labelWidth);
        }
        canvas.line(start, top, start, top - height(width), canvas.style().rule(), 0.75f, false);
    }

    private void drawBar(Canvas canvas, Bar bar, float start, float rowTop, float area, double max,
            float labelWidth) throws IOException {
        float middle = rowTop - ROW / 2;
        float baseline = middle - Charts.LABEL * 0.35f;
        String label = canvas.fit(Charts.safe(bar.label()), Charts.LABEL, false, labelWidth - 2);
        canvas.textRight(label, start - 6, baseline, Charts.LABEL, false, canvas.style().text());

        double value = Double.isFinite(bar.value()) ? Math.max(0, bar.value()) : 0;
        float length = max > 0 ? (float) (value / max * area) : 0;
        if (value > 0) {
            length = Math.max(length, 0.75f);
            Color colour = bar.colour() == null ? canvas.style().accent() : bar.colour();
            canvas.fill(start, middle - BAR / 2, length, BAR, colour);
        }
        String number = Charts.number(bar.value());
        canvas.text(number, start + length + 3, baseline, Charts.LABEL, false, canvas.style().muted());
    }

    private float labelWidth(float width) {
        float widest = Charts.widestEstimate(bars.stream().map(Bar::label).toList(), Charts.LABEL);
        return Math.min(width * 0.35f, Math.max(40, widest + 4));
    }

    /** Returns room right of the longest bar for the widest value written there. */
    private float valueSpace() {
        List<String> values = bars.stream().map(bar -> Charts.number(bar.value())).toList();
        return Math.max(24, Charts.widestEstimate(values, Charts.LABEL) + 6);
    }

    private double max() {
        double max = 0;
        for (Bar bar : bars) {
            if (Double.isFinite(bar.value())) {
                max = Math.max(max, bar.value());
            }
        }
        return max;
    }
}
