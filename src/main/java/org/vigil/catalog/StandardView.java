package org.vigil.catalog;

import java.util.List;

/** A standard with the labels of its versions, oldest first. */
public record StandardView(String id, String title, String publisher, StandardKind kind,
        List<String> versions) {
}
