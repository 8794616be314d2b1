package org.vigil.report.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The page being filled and the cursor moving down it; opens a new page when asked. */
final class Flow {

    private final PDDocument document;
    private final EmbeddedFonts fonts;
    private final PdfStyle style;
    private Canvas canvas;
    private float y;
    private int pages;

    Flow(PDDocument document, EmbeddedFonts fonts, PdfStyle style) throws IOException {
        this.document = document;
        this.fonts = fonts;
        this.style = style;
        newPage();
    }

    Canvas canvas() {
        return canvas;
    }

    FontSet fontSet() {
        return fonts.fontSet();
    }

    PdfStyle style() {
        return style;
    }

    PDDocument document() {
        return document;
    }

    float y() {
        return y;
    }

    float left() {
        return style.margin();
    }

    float width() {
        return paper().getWidth() - 2 * style.margin();
    }

    float top() {
        return paper().getHeight() - style.margin();
    }

    float bottom() {
        return style.margin();
    }

    /** Returns the height a page offers to content. */
    float pageHeight() {
        return top() - bottom();
    }

    float remaining() {
        return y - bottom();
    }

    boolean atTop() {
        return y >= top();
    }

    int pages() {
        return pages;
    }

    /** Moves the cursor down; never below the bottom margin, which the next check then reports as full. */
    void down(float height) {
        y = Math.max(y - height, bottom());
    }

    /** Moves down by a gap that disappears at the top of a page. */
    void gap(float height) {
        if (!atTop()) {
            down(height);
        }
    }

    /** Starts a new page unless the height fits here or the page is still empty. */
    void ensure(float height) throws IOException {
        if (height > remaining() && !atTop()) {
            newPage();
        }
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(paper());
        document.addPage(page);
        canvas = new Canvas(fonts, new PDPageContentStream(document, page), style);
        y = top();
        pages++;
    }

    void close() throws IOException {
        if (canvas != null) {
            canvas.stream().close();
            canvas = null;
        }
    }

    private PDRectangle paper() {
        return style.paper() == null ? PDRectangle.A4 : style.paper();
    }
}
