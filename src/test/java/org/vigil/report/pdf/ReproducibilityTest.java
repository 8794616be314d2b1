package org.vigil.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Calendar;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

class ReproducibilityTest {

    @Test
    void sameInput_builtTwice_identicalBytes() throws Exception {
        byte[] first = SampleReports.full();
        byte[] second = SampleReports.full();

        assertThat(second).isEqualTo(first);
        assertThat(PdfPages.fontNames(first)).allMatch(name -> name.matches("[A-Z]{6}\\+.+"))
                .isEqualTo(PdfPages.fontNames(second));
    }

    @Test
    void changedText_built_differentId() throws Exception {
        byte[] one = withParagraph("Version one");
        byte[] other = withParagraph("Version two");

        assertThat(id(one)).hasSize(16).isNotEqualTo(id(other));
        assertThat(id(one)).isEqualTo(id(withParagraph("Version one")));
    }

    @Test
    void metadata_readBack_matchesInfoAndXmp() throws Exception {
        PdfMetadata expected = SampleReports.metadata();
        byte[] pdf = withParagraph("Metadata");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(expected.title());
            assertThat(info.getSubject()).isEqualTo(expected.subject());
            assertThat(info.getAuthor()).isEqualTo(expected.author());
            assertThat(info.getKeywords()).isEqualTo("AI safety, gap report");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(expected.created().toInstant());

            XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(expected.title());
            assertThat(xmp.getDublinCoreSchema().getDescription()).isEqualTo(expected.subject());
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly(expected.author());
            assertThat(xmp.getAdobePDFSchema().getKeywords()).isEqualTo("AI safety, gap report");
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            Calendar created = xmp.getXMPBasicSchema().getCreateDate();
            assertThat(created.toInstant()).isEqualTo(expected.created().toInstant());
        }
    }

    private static byte[] withParagraph(String text) throws IOException {
        try (PdfReport report = SampleReports.report()) {
            report.paragraph(text);
            return report.toBytes();
        }
    }

    private static byte[] id(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSArray ids = document.getDocument().getTrailer().getCOSArray(COSName.ID);
            byte[] first = ((COSString) ids.getObject(0)).getBytes();
            assertThat(((COSString) ids.getObject(1)).getBytes()).isEqualTo(first);
            return first;
        }
    }
}
