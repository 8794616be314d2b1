package org.vigil.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/** Drawing operations on one page, with font fallback for text. */
public final class Canvas {

    private static final String ELLIPSIS = "\u2026";

    private final EmbeddedFonts fonts;
    private final PDPageContentStream stream;
    private final PdfStyle style;
    private MessageDigest digest;

    Canvas(EmbeddedFonts fonts, PDPageContentStream stream, PdfStyle style) {
        this.fonts = fonts;
        this.stream = stream;
        this.style = style;
    }

    /** Returns the style of the report this canvas draws on, for colours and sizes. */
    public PdfStyle style() {
        return style;
    }

    /** Draws the text with its left end at x; a null colour means the style's text colour. */
    public void text(String text, float x, float baseline, float size, boolean bold, Color colour)
            throws IOException {
        draw(text, Matrix.getTranslateInstance(x, baseline), size, bold, colour);
    }

    /** Draws the text with its right end at x. */
    public void textRight(String text, float x, float baseline, float size, boolean bold, Color colour)
            throws IOException {
        text(text, x - width(text, size, bold), baseline, size, bold, colour);
    }

    /** Draws the text centred on x. */
    public void textCentered(String text, float x, float baseline, float size, boolean bold, Color colour)
            throws IOException {
        text(text, x - width(text, size, bold) / 2, baseline, size, bold, colour);
    }

    /** Draws the text reading upwards from (x, y), its baseline turned a quarter anticlockwise. */
    public void textUpwards(String text, float x, float y, float size, boolean bold, Color colour)
            throws IOException {
        draw(text, Matrix.getRotateInstance(Math.PI / 2, x, y), size, bold, colour);
    }

    /** Returns the width in points of the text as it would be drawn. */
    public float width(String text, float size, boolean bold) throws IOException {
        return fonts.fontSet().width(text, size, bold);
    }

    /** Returns the text, cut and ended with an ellipsis where it is wider than maxWidth. */
    public String fit(String text, float size, boolean bold, float maxWidth) throws IOException {
        String safe = text == null ? "" : text;
        if (width(safe, size, bold) <= maxWidth) {
            return safe;
        }
        int low = 0;
        int high = safe.codePointCount(0, safe.length());
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (width(prefix(safe, middle) + ELLIPSIS, size, bold) <= maxWidth) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        if (low == 0) {
            return width(ELLIPSIS, size, bold) <= maxWidth ? ELLIPSIS : "";
        }
        return prefix(safe, low).stripTrailing() + ELLIPSIS;
    }

    /** Fills the rectangle whose lower left corner is (x, y). */
    public void fill(float x, float y, float w, float h, Color colour) throws IOException {
        record("fill", x, y, w, h, colour);
        stream.setNonStrokingColor(colour(colour));
        stream.addRect(x, y, w, h);
        stream.fill();
    }

    /** Outlines the rectangle whose lower left corner is (x, y). */
    public void stroke(float x, float y, float w, float h, Color colour, float lineWidth) throws IOException {
        record("stroke", x, y, w, h, colour, lineWidth);
        stream.setStrokingColor(colour(colour));
        stream.setLineWidth(lineWidth);
        stream.addRect(x, y, w, h);
        stream.stroke();
    }

    /** Draws a straight line, solid or dashed. */
    public void line(float x1, float y1, float x2, float y2, Color colour, float lineWidth, boolean dashed)
            throws IOException {
        record("line", x1, y1, x2, y2, colour, lineWidth, dashed);
        stream.saveGraphicsState();
        stream.setStrokingColor(colour(colour));
        stream.setLineWidth(lineWidth);
        if (dashed) {
            stream.setLineDashPattern(new float[] {3, 2}, 0);
        }
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
        stream.restoreGraphicsState();
    }

    /** Fills the closed polygon through the given points, such as a marker or an arrow head. */
    public void polygon(float[] xs, float[] ys, Color colour) throws IOException {
        record("polygon", Arrays.toString(xs), Arrays.toString(ys), colour);
        if (xs.length < 3 || xs.length != ys.length) {
            return;
        }
        stream.setNonStrokingColor(colour(colour));
        stream.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            stream.lineTo(xs[i], ys[i]);
        }
        stream.closePath();
        stream.fill();
    }

    /** Feeds every later drawing operation into the digest, or stops doing so when null. */
    void recordInto(MessageDigest digest) {
        this.digest = digest;
    }

    PDPageContentStream stream() {
        return stream;
    }

    private void draw(String text, Matrix matrix, float size, boolean bold, Color colour) throws IOException {
        record("text", text, matrix, size, bold, colour);
        if (text == null || text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setNonStrokingColor(colour == null ? style.text() : colour);
        stream.setTextMatrix(matrix);
        for (FontSet.Run run : fonts.fontSet().runs(text, bold)) {
            stream.setFont(fonts.font(run.face()), size);
            stream.showText(run.text());
        }
        stream.endText();
    }

    private Color colour(Color colour) {
        return colour == null ? style.text() : colour;
    }

    private void record(Object... parts) {
        if (digest == null) {
            return;
        }
        for (Object part : parts) {
            String value = part instanceof Color c ? Integer.toHexString(c.getRGB()) : String.valueOf(part);
            digest.update(value.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }

    private static String prefix(String text, int codePoints) {
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }
}
