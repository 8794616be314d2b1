package org.vigil.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.report.pdf.PdfPages;

/** Loading the templates folder, and the messages a curator gets for a broken one. */
class TemplateSetTest {

    static final Path TEMPLATES = Path.of("reports-templates");

    @TempDir
    Path dir;

    @Test
    void shippedTemplates_load_withEveryReportAndAStableHash() {
        TemplateSet loaded = TemplateSet.load(TEMPLATES);

        assertThat(loaded.size()).isEqualTo(ReportKind.values().length);
        assertThat(loaded.template(ReportKind.GAP).sections()).extracting(ReportTemplate.Section::kind)
                .startsWith("cover", "summary");
        assertThat(loaded.logo()).isNotEmpty();
        assertThat(loaded.hash()).startsWith("sha256:").isEqualTo(TemplateSet.load(TEMPLATES).hash());
    }

    @Test
    void unknownPlaceholder_stopsLoading_namingFileLineAndPlaceholder() throws Exception {
        copy();
        edit("gap-report.yaml", "\"{system}, submitted by", "\"{sytsem}, submitted by");

        assertThatThrownBy(() -> TemplateSet.load(dir)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("gap-report.yaml, line 18")
                .hasMessageContaining("sections[0].paragraphs[0]")
                .hasMessageContaining("unknown placeholder {sytsem}");
    }

    @Test
    void unknownSectionKind_stopsLoading() throws Exception {
        copy();
        edit("coverage-report.yaml", "kind: verdicts", "kind: verdict");

        assertThatThrownBy(() -> TemplateSet.load(dir)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("coverage-report.yaml")
                .hasMessageContaining("'verdict' is not a section of this report");
    }

    @Test
    void missingLabel_stopsLoading() throws Exception {
        copy();
        edit("sunset-digest.yaml", "      daysLeft: \"Days left\"\n", "");

        assertThatThrownBy(() -> TemplateSet.load(dir)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("sunset-digest.yaml")
                .hasMessageContaining("labels.daysLeft: is required");
    }

    @Test
    void badColourAndPaper_stopLoading_namingTheStyleFile() throws Exception {
        copy();
        edit("style.yaml", "paper: A4", "paper: A5");

        assertThatThrownBy(() -> TemplateSet.load(dir)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("style.yaml, line 5, field paper: must be A4 or LETTER");

        edit("style.yaml", "paper: A5", "paper: LETTER");
        edit("style.yaml", "accent: \"#1F4E79\"", "accent: \"navy\"");
        assertThatThrownBy(() -> TemplateSet.load(dir)).hasMessageContaining("colours.accent: must be #RRGGBB");
    }

    @Test
    void missingFont_stopsLoading() throws Exception {
        copy();
        Files.delete(dir.resolve("fonts/DejaVuSans-Bold.ttf"));

        assertThatThrownBy(() -> TemplateSet.load(dir)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("style.yaml").hasMessageContaining("DejaVuSans-Bold.ttf does not exist");
    }

    @Test
    void unknownKey_stopsLoading() throws Exception {
        copy();
        edit("gap-report.yaml", "title: ", "titel: ");

        assertThatThrownBy(() -> TemplateSet.load(dir)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("gap-report.yaml").hasMessageContaining("titel");
    }

    @Test
    void letterPaper_andAnEditedHeading_changeTheReport() throws Exception {
        copy();
        edit("style.yaml", "paper: A4", "paper: LETTER");
        edit("gap-report.yaml", "heading: \"Summary\"", "heading: \"Management summary for {organisation}\"");

        TemplateSet edited = TemplateSet.load(dir);
        byte[] pdf = GapReport.render(edited, SyntheticReports.input(3, 5)).pdf();

        assertThat(PdfPages.text(pdf)).contains("Management summary for Organisation org-a");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
        assertThat(edited.hash()).isNotEqualTo(TemplateSet.load(TEMPLATES).hash());
    }

    private void copy() throws Exception {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path source : files.toList()) {
                Path target = dir.resolve(TEMPLATES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private void edit(String file, String from, String to) throws Exception {
        Path path = dir.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("template text to edit").contains(from);
        Files.writeString(path, text.replace(from, to));
    }
}
