package org.vigil.traces;

/** What the prompt suggested about the setting; {@code NONE} when the trace gives no cue. */
public enum Cue {
    NONE,
    EVALUATION,
    DEPLOYMENT;

    /** Returns the name as written in trace files and responses. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
