package org.vigil.analysis;

import java.time.LocalDate;

/** The as-of date and the thresholds the rules compare against; one per analysis. */
public class SettingsFact {

    private final LocalDate asOf;
    private final LocalDate staleBefore;
    private final int minScenarios;
    private final double maxHalfWidth;

    public SettingsFact(LocalDate asOf, LocalDate staleBefore, int minScenarios, double maxHalfWidth) {
        this.asOf = asOf;
        this.staleBefore = staleBefore;
        this.minScenarios = minScenarios;
        this.maxHalfWidth = maxHalfWidth;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    /** Evaluations performed before this day are stale. */
    public LocalDate getStaleBefore() {
        return staleBefore;
    }

    public int getMinScenarios() {
        return minScenarios;
    }

    public double getMaxHalfWidth() {
        return maxHalfWidth;
    }
}
