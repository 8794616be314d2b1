package org.vigil.web;

import java.util.List;

/**
 * A failure to answer as asked, carrying what an RFC 9457 problem response needs.
 *
 * <p>Thrown by any feature; {@link ProblemMapper} turns it into
 * {@code application/problem+json}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** Returns a 400 naming every invalid field. */
    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(400, "Invalid request", detail, errors);
    }

    /** Returns a 400 for one invalid field. */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** Returns a 404 for something the request named by the given field. */
    public static ProblemException notFound(String field, String detail) {
        return new ProblemException(404, "Not found", detail, List.of(new FieldError(field, detail)));
    }

    /** Returns a 409 for a request that would clash with stored data. */
    public static ProblemException conflict(String field, String detail) {
        return new ProblemException(409, "Conflict", detail, List.of(new FieldError(field, detail)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
