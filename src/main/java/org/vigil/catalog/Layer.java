package org.vigil.catalog;

/** The layer at which harm is produced or evidence is measured. */
public enum Layer {
    TEXT, ACTION, PHYSICAL, UNSPECIFIED
}
