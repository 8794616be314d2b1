package org.vigil.report.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The faces of a font set loaded into one document, each only once a run needs it. */
final class EmbeddedFonts {

    private final FontSet fonts;
    private final PDDocument document;
    private final PDType0Font[] loaded;

    EmbeddedFonts(FontSet fonts, PDDocument document) {
        this.fonts = fonts;
        this.document = document;
        this.loaded = new PDType0Font[fonts.faceCount()];
    }

    FontSet fontSet() {
        return fonts;
    }

    /** Returns the face's font, embedded as a subset (PDFBox's default for files) on first use. */
    PDType0Font font(int face) throws IOException {
        if (loaded[face] == null) {
            loaded[face] = PDType0Font.load(document, fonts.file(face).toFile());
        }
        return loaded[face];
    }
}
