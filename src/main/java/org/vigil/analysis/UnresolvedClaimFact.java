package org.vigil.analysis;

/** A claimed clause that has no version in force on the as-of date. */
public class UnresolvedClaimFact {

    private final String key;
    private final String version;

    public UnresolvedClaimFact(String key, String version) {
        this.key = key;
        this.version = version;
    }

    public String getKey() {
        return key;
    }

    public String getVersion() {
        return version;
    }
}
