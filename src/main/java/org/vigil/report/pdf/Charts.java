package org.vigil.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Sizes, number formats, axis ticks and legends shared by the charts. */
final class Charts {

    static final float LABEL = 7.5f;
    static final float SMALL = 7f;

    /** Stands, by identity, for the highlighted-column marker in place of a legend swatch colour. */
    static final Color MARKER_SWATCH = new Color(0, 0, 0);
    private static final float SWATCH = 8;
    private static final float LEGEND_ROW = 12;
    private static final float LEGEND_GAP = 8;

    private Charts() {
    }

    /**
     * Returns a generous estimate of the text's width; heights are computed before any canvas
     * exists, so layouts use this and the drawing then truncates with {@link Canvas#fit}.
     */
    static float estimate(String text, float size) {
        return text == null ? 0 : text.codePointCount(0, text.length()) * size * 0.62f;
    }

    static float widestEstimate(List<String> texts, float size) {
        float widest = 0;
        for (String text : texts) {
            widest = Math.max(widest, estimate(text, size));
        }
        return widest;
    }

    /** Returns the number without trailing zeros and at most two decimals. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        String text = rounded.stripTrailingZeros().toPlainString();
        return "-0".equals(text) ? "0" : text;
    }

    /** Returns about target evenly spaced round values covering [min, max]. */
    static double[] ticks(double min, double max, int target) {
        double step = niceStep((max - min) / Math.max(1, target));
        double first = Math.floor(min / step) * step;
        double last = Math.ceil(max / step) * step;
        int count = (int) Math.round((last - first) / step) + 1;
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            ticks[i] = first + i * step;
        }
        return ticks;
    }

    private static double niceStep(double rough) {
        if (!(rough > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /** Returns text colour that stays readable on the fill. */
    static Color textOn(Color fill, Color dark) {
        if (fill == null) {
            return dark;
        }
        double luminance = (0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue()) / 255;
        return luminance < 0.55 ? Color.WHITE : dark;
    }

    static String safe(String text) {
        return text == null ? "" : text;
    }

    /** Returns the height of a legend laid out in columns across the width; zero when empty. */
    static float legendHeight(List<Legend> legend, float width) {
        if (legend.isEmpty()) {
            return 0;
        }
        int columns = legendColumns(legend, width);
        int rows = (legend.size() + columns - 1) / columns;
        return LEGEND_GAP + rows * LEGEND_ROW;
    }

    /** Draws the legend below top; an entry coloured {@link #MARKER_SWATCH} shows the column marker. */
    static void drawLegend(Canvas canvas, List<Legend> legend, float x, float top, float width)
            throws IOException {
        if (legend.isEmpty()) {
            return;
        }
        int columns = legendColumns(legend, width);
        float columnWidth = Math.min(width / columns, legendColumnWidth(legend));
        for (int i = 0; i < legend.size(); i++) {
            Legend entry = legend.get(i);
            float left = x + (i % columns) * columnWidth;
            float rowTop = top - LEGEND_GAP - (i / columns) * LEGEND_ROW;
            swatch(canvas, entry.colour(), left, rowTop - 1 - SWATCH);
            String label = canvas.fit(safe(entry.label()), LABEL, false, columnWidth - SWATCH - 12);
            canvas.text(label, left + SWATCH + 4, rowTop - SWATCH + 0.5f, LABEL, false, canvas.style().text());
        }
    }

    /** Draws a downward triangle whose tip is at (x, y), the mark of a highlighted column. */
    static void marker(Canvas canvas, float x, float y, Color colour) throws IOException {
        canvas.polygon(new float[] {x - 4, x + 4, x}, new float[] {y + 6, y + 6, y}, colour);
    }

    private static void swatch(Canvas canvas, Color colour, float x, float y) throws IOException {
        if (colour == MARKER_SWATCH) {
            marker(canvas, x + SWATCH / 2, y + 1, canvas.style().accent());
        } else {
            canvas.fill(x, y, SWATCH, SWATCH, colour == null ? canvas.style().muted() : colour);
        }
    }

    private static int legendColumns(List<Legend> legend, float width) {
        return (int) Math.max(1, Math.min(legend.size(), Math.floor(width / legendColumnWidth(legend))));
    }

    private static float legendColumnWidth(List<Legend> legend) {
        float widest = 0;
        for (Legend entry : legend) {
            widest = Math.max(widest, estimate(entry.label(), LABEL));
        }
        return Math.max(70, widest + SWATCH + 16);
    }
}
