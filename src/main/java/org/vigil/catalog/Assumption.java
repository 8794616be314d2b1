package org.vigil.catalog;

/** A hidden premise that a clause relies on and a finding may challenge. */
public enum Assumption {
    COMPOSITIONALITY,
    LANGUAGE_TRANSFER,
    SINGLE_AGENT,
    MEASUREMENT_NEUTRALITY,
    TEXT_LAYER_SUFFICIENCY,
    STATIC_THREATS
}
