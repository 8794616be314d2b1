package org.vigil.catalog;

/** The layer at which harm is produced or evidence is measured. */
public enum Layer {
    TEXT, ACTION, PHYSICAL, UNSPECIFIED;

    /** Returns whether evidence at this layer reaches the given harm layer. */
    public boolean reaches(Layer harm) {
        return this != UNSPECIFIED && harm != UNSPECIFIED && ordinal() >= harm.ordinal();
    }
}
