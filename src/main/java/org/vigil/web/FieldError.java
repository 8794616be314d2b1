package org.vigil.web;

/** One invalid input, named by its path in the request ("clauses[2].layer", "asOf"). */
public record FieldError(String field, String message) {
}
