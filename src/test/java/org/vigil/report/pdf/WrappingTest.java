package org.vigil.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class WrappingTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void longHash_inParagraphAndNarrowCell_staysWithinMargins() throws Exception {
        byte[] pdf;
        try (PdfReport report = SampleReports.report()) {
            report.paragraph("Digest " + HASH + HASH + " and https://example.org/" + HASH + "/evidence");
            report.table(new Table(List.of(new Column("Hash", 1, Align.LEFT), new Column("Note", 4, Align.LEFT)),
                    List.of(List.of(Cell.of(HASH), Cell.of("narrow column")))));
            pdf = report.toBytes();
        }

        float margin = SampleReports.style().margin();
        float right = SampleReports.style().paper().getWidth() - margin;
        List<TextPosition> glyphs = glyphs(pdf);

        assertThat(glyphs).isNotEmpty();
        assertThat(glyphs).allSatisfy(glyph -> {
            assertThat(glyph.getXDirAdj()).isGreaterThanOrEqualTo(margin - 0.5f);
            assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).isLessThanOrEqualTo(right + 0.5f);
        });
        assertThat(PdfPages.text(pdf).replaceAll("\\s", "")).contains(HASH + HASH);
    }

    private static List<TextPosition> glyphs(byte[] pdf) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                glyphs.addAll(positions);
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return glyphs;
    }
}
