package org.vigil.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/** Wrapped lines in one size and weight, and where their baselines sit in a line box. */
record TextBox(List<String> lines, float size, boolean bold, Color colour, float leading) {

    private static final float ASCENT = 0.93f;
    private static final float DESCENT = 0.24f;

    static TextBox wrap(FontSet fonts, String text, float size, boolean bold, Color colour, float width) {
        return new TextBox(Lines.wrap(fonts, text, size, bold, width), size, bold, colour, size * 1.35f);
    }

    float lineHeight() {
        return leading;
    }

    float height() {
        return lines.size() * leading;
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Returns the baseline of a line whose box starts at top, centring the glyphs in the box. */
    float baseline(float top) {
        return top - (leading - (ASCENT + DESCENT) * size) / 2 - ASCENT * size;
    }

    /** Draws one line aligned within [x, x + width]. */
    void draw(Canvas canvas, int line, float x, float top, float width, Align align) throws IOException {
        String text = lines.get(line);
        float baseline = baseline(top);
        switch (align == null ? Align.LEFT : align) {
            case RIGHT -> canvas.textRight(text, x + width, baseline, size, bold, colour);
            case CENTER -> canvas.textCentered(text, x + width / 2, baseline, size, bold, colour);
            default -> canvas.text(text, x, baseline, size, bold, colour);
        }
    }
}
