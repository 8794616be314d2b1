package org.vigil.account;

/** What an account may do; an account holds one or more roles. */
public enum Role {
    /** Manages accounts and organisations. */
    ADMIN,
    /** Edits the catalog, findings and contraindications, and reloads rules. */
    CURATOR,
    /** Works with the submissions, analyses, reports and trace sets of one organisation. */
    OFFICER,
    /** Reads certification claims and their coverage reports across organisations. */
    REGULATOR;

    /** Role names for security annotations, which cannot refer to enum constants. */
    public static final class Name {
        public static final String ADMIN = "ADMIN";
        public static final String CURATOR = "CURATOR";
        public static final String OFFICER = "OFFICER";
        public static final String REGULATOR = "REGULATOR";

        private Name() {
        }
    }
}
