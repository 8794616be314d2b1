package org.vigil.catalog.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.vigil.web.FieldError;
import org.vigil.web.JsonErrors;

/** Reads catalog YAML files strictly, reporting any fault with file, line and field. */
public final class CatalogFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private CatalogFiles() {
    }

    /**
     * Returns the file bound to the type after the check passes.
     *
     * @param check returns the faults of the bound value, each named by its path
     */
    public static <T> T read(Path file, Class<T> type, Function<T, List<FieldError>> check) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogFileException(name, 1, "", "cannot be read: " + e.getMessage());
        }
        return parse(name, text, type, check);
    }

    /** Returns the text bound to the type; {@code name} is used in messages. */
    public static <T> T parse(String name, String text, Class<T> type,
            Function<T, List<FieldError>> check) {
        T value;
        try {
            value = YAML.readValue(text, type);
        } catch (JsonProcessingException e) {
            FieldError error = JsonErrors.describe(e);
            String field = error.field().equals("body") ? "" : error.field();
            // Jackson's location trails the failing token; the path names it exactly.
            int line = !field.isEmpty() ? new YamlLines(text).lineOf(field)
                    : e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new CatalogFileException(name, line, field, error.message());
        }
        if (value == null) {
            throw new CatalogFileException(name, 1, "", "is empty");
        }
        List<FieldError> errors = check.apply(value);
        if (!errors.isEmpty()) {
            FieldError first = errors.get(0);
            int line = new YamlLines(text).lineOf(first.field());
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
            throw new CatalogFileException(name, line, first.field(), first.message() + more);
        }
        return value;
    }
}
