package org.vigil.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class PdfAComplianceTest {

    @Test
    void fullReport_validatedAsPdfA2b_hasNoFailedRules() throws Exception {
        byte[] pdf = SampleReports.full();
        Files.write(Path.of("target/pdf-toolkit-sample.pdf"), pdf);

        List<String> failures = PdfAValidation.failures(pdf);

        long tablePages = PdfPages.texts(pdf).stream().filter(p -> p.contains(SampleReports.TABLE_HEADER)).count();
        assertThat(tablePages).as("pages the sample table spans").isGreaterThanOrEqualTo(3);
        assertThat(PdfPages.text(pdf)).contains(SampleReports.JAPANESE, SampleReports.ACCENTED, "Page 1 of ");
        assertThat(failures).as("veraPDF PDF/A-2b failures:%n%s", String.join("\n", failures)).isEmpty();
    }
}
