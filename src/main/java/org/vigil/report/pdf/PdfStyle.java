package org.vigil.report.pdf;

import java.awt.Color;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Paper, margins, sizes and colours of a report. */
public record PdfStyle(PDRectangle paper, float margin, float bodySize,
        Color text, Color muted, Color accent, Color rule, Color headerFill, Color zebraFill,
        String footerLeft, String pageTemplate) {

    /** Replaces a missing paper with A4, size with 10 pt, colours with greys and texts with empty ones. */
    public PdfStyle {
        paper = paper == null ? PDRectangle.A4 : paper;
        bodySize = bodySize > 0 ? bodySize : 10;
        text = or(text, Color.DARK_GRAY);
        muted = or(muted, Color.GRAY);
        accent = or(accent, Color.DARK_GRAY);
        rule = or(rule, Color.LIGHT_GRAY);
        headerFill = or(headerFill, Color.LIGHT_GRAY);
        zebraFill = or(zebraFill, Color.WHITE);
        footerLeft = footerLeft == null ? "" : footerLeft;
        pageTemplate = pageTemplate == null ? "" : pageTemplate;
    }

    /** Returns Vigil's house style on A4: 10 pt body text, 2 cm margins, slate and teal. */
    public static PdfStyle standard(String footerLeft) {
        return new PdfStyle(PDRectangle.A4, 56.7f, 10f,
                new Color(0x1F, 0x29, 0x37), new Color(0x6B, 0x72, 0x80),
                new Color(0x0F, 0x76, 0x6E), new Color(0xD1, 0xD5, 0xDB),
                new Color(0xE5, 0xE7, 0xEB), new Color(0xF6, 0xF7, 0xF9),
                footerLeft, "Page {page} of {pages}");
    }

    private static Color or(Color colour, Color fallback) {
        return colour == null ? fallback : colour;
    }

    /** Returns the page footer's right-hand text for one page. */
    String pageLabel(int page, int pages) {
        return pageTemplate.replace("{page}", Integer.toString(page))
                .replace("{pages}", Integer.toString(pages));
    }
}
