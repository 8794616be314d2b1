package org.vigil.catalog;

/** Counts of what a write did to clause versions, for logs and responses. */
public final class ClauseChanges {

    private int added;
    private int corrected;
    private int unchanged;

    void add(Outcome outcome) {
        switch (outcome) {
            case ADDED -> added++;
            case CORRECTED -> corrected++;
            case UNCHANGED -> unchanged++;
        }
    }

    public void add(ClauseChanges other) {
        added += other.added;
        corrected += other.corrected;
        unchanged += other.unchanged;
    }

    public int added() {
        return added;
    }

    public int corrected() {
        return corrected;
    }

    public int unchanged() {
        return unchanged;
    }

    /** What storing one clause entry did. */
    enum Outcome { ADDED, CORRECTED, UNCHANGED }
}
