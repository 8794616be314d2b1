package org.vigil.traces;

import java.util.List;

/** A trace set refused as a whole, with the first faults and how many there were. */
public class InvalidTraces extends RuntimeException {

    private final List<LineError> errors;
    private final long total;

    public InvalidTraces(List<LineError> errors, long total) {
        super(total == 1 ? "1 line is invalid; nothing was stored"
                : total + " lines are invalid; nothing was stored");
        this.errors = List.copyOf(errors);
        this.total = total;
    }

    public List<LineError> errors() {
        return errors;
    }

    public long total() {
        return total;
    }
}
