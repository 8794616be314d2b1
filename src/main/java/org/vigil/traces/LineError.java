package org.vigil.traces;

/** One fault in a posted trace set: the line (from 1), the field and why it was refused. */
public record LineError(long line, String field, String reason) {
}
