package org.vigil.catalog;

/** What sort of instrument a standard is. */
public enum StandardKind {
    LAW, STANDARD, FRAMEWORK
}
