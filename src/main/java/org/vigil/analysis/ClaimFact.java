package org.vigil.analysis;

import java.time.LocalDate;
import java.util.Set;
import org.vigil.catalog.Assumption;
import org.vigil.catalog.Layer;

/** A claimed clause, as the version of it in force on the as-of date reads. */
public class ClaimFact {

    private final String key;
    private final String standard;
    private final String version;
    private final String reference;
    private final String clauseVersion;
    private final String title;
    private final boolean requiresEvaluation;
    private final Layer requiredLayer;
    private final Set<Assumption> assumptions;
    private final LocalDate standardPublished;

    public ClaimFact(String standard, String version, String reference, String clauseVersion, String title,
            boolean requiresEvaluation, Layer requiredLayer, Set<Assumption> assumptions,
            LocalDate standardPublished) {
        this.key = standard + ":" + reference;
        this.standard = standard;
        this.version = version;
        this.reference = reference;
        this.clauseVersion = clauseVersion;
        this.title = title;
        this.requiresEvaluation = requiresEvaluation;
        this.requiredLayer = requiredLayer;
        this.assumptions = Set.copyOf(assumptions);
        this.standardPublished = standardPublished;
    }

    /** {@code STANDARD:reference}, as evaluations name the clauses they support. */
    public String getKey() {
        return key;
    }

    public String getStandard() {
        return standard;
    }

    public String getVersion() {
        return version;
    }

    public String getReference() {
        return reference;
    }

    public String getClauseVersion() {
        return clauseVersion;
    }

    public String getTitle() {
        return title;
    }

    public boolean isRequiresEvaluation() {
        return requiresEvaluation;
    }

    public Layer getRequiredLayer() {
        return requiredLayer;
    }

    public Set<Assumption> getAssumptions() {
        return assumptions;
    }

    public LocalDate getStandardPublished() {
        return standardPublished;
    }
}
