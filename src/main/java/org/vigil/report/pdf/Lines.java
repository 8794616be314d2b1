package org.vigil.report.pdf;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines that fit a width, at spaces or, for over-long tokens, between characters. */
final class Lines {

    private static final String SEPARATORS = "_:/-#.,;";

    private final FontSet fonts;
    private final float size;
    private final boolean bold;
    private final float maxWidth;
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private float lineWidth;

    private Lines(FontSet fonts, float size, boolean bold, float maxWidth) {
        this.fonts = fonts;
        this.size = size;
        this.bold = bold;
        this.maxWidth = Math.max(maxWidth, size);
    }

    /** Returns the lines of the text; a newline always starts a new line, empty text gives none. */
    static List<String> wrap(FontSet fonts, String text, float size, boolean bold, float maxWidth) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Lines wrapping = new Lines(fonts, size, bold, maxWidth);
        for (String paragraph : text.strip().split("\\R", -1)) {
            wrapping.paragraph(paragraph);
        }
        return wrapping.lines;
    }

    private void paragraph(String paragraph) {
        if (paragraph.isBlank()) {
            lines.add("");
            return;
        }
        for (String word : paragraph.trim().split("[ \\t\\u3000]+")) {
            if (!word.isEmpty()) {
                word(word);
            }
        }
        flush();
    }

    private void word(String word) {
        float width = fonts.width(word, size, bold);
        float space = fonts.width(" ", size, bold);
        if (line.length() > 0 && lineWidth + space + width <= maxWidth) {
            line.append(' ').append(word);
            lineWidth += space + width;
            return;
        }
        flush();
        if (width <= maxWidth) {
            line.append(word);
            lineWidth = width;
        } else {
            split(word);
        }
    }

    /**
     * Splits a token wider than the line, preferring to break after a separator such as
     * {@code _}, {@code :} or {@code /}, so codes and clause ids break where a reader would.
     */
    private void split(String word) {
        int lastBreak = -1;
        for (int i = 0; i < word.length(); ) {
            int codePoint = word.codePointAt(i);
            String glyph = new String(Character.toChars(codePoint));
            float width = fonts.width(glyph, size, bold);
            if (line.length() > 0 && lineWidth + width > maxWidth) {
                String carry = lastBreak > 0 ? line.substring(lastBreak) : "";
                line.setLength(line.length() - carry.length());
                flush();
                line.append(carry);
                lineWidth = carry.isEmpty() ? 0 : fonts.width(carry, size, bold);
                lastBreak = -1;
            }
            line.append(glyph);
            lineWidth += width;
            if (SEPARATORS.indexOf(codePoint) >= 0) {
                lastBreak = line.length();
            }
            i += Character.charCount(codePoint);
        }
    }

    private void flush() {
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        line.setLength(0);
        lineWidth = 0;
    }
}
