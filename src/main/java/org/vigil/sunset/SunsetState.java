package org.vigil.sunset;

/** Where a standard version stands against its sunset date on a given day. */
public enum SunsetState {
    CURRENT,
    /** Inside the warning window before the sunset date. */
    EXPIRING,
    /** On or after the sunset date: it should have been revalidated by now. */
    LAPSED
}
