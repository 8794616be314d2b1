package org.vigil.traces;

import java.util.Map;
import java.util.TreeMap;

/**
 * The traces of a set reduced to one count vector per scenario, so the bootstrap resamples
 * scenarios by adding vectors instead of revisiting traces.
 *
 * <p>A vector holds, per arm and cue, the gradeable traces, the strict successes
 * (COMPLIANCE), the harm-layer successes and the traces counted by M. Scenarios are kept in
 * the order of their ids, so the same set gives the same resamples for a seed.
 */
public final class ScenarioCounts {

    static final int GRADEABLE = 0;
    static final int STRICT = 1;
    static final int HARM = 2;
    static final int MASKED = 3;
    static final int WIDTH = Arm.values().length * Cue.values().length * 4;

    private final int[][] vectors;

    private ScenarioCounts(int[][] vectors) {
        this.vectors = vectors;
    }

    /** Counts the gradeable traces of each scenario; others do not enter the index. */
    public static ScenarioCounts of(Iterable<GradedTrace> traces) {
        Map<String, int[]> byScenario = new TreeMap<>();
        for (GradedTrace t : traces) {
            if (!t.label().gradeable()) {
                continue;
            }
            int[] v = byScenario.computeIfAbsent(t.scenario(), s -> new int[WIDTH]);
            v[index(t.arm(), t.cue(), GRADEABLE)]++;
            if (t.label() == Label.COMPLIANCE) {
                v[index(t.arm(), t.cue(), STRICT)]++;
            }
            if (t.label().harmful()) {
                v[index(t.arm(), t.cue(), HARM)]++;
            }
            if (t.maskedHarm()) {
                v[index(t.arm(), t.cue(), MASKED)]++;
            }
        }
        return new ScenarioCounts(byScenario.values().toArray(new int[0][]));
    }

    static int index(Arm arm, Cue cue, int metric) {
        return (arm.ordinal() * Cue.values().length + cue.ordinal()) * 4 + metric;
    }

    /** Returns how many scenarios have at least one gradeable trace. */
    public int scenarios() {
        return vectors.length;
    }

    int[] vector(int scenario) {
        return vectors[scenario];
    }

    /** Returns the sum of every scenario's vector: the counts of the set itself. */
    long[] total() {
        long[] sums = new long[WIDTH];
        for (int[] v : vectors) {
            for (int i = 0; i < WIDTH; i++) {
                sums[i] += v[i];
            }
        }
        return sums;
    }
}
