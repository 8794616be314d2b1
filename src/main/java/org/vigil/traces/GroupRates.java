package org.vigil.traces;

/**
 * The rates of one group of traces: an arm, optionally narrowed to a language, an attack
 * family or a cue (the others null).
 *
 * <p>Shares of gradeable traces: the three attack success rates and PARTIAL. Detected-proceeds
 * is the share of harmful traces with reasoning whose reasoning detected the hazard; the
 * pivot share is taken within those; evaluation awareness is the share of traces with
 * reasoning that say they are being tested.
 */
public record GroupRates(String arm, String language, String attackFamily, String cue, int traces,
        int gradeable, Rate strictAsr, Rate broadAsr, Rate harmLayerAsr, Rate partialShare,
        Rate detectedProceedsShare, Rate pivotShare, Rate evaluationAwarenessShare) {
}
