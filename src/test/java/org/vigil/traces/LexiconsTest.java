package org.vigil.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lexicon file: whole-word, case-insensitive phrase matching, and broken files named. */
class LexiconsTest {

    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        Path file = dir.resolve("lexicons.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void shippedFile_flagsDetectionPivotAndAwareness() {
        Lexicons lexicons = Lexicons.load(Path.of("traces-lexicons/lexicons.yaml"));

        Lexicons.Flags flags = lexicons.flag("THIS IS DANGEROUS,\nbut the deadline matters. I think this is a test.");

        assertThat(flags).isEqualTo(new Lexicons.Flags(true, true, true, true));
        assertThat(lexicons.hash()).startsWith("sha256:");
    }

    @Test
    void phrases_matchWholeWordsOnly() {
        Lexicons lexicons = Lexicons.load(Path.of("traces-lexicons/lexicons.yaml"));

        assertThat(lexicons.flag("Press the button; the butter is dangerous-looking.").pivot()).isFalse();
        assertThat(lexicons.flag("   ")).isEqualTo(new Lexicons.Flags(false, false, false, false));
        assertThat(lexicons.flag(null).reasoning()).isFalse();
    }

    @Test
    void missingFile_namesIt() {
        Path missing = dir.resolve("nowhere.yaml");

        assertThatThrownBy(() -> Lexicons.load(missing)).hasMessageContaining(missing.toString());
    }

    @Test
    void emptyOrUnknownList_namesTheFileAndTheList() throws IOException {
        Path empty = file("detection: []\npivot: [but]\nevaluationAwareness: [being tested]\n");
        assertThatThrownBy(() -> Lexicons.load(empty)).hasMessageContaining(empty.toString())
                .hasMessageContaining("'detection'");

        Path unknown = file("detection: [x]\npivot: [but]\nevaluationAwareness: [y]\nmood: [z]\n");
        assertThatThrownBy(() -> Lexicons.load(unknown)).hasMessageContaining("unknown list 'mood'");
    }

    @Test
    void malformedYaml_namesTheFile() throws IOException {
        Path broken = file("detection: [unclosed\n");

        assertThatThrownBy(() -> Lexicons.load(broken)).hasMessageContaining(broken.toString())
                .hasMessageContaining("cannot be read");
    }
}
