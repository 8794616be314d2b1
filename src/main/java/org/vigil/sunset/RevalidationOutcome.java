package org.vigil.sunset;

/** What a review of a standard version against current evidence concluded. */
public enum RevalidationOutcome {
    /** Still sound against current evidence: the sunset moves to this date plus the interval. */
    REVALIDATED,
    /** Reviewed and found in need of revision: recorded, the sunset does not move. */
    REVISION_REQUIRED,
    /** Withdrawn: the version lapses on the revalidation date. */
    WITHDRAWN
}
