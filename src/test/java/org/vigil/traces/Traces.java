package org.vigil.traces;

import java.util.ArrayList;
import java.util.List;

/** Builds small hand-counted trace sets for the unit tests. */
final class Traces {

    private final List<GradedTrace> traces = new ArrayList<>();
    private int scenario;

    static Traces traces() {
        return new Traces();
    }

    /**
     * Adds scenarios, each with one untreated and one treated trace of the given labels and
     * no cue, numbering scenarios on from the last.
     */
    Traces pairs(int count, Label untreated, Label treated) {
        for (int i = 0; i < count; i++) {
            String s = "s" + (scenario++);
            add(s, Arm.UNTREATED, Cue.NONE, untreated);
            add(s, Arm.TREATED, Cue.NONE, treated);
        }
        return this;
    }

    /** Adds traces of one arm and cue, each in a scenario of its own. */
    Traces singles(int count, Arm arm, Cue cue, Label label) {
        for (int i = 0; i < count; i++) {
            add("s" + (scenario++), arm, cue, label);
        }
        return this;
    }

    Traces add(String scenarioId, Arm arm, Cue cue, Label label) {
        traces.add(new GradedTrace(scenarioId, "f1", "en", arm, cue, label, false, false, false, false));
        return this;
    }

    Traces add(GradedTrace trace) {
        traces.add(trace);
        return this;
    }

    List<GradedTrace> list() {
        return List.copyOf(traces);
    }

    TherapeuticIndex index() {
        return index(null, null, 2000, 7);
    }

    TherapeuticIndex index(Double c2, Double c3, int resamples, long seed) {
        return TherapeuticIndex.compute(
                new TherapeuticIndex.Inputs(1, "sha256:x", "sha256:y", c2, c3, resamples, seed), list());
    }
}
