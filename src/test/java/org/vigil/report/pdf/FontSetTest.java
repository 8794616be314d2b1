package org.vigil.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontSetTest {

    @Test
    void fallbackFont_coversJapanese_whereDejaVuDoesNot() throws IOException {
        FontSet latin = FontSet.load(SampleReports.FONTS.resolve("DejaVuSans.ttf"),
                SampleReports.FONTS.resolve("DejaVuSans-Bold.ttf"), List.of());

        assertThat(latin.canRender('é')).isTrue();
        assertThat(latin.canRender('安')).isFalse();
        assertThat(SampleReports.fonts().canRender('安')).isTrue();
    }

    @Test
    void sharedFontSet_usedByParallelReports_givesIdenticalFiles() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> builds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                builds.add(pool.submit(SampleReports::full));
            }
            byte[] first = builds.get(0).get();
            for (Future<byte[]> build : builds) {
                assertThat(build.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void notTrueType_loaded_throwsNamingFile(@TempDir Path directory) throws IOException {
        Path bogus = Files.writeString(directory.resolve("bogus.ttf"), "not a font");

        assertThatThrownBy(() -> FontSet.load(bogus, bogus, List.of()))
                .isInstanceOf(IOException.class).hasMessageContaining("bogus.ttf");
    }

    @Test
    void missingFile_loaded_throwsNamingFile() {
        Path missing = SampleReports.FONTS.resolve("Missing.ttf");

        assertThatThrownBy(() -> FontSet.load(SampleReports.FONTS.resolve("DejaVuSans.ttf"), missing, List.of()))
                .isInstanceOf(IOException.class).hasMessageContaining("Missing.ttf");
    }
}
