package org.vigil.analysis;

import java.time.LocalDate;
import java.util.Set;
import org.vigil.catalog.Assumption;
import org.vigil.catalog.DeploymentContext;

/** A research finding published by the as-of date. */
public class FindingFact {

    private final String id;
    private final String citation;
    private final LocalDate published;
    private final Set<Assumption> challenges;
    private final Set<DeploymentContext> contexts;

    public FindingFact(String id, String citation, LocalDate published, Set<Assumption> challenges,
            Set<DeploymentContext> contexts) {
        this.id = id;
        this.citation = citation;
        this.published = published;
        this.challenges = Set.copyOf(challenges);
        this.contexts = Set.copyOf(contexts);
    }

    public String getId() {
        return id;
    }

    public String getCitation() {
        return citation;
    }

    public LocalDate getPublished() {
        return published;
    }

    public Set<Assumption> getChallenges() {
        return challenges;
    }

    public Set<DeploymentContext> getContexts() {
        return contexts;
    }
}
