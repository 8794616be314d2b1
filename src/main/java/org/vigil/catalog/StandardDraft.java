package org.vigil.catalog;

/** A standard as a curator or a client describes it, before it is stored. */
public record StandardDraft(String id, String title, String publisher, StandardKind kind) {
}
