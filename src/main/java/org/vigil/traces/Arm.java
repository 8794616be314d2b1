package org.vigil.traces;

/** Whether a trace was produced with the intervention under study or without it. */
public enum Arm {
    TREATED,
    UNTREATED;

    /** Returns the name as written in trace files and responses. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
