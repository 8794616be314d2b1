package org.vigil.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Names the field and the fault in a Jackson binding failure, for JSON and YAML alike. */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** Returns the field path ("clauses[3].layer") and a reader-facing message. */
    public static FieldError describe(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        return new FieldError(field.isEmpty() ? "body" : field, message(e));
    }

    /** Returns the path of the value that failed, in {@code a.b[2].c} form. */
    public static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String message(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            String value = String.valueOf(format.getValue());
            if (target != null && target.isEnum()) {
                String allowed = Arrays.stream(target.getEnumConstants())
                        .map(Object::toString)
                        .collect(Collectors.joining(", "));
                return "'" + value + "' is not one of " + allowed;
            }
            if (target != null && target.getSimpleName().equals("LocalDate")) {
                return "'" + value + "' is not a date in the form YYYY-MM-DD";
            }
            return "'" + value + "' is not a valid " + simpleName(target);
        }
        if (e instanceof JsonMappingException mapping && mapping.getCause() != null
                && mapping.getCause().getMessage() != null
                && mapping.getCause().getClass().getSimpleName().contains("DateTimeParse")) {
            return "not a date in the form YYYY-MM-DD";
        }
        if (!(e instanceof JsonMappingException)) {
            return "the body is not well-formed: " + e.getOriginalMessage();
        }
        return e.getOriginalMessage();
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "value" : type.getSimpleName();
    }
}
