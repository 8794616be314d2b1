package org.vigil.catalog;

/** A safety intervention that a system may apply and a contraindication may name. */
public enum Intervention {
    RLHF_SAFETY_TUNING,
    ALIGNMENT_INSTRUCTIONS,
    SYSTEM_PROMPT_SAFETY,
    SELF_REFLECTION,
    OUTPUT_FILTER,
    ADAPTER_SAFETY_REVIEW,
    PUBLISHED_METHODOLOGY
}
