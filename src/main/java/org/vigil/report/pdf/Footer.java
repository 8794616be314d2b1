package org.vigil.report.pdf;

import java.io.IOException;

/** The line under every page: the report's own text on the left, the page number on the right. */
final class Footer {

    private final PdfStyle style;
    private final float width;

    Footer(PdfStyle style, float width) {
        this.style = style;
        this.width = width;
    }

    void draw(Canvas canvas, int page, int pages) throws IOException {
        float size = style.bodySize() * 0.8f;
        float left = style.margin();
        float right = left + width;
        float ruleY = style.margin() * 0.62f;
        float baseline = ruleY - size * 1.4f;
        String number = style.pageLabel(page, pages);
        float numberWidth = canvas.width(number, size, false);
        String text = canvas.fit(style.footerLeft(), size, false, width - numberWidth - 2 * size);

        canvas.line(left, ruleY, right, ruleY, style.rule(), 0.5f, false);
        canvas.text(text, left, baseline, size, false, style.muted());
        canvas.textRight(number, right, baseline, size, false, style.muted());
    }
}
