package org.vigil.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnicodeTextTest {

    @Test
    void japaneseAndAccentedText_readBack_extractsSameText() throws Exception {
        byte[] pdf;
        try (PdfReport report = SampleReports.report()) {
            report.heading(1, SampleReports.ACCENTED);
            report.paragraph("System: " + SampleReports.JAPANESE);
            pdf = report.toBytes();
        }

        String text = PdfPages.text(pdf);

        assertThat(text).contains(SampleReports.ACCENTED, "System: " + SampleReports.JAPANESE);
        assertThat(PdfPages.fontNames(pdf)).anyMatch(name -> name.endsWith("+DroidSansFallback"));
    }

    @Test
    void latinOnlyReport_fonts_omitCjkFallback() throws Exception {
        byte[] pdf;
        try (PdfReport report = SampleReports.report()) {
            report.heading(1, SampleReports.ACCENTED);
            report.table(SampleReports.table(3));
            report.block(SampleReports.matrix());
            pdf = report.toBytes();
        }

        assertThat(PdfPages.fontNames(pdf)).isNotEmpty().noneMatch(name -> name.contains("Droid"));
    }

    @Test
    void codePointInNoFont_written_asQuestionMarkAndStillCompliant() throws Exception {
        // DejaVu Sans has U+1F600, but none of the three faces has the brain emoji.
        int brain = 0x1F9E0;
        assertThat(SampleReports.fonts().canRender(brain)).as("precondition: no face has U+1F9E0").isFalse();
        byte[] pdf;
        try (PdfReport report = SampleReports.report()) {
            report.paragraph("Mood: " + Character.toString(brain) + " end");
            pdf = report.toBytes();
        }

        assertThat(PdfPages.text(pdf)).contains("Mood: ? end");
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void nullAndEmptyTexts_accepted_withoutContent() throws Exception {
        byte[] pdf;
        try (PdfReport report = SampleReports.report()) {
            report.heading(2, null);
            report.paragraph(null);
            report.note("");
            report.table(new Table(null, null));
            report.image(null, 100);
            report.paragraph("Only text");
            pdf = report.toBytes();
        }

        assertThat(PdfPages.texts(pdf)).hasSize(1).first().asString().contains("Only text");
    }
}
