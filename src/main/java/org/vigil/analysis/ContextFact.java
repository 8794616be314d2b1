package org.vigil.analysis;

import java.util.Objects;
import org.vigil.catalog.DeploymentContext;

/** A deployment context the system's profile puts it in, inserted by the rules. */
public class ContextFact {

    private final DeploymentContext context;
    private final String reason;

    public ContextFact(DeploymentContext context, String reason) {
        this.context = context;
        this.reason = reason;
    }

    public DeploymentContext getContext() {
        return context;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContextFact other && context == other.context && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(context, reason);
    }
}
