package org.vigil.traces;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigil.Sha256;

/**
 * The phrase lists that flag a trace's reasoning: safety detection, pivot words and
 * evaluation awareness.
 *
 * <p>Approximates what the reasoning means by matching phrases, case-insensitively and on
 * whole words; a paraphrase that no list names is missed and a negated phrase still counts.
 * Telling these apart needs a grader model, which Vigil does not run.
 */
public final class Lexicons {

    static final Set<String> LISTS = Set.of("detection", "pivot", "evaluationAwareness");

    private final Pattern detection;
    private final Pattern pivot;
    private final Pattern awareness;
    private final String hash;

    Lexicons(List<String> detection, List<String> pivot, List<String> awareness, String hash) {
        this.detection = pattern(detection);
        this.pivot = pattern(pivot);
        this.awareness = pattern(awareness);
        this.hash = hash;
    }

    /** Reads a lexicon file; a missing, malformed or incomplete file names itself in the error. */
    public static Lexicons load(Path file) {
        byte[] bytes;
        JsonNode root;
        try {
            bytes = Files.readAllBytes(file);
            root = new ObjectMapper(new YAMLFactory()).readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("Lexicon file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalStateException("Lexicon file " + file + " must map " + LISTS + " to phrase lists");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!LISTS.contains(name)) {
                throw new IllegalStateException("Lexicon file " + file + " has an unknown list '" + name + "'");
            }
        }
        return new Lexicons(phrases(file, root, "detection"), phrases(file, root, "pivot"),
                phrases(file, root, "evaluationAwareness"), "sha256:" + Sha256.hex(bytes));
    }

    /** Returns the flags of a reasoning text; all false for null or blank text. */
    public Flags flag(String reasoning) {
        if (reasoning == null || reasoning.isBlank()) {
            return Flags.NONE;
        }
        return new Flags(true, detection.matcher(reasoning).find(), pivot.matcher(reasoning).find(),
                awareness.matcher(reasoning).find());
    }

    /** Returns {@code sha256:} and the hex digest of the file's bytes. */
    public String hash() {
        return hash;
    }

    /** What the lexicons found in one reasoning text. */
    public record Flags(boolean reasoning, boolean detected, boolean pivot, boolean aware) {
        static final Flags NONE = new Flags(false, false, false, false);
    }

    private static List<String> phrases(Path file, JsonNode root, String name) {
        JsonNode list = root.get(name);
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalStateException("Lexicon file " + file + " needs a non-empty list '" + name + "'");
        }
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode phrase = list.get(i);
            if (!phrase.isTextual() || phrase.asText().isBlank()) {
                throw new IllegalStateException("Lexicon file " + file + ": " + name + "[" + i
                        + "] must be a non-blank phrase");
            }
            phrases.add(phrase.asText().strip());
        }
        return phrases;
    }

    private static Pattern pattern(List<String> phrases) {
        String alternatives = phrases.stream()
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        // Letters or digits on either side would make the phrase part of another word.
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
