package org.vigil.traces;

/** What the actions of a response did; {@code NONE} when the system has no action layer. */
public enum ActionVerdict {
    SAFE,
    UNSAFE,
    NONE
}
