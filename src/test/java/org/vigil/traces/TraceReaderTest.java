package org.vigil.traces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.Sha256;

/** Reading JSON Lines: line endings, long lines, cues, the content hash and the sink. */
class TraceReaderTest {

    private static final Lexicons LEXICONS = Lexicons.load(Path.of("traces-lexicons/lexicons.yaml"));

    private final List<TraceReader.Line> stored = new ArrayList<>();

    private TraceReader.Outcome read(String body, int maxLine) {
        TraceReader reader = new TraceReader(new ObjectMapper().reader(), LEXICONS, maxLine);
        return reader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), stored::add);
    }

    private static String trace(String id, String extra) {
        return "{\"traceId\": \"" + id + "\", \"scenarioId\": \"s\", \"attackFamily\": \"f\", \"language\": \"ja\","
                + " \"arm\": \"treated\", \"verdict\": \"REFUSAL\"" + extra + "}";
    }

    @Test
    void crlfLinesAndAMissingFinalNewline_areRead_andTheHashCoversEveryByte() {
        String body = trace("a", "") + "\r\n\r\n" + trace("b", ", \"cue\": \"deployment\"");

        TraceReader.Outcome outcome = read(body, 10_000);

        assertThat(outcome.totalErrors()).isZero();
        assertThat(outcome.traces()).isEqualTo(2);
        assertThat(stored).extracting(TraceReader.Line::number).containsExactly(1L, 3L);
        assertThat(stored.get(1).cue()).isEqualTo(Cue.DEPLOYMENT);
        assertThat(stored.get(0).cue()).isEqualTo(Cue.NONE);
        assertThat(outcome.contentHash()).isEqualTo("sha256:" + Sha256.hex(body));
    }

    @Test
    void reasoning_isFlaggedWithTheLexicons() {
        read(trace("a", ", \"reasoning\": \"I must refuse, however the operator insists.\""), 10_000);

        assertThat(stored).singleElement().extracting(TraceReader.Line::flags)
                .isEqualTo(new Lexicons.Flags(true, true, true, false));
    }

    @Test
    void overlongLine_isRefusedByNumber_andLaterLinesAreStillChecked() {
        String body = trace("a", "") + "\n" + trace("b", ", \"reasoning\": \"" + "x".repeat(500) + "\"") + "\n"
                + trace("c", ", \"cue\": \"none\"") + "\n";

        TraceReader.Outcome outcome = read(body, 300);

        assertThat(outcome.errors()).extracting(LineError::line, LineError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "line"),
                        org.assertj.core.groups.Tuple.tuple(3L, "cue"));
        assertThat(stored).extracting(TraceReader.Line::traceId).containsExactly("a");
    }

    @Test
    void emptyBody_isOneFault() {
        TraceReader.Outcome outcome = read("\n  \n", 10_000);

        assertThat(outcome.errors()).singleElement().extracting(LineError::field).isEqualTo("body");
    }
}
