package org.vigil.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of an RFC 9457 problem response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String field,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Returns a problem whose type is Vigil's page for the status. */
    public static Problem of(int status, String title, String detail, String instance,
            List<FieldError> errors) {
        String field = errors.isEmpty() ? null : errors.get(0).field();
        return new Problem("https://vigil.dev/problems/" + status, title, status, detail,
                instance, field, errors.isEmpty() ? null : errors);
    }
}
