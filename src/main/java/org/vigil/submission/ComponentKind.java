package org.vigil.submission;

/** What a component of a deployed system is. */
public enum ComponentKind {
    BASE_MODEL,
    ADAPTER,
    TOOL,
    SAFETY_FILTER,
    RETRIEVAL,
    CONTROLLER,
    OTHER
}
