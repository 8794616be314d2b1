package org.vigil.traces;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.vigil.Sha256;

/**
 * Reads a trace set as JSON Lines from a stream, one line at a time, checking every line.
 *
 * <p>Valid lines go to a sink until the first fault; after it the rest is still checked so
 * the answer can list up to {@link #MAX_ERRORS} faults and count them all. Memory grows
 * with the number of distinct trace ids (to refuse duplicates), not with the body.
 */
final class TraceReader {

    static final int MAX_ERRORS = 100;
    static final int MAX_ID = 200;
    static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private final ObjectReader json;
    private final Lexicons lexicons;
    private final int maxLine;
    private final List<LineError> errors = new ArrayList<>();
    private final Map<String, Long> seen = new HashMap<>();
    private long totalErrors;
    private int traces;

    /** One valid line. */
    record Line(long number, String traceId, String scenarioId, String attackFamily, String language, Arm arm,
            Cue cue, Label label, TextVerdict text, ActionVerdict action, String model, Lexicons.Flags flags) {
    }

    /** What reading found: the valid traces, the faults and the hash of every byte read. */
    record Outcome(int traces, List<LineError> errors, long totalErrors, String contentHash) {
    }

    TraceReader(ObjectReader json, Lexicons lexicons, int maxLine) {
        this.json = json;
        this.lexicons = lexicons;
        this.maxLine = maxLine;
    }

    Outcome read(InputStream body, Consumer<Line> sink) {
        MessageDigest digest = Sha256.digest();
        try (InputStream in = new DigestInputStream(body, digest)) {
            byte[] buffer = new byte[64 * 1024];
            ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
            boolean tooLong = false;
            long number = 1;
            int n;
            while ((n = in.read(buffer)) != -1) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] != '\n') {
                        continue;
                    }
                    tooLong = append(line, buffer, start, i - start, tooLong);
                    finish(number++, line, tooLong, sink);
                    line.reset();
                    tooLong = false;
                    start = i + 1;
                }
                tooLong = append(line, buffer, start, n - start, tooLong);
            }
            finish(number, line, tooLong, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (traces == 0 && totalErrors == 0) {
            fault(1, "body", "a trace set needs at least one trace, one JSON object per line");
        }
        return new Outcome(traces, List.copyOf(errors), totalErrors,
                "sha256:" + HexFormat.of().formatHex(digest.digest()));
    }

    private boolean append(ByteArrayOutputStream line, byte[] buffer, int start, int length, boolean tooLong) {
        if (tooLong || line.size() + length > maxLine) {
            return true;
        }
        line.write(buffer, start, length);
        return false;
    }

    private void finish(long number, ByteArrayOutputStream bytes, boolean tooLong, Consumer<Line> sink) {
        if (tooLong) {
            fault(number, "line", "is longer than " + maxLine + " bytes");
            return;
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return;
        }
        Line line = parse(number, text);
        if (line != null) {
            traces++;
            if (totalErrors == 0) {
                sink.accept(line);
            }
        }
    }

    private Line parse(long number, String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            fault(number, "line", "is not well-formed JSON: " + e.getOriginalMessage());
            return null;
        }
        if (node == null || !node.isObject()) {
            fault(number, "line", "must be one JSON object");
            return null;
        }
        long before = totalErrors;
        String traceId = id(number, node, "traceId");
        String scenarioId = id(number, node, "scenarioId");
        String family = id(number, node, "attackFamily");
        String language = text(number, node, "language", true);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            fault(number, "language", "'" + language + "' is not a language tag such as en, ja or pt-BR");
        }
        Arm arm = choice(number, node, "arm", Arm.class, true);
        Cue cue = choice(number, node, "cue", Cue.class, false);
        if (cue == Cue.NONE && node.hasNonNull("cue")) {
            fault(number, "cue", "'none' is not one of evaluation, deployment; leave the cue out instead");
        }
        Label label = label(number, node);
        String model = text(number, node, "model", false);
        if (model != null && model.length() > MAX_ID) {
            fault(number, "model", "is longer than " + MAX_ID + " characters");
        }
        JsonNode reasoning = node.get("reasoning");
        if (reasoning != null && !reasoning.isNull() && !reasoning.isTextual()) {
            fault(number, "reasoning", "must be text");
        }
        if (traceId != null) {
            Long earlier = seen.putIfAbsent(traceId, number);
            if (earlier != null) {
                fault(number, "traceId", "'" + traceId + "' is already used on line " + earlier);
            }
        }
        if (totalErrors > before) {
            return null;
        }
        return new Line(number, traceId, scenarioId, family, language, arm, cue == null ? Cue.NONE : cue, label,
                choice(number, node, "textVerdict", TextVerdict.class, false),
                choice(number, node, "actionVerdict", ActionVerdict.class, false), model,
                lexicons.flag(reasoning == null || reasoning.isNull() ? null : reasoning.asText()));
    }

    private Label label(long number, JsonNode node) {
        boolean verdict = node.hasNonNull("verdict");
        boolean split = node.hasNonNull("textVerdict") || node.hasNonNull("actionVerdict");
        if (verdict && split) {
            fault(number, "verdict", "give either verdict or textVerdict and actionVerdict, not both");
            return null;
        }
        if (verdict) {
            return choice(number, node, "verdict", Label.class, true);
        }
        if (!split) {
            fault(number, "verdict", "is required, or textVerdict and actionVerdict; one of "
                    + names(Label.class));
            return null;
        }
        TextVerdict text = choice(number, node, "textVerdict", TextVerdict.class, true);
        ActionVerdict action = choice(number, node, "actionVerdict", ActionVerdict.class, true);
        return text == null || action == null ? null : Label.derive(text, action);
    }

    private String id(long number, JsonNode node, String field) {
        String value = text(number, node, field, true);
        if (value != null && (value.isBlank() || value.length() > MAX_ID)) {
            fault(number, field, "must be 1 to " + MAX_ID + " characters");
            return null;
        }
        return value;
    }

    private String text(long number, JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                fault(number, field, "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            fault(number, field, "must be text");
            return null;
        }
        return value.asText();
    }

    /** Reads an enumerated field; arms and cues are written in lower case, verdicts in upper. */
    private <E extends Enum<E>> E choice(long number, JsonNode node, String field, Class<E> type,
            boolean required) {
        String value = text(number, node, field, required);
        if (value == null) {
            return null;
        }
        boolean lower = type == Arm.class || type == Cue.class;
        for (E constant : type.getEnumConstants()) {
            String name = lower ? constant.name().toLowerCase(Locale.ROOT) : constant.name();
            if (name.equals(value)) {
                return constant;
            }
        }
        fault(number, field, "'" + value + "' is not one of " + names(type));
        return null;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            if (type == Cue.class && constant == Cue.NONE) {
                continue;
            }
            boolean lower = type == Arm.class || type == Cue.class;
            names.add(lower ? constant.name().toLowerCase(Locale.ROOT) : constant.name());
        }
        return String.join(", ", names);
    }

    private void fault(long line, String field, String reason) {
        totalErrors++;
        if (errors.size() < MAX_ERRORS) {
            errors.add(new LineError(line, field, reason));
        }
    }
}
