package org.vigil.traces;

/** What the words of a response did. */
public enum TextVerdict {
    REFUSE,
    HEDGE,
    COMPLY
}
