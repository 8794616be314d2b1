package org.vigil.audit;

/** The kinds of thing the audit trail records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    /** A stored item withdrawn from use but kept, such as a revoked token. */
    REVOKE,
    /** Catalog data loaded from {@code standards-catalog/} at startup. */
    SEED,
    /** A framework library imported into the catalog. */
    IMPORT,
    SIGN_IN_FAILED,
    DOWNLOAD
}
