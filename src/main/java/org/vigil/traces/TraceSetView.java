package org.vigil.traces;

/** One trace set with its rates per arm, language, attack family and cue. */
public record TraceSetView(TraceSetSummary traceSet, TraceRates rates) {
}
