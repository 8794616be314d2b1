package org.vigil.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A submission as posted and stored: the system's profile, the clauses it claims to meet and
 * the evaluations offered as evidence. Enumerated values are kept as text here and checked by
 * {@link SubmissionValidator}, so that one response can name every invalid field.
 */
public record SubmissionDocument(SystemProfile system, Boolean certification, List<Claim> claims,
        List<Evaluation> evaluations,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TraceSetReference> traceSets) {

    /** Returns a document that references no trace set. */
    public SubmissionDocument(SystemProfile system, Boolean certification, List<Claim> claims,
            List<Evaluation> evaluations) {
        this(system, certification, claims, evaluations, null);
    }

    /** The AI system under assessment. */
    public record SystemProfile(String name, String harmLayer, Boolean embodied, List<String> languages,
            Boolean multiAgent, Boolean longContext, Boolean agenticPressure, Boolean evaluationAware,
            List<String> safetyTuningLanguages, List<Component> components, List<String> interventions,
            List<String> physicalControls) {
    }

    /** A part of the deployed system, such as a base model or an adapter. */
    public record Component(String id, String kind, String name) {
    }

    /** Clauses of one standard version that the system is claimed to meet. */
    public record Claim(String standard, String version, List<String> clauses) {
    }

    /** An evaluation offered as evidence, and the claimed clauses it supports. */
    public record Evaluation(String id, String layer, String method, String performedOn, List<String> languages,
            Boolean methodologyPublished, List<String> components, List<String> supports,
            List<AttackFamily> attackFamilies) {
    }

    /** One family of attacks within an evaluation: how many scenarios were tried and how many succeeded. */
    public record AttackFamily(String name, Integer scenarios, Integer successes) {
    }

    /**
     * A trace set of the submitter's organisation offered as evidence; the risk acceptance,
     * if recorded, is who accepted a TI-S below one for this context and when.
     */
    public record TraceSetReference(Long id, String riskAcceptance) {
    }
}
