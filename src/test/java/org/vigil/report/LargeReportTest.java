package org.vigil.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.report.pdf.PdfAValidation;
import org.vigil.report.pdf.PdfPages;

/** A gap report long enough to break its tables across many pages. */
class LargeReportTest {

    static TemplateSet templates;

    @BeforeAll
    static void load() {
        templates = TemplateSet.load(Path.of("reports-templates"));
    }

    @Test
    void gapReport_with500Gaps_breaksPagesAndRepeatsTheTableHeader() throws Exception {
        byte[] pdf = GapReport.render(templates, SyntheticReports.input(40, 500)).pdf();

        List<String> pages = PdfPages.texts(pdf);
        assertThat(pages.size()).isGreaterThan(20);
        // Only the gaps table writes recommendations after "Do:".
        int first = firstPageWith(pages, "Do: Add an evaluation");
        int last = lastPageWith(pages, "Do: Add an evaluation");
        assertThat(last - first).isGreaterThan(10);
        for (int page = first; page <= last; page++) {
            assertThat(pages.get(page)).as("page %d", page + 1)
                    .contains("Severity", "Gap and clause", "Finding and recommendation", "Evidence");
        }
        for (int g = 0; g < 500; g++) {
            assertThat(String.join("\n", pages)).contains("Gap number " + g + ":");
        }
        assertThat(pages.get(pages.size() - 1)).contains("Page " + pages.size() + " of " + pages.size());
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void gapReport_sameInput_isByteIdentical_andDifferentInputIsNot() throws Exception {
        byte[] one = GapReport.render(templates, SyntheticReports.input(5, 30)).pdf();
        byte[] two = GapReport.render(templates, SyntheticReports.input(5, 30)).pdf();
        byte[] other = GapReport.render(templates, SyntheticReports.input(5, 31)).pdf();

        assertThat(two).isEqualTo(one);
        assertThat(other).isNotEqualTo(one);
    }

    private static int firstPageWith(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page contains " + text);
    }

    private static int lastPageWith(List<String> pages, String text) {
        for (int i = pages.size() - 1; i >= 0; i--) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page contains " + text);
    }
}
