package org.vigil.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void allCharts_drawn_labelsExtractable() throws Exception {
        byte[] pdf;
        try (PdfReport report = SampleReports.report()) {
            report.block(SampleReports.matrix());
            report.block(SampleReports.timeline());
            report.block(SampleReports.forest());
            pdf = report.toBytes();
        }

        String text = PdfPages.text(pdf);

        assertThat(text).contains("Prompt injection", "harm layer", "partially covered");
        assertThat(text).contains("as of 30 Nov 2026", "2025", "Clause 12 logging");
        assertThat(text).contains("no value", "2.1 [1.3, unbounded)", "Hazard ratio vs. baseline");
    }

    @Test
    void longLabels_drawn_truncatedWithEllipsis() throws Exception {
        String label = "A bar label far too long for a third of the page, so it must be cut short";
        byte[] pdf;
        try (PdfReport report = SampleReports.report()) {
            report.block(new BarChart(List.of(new BarChart.Bar(label, 3, SampleReports.GREEN))));
            pdf = report.toBytes();
        }

        String text = PdfPages.text(pdf);

        assertThat(text).contains("A bar label", "\u2026").doesNotContain(label);
    }

    @Test
    void missingAndOddValues_drawn_withoutFailure() throws Exception {
        byte[] pdf;
        try (PdfReport report = SampleReports.report()) {
            report.block(new BarChart(Arrays.asList(new BarChart.Bar(null, Double.NaN, null), null,
                    new BarChart.Bar("zero", 0, null))));
            report.block(new Timeline(List.of(new Timeline.Row("no dates", null, null, null),
                    new Timeline.Row("reversed", LocalDate.of(2030, 1, 1), LocalDate.of(2020, 1, 1), null)),
                    null, null, null));
            report.block(new ForestPlot(List.of(new ForestPlot.Row("only", 2.0, null, null, false)), 2.0, null));
            report.block(new MatrixChart(List.of("r"), List.of("c"), null, null, null, null));
            report.block(new MatrixChart(null, null, null, null, null, null));
            pdf = report.toBytes();
        }

        assertThat(PdfPages.text(pdf)).contains("zero", "reversed", "2020", "2030", "only");
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }
}
