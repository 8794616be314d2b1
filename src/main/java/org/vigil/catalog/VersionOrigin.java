package org.vigil.catalog;

/** How a standard version entered the catalog. */
public enum VersionOrigin {
    SEED, API, IMPORT
}
