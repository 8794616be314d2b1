package org.vigil.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class TableFlowTest {

    @Test
    void tableSpanningPages_everyPage_repeatsHeader() throws Exception {
        byte[] pdf;
        try (PdfReport report = SampleReports.report()) {
            report.paragraph("Before the table.");
            report.table(SampleReports.table(80));
            pdf = report.toBytes();
        }

        List<String> pages = PdfPages.texts(pdf);

        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        assertThat(pages).allSatisfy(page -> assertThat(page).contains(SampleReports.TABLE_HEADER, "Days open"));
        assertThat(String.join("", pages)).contains("EU-AIA-100", "EU-AIA-179");
    }

    @Test
    void footer_secondPage_showsPageTwoOfTotal() throws Exception {
        byte[] pdf;
        int pageCount;
        try (PdfReport report = SampleReports.report()) {
            report.table(SampleReports.table(50));
            pageCount = report.pageCount();
            pdf = report.toBytes();
        }

        List<String> pages = PdfPages.texts(pdf);

        assertThat(pages).hasSize(pageCount);
        assertThat(pages.get(1)).contains("Page 2 of " + pageCount, "GAP-2026-0042");
        assertThat(pages.get(pageCount - 1)).contains("Page " + pageCount + " of " + pageCount);
    }

    @Test
    void rowTallerThanPage_splitsOverPages_keepingAllLines() throws Exception {
        String tall = String.join("\n", Collections.nCopies(90, "line")) + "\nlast line";
        byte[] pdf;
        try (PdfReport report = SampleReports.report()) {
            report.table(new Table(List.of(new Column("Only", 1, Align.LEFT)), List.of(List.of(Cell.of(tall)))));
            pdf = report.toBytes();
        }

        List<String> pages = PdfPages.texts(pdf);

        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(pages.get(1)).contains("Only");
        assertThat(String.join("", pages)).contains("last line");
    }

    @Test
    void heading_atPageBottom_movesWithFollowingText() throws Exception {
        byte[] pdf;
        try (PdfReport report = SampleReports.report()) {
            report.table(SampleReports.table(9));
            report.heading(2, "Closing heading");
            report.paragraph("Text that follows the heading.");
            pdf = report.toBytes();
        }

        List<String> pages = PdfPages.texts(pdf);

        String headingPage = pages.stream().filter(p -> p.contains("Closing heading")).findFirst().orElseThrow();
        assertThat(headingPage).contains("Text that follows the heading.");
    }
}
