package org.vigil.analysis;

import java.util.Objects;
import org.vigil.catalog.Assumption;

/** An assumption that the system's profile puts to the test, inserted by the rules. */
public class TriggerFact {

    private final Assumption assumption;
    private final String reason;

    public TriggerFact(Assumption assumption, String reason) {
        this.assumption = assumption;
        this.reason = reason;
    }

    public Assumption getAssumption() {
        return assumption;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TriggerFact other && assumption == other.assumption && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assumption, reason);
    }
}
