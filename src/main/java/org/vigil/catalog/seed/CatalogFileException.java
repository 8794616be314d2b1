package org.vigil.catalog.seed;

/** A catalog file that cannot be loaded, named with its line and field. */
public class CatalogFileException extends RuntimeException {

    public CatalogFileException(String file, int line, String field, String message) {
        super(file + ", line " + line + (field.isEmpty() ? "" : ", field " + field) + ": " + message);
    }
}
