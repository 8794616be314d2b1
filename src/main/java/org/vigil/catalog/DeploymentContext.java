package org.vigil.catalog;

/** A deployment circumstance that findings concern and contraindications name. */
public enum DeploymentContext {
    NON_ENGLISH_DEPLOYMENT,
    LONG_CONTEXT,
    EMBODIED,
    ACTION_LAYER_HARM,
    AGENTIC_PRESSURE,
    EVALUATION_AWARE_MODEL,
    COMPOSED_ADAPTERS,
    MULTI_AGENT
}
