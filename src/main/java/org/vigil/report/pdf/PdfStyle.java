package org.vigil.report.pdf;

import java.awt.Color;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Paper, margins, sizes and colours of a report. */
public record PdfStyle(PDRectangle paper, float margin, float bodySize,
        Color text, Color muted, Color accent, Color rule, Color headerFill, Color zebraFill,
        String footerLeft, String pageTemplate) {

    /** Returns Vigil's house style on A4: 10 pt body text, 2 cm margins, slate and teal. */
    public static PdfStyle standard(String footerLeft) {
        return new PdfStyle(PDRectangle.A4, 56.7f, 10f,
                new Color(0x1F, 0x29, 0x37), new Color(0x6B, 0x72, 0x80),
                new Color(0x0F, 0x76, 0x6E), new Color(0xD1, 0xD5, 0xDB),
                new Color(0xE5, 0xE7, 0xEB), new Color(0xF6, 0xF7, 0xF9),
                footerLeft, "Page {page} of {pages}");
    }

    /** Returns the page footer's right-hand text for one page. */
    String pageLabel(int page, int pages) {
        String template = pageTemplate == null ? "" : pageTemplate;
        return template.replace("{page}", Integer.toString(page))
                .replace("{pages}", Integer.toString(pages));
    }
}
