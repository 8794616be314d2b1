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

        assertThat(failures).as("veraPDF PDF/A-2b failures:%n%s", String.join("\n", failures)).isEmpty();
    }
}
