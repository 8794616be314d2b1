package org.vigil.catalog;

/** How much of a recorded date is actually known. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
