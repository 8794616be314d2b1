package org.vigil.analysis;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** Gap-analysis thresholds under {@code vigil.analysis}. */
@ConfigMapping(prefix = "vigil.analysis")
public interface AnalysisConfig {

    /** Evaluations older than this on the as-of date are stale. */
    @WithDefault("P12M")
    Period maxEvaluationAge();

    /** Fewest scenarios an attack family needs. */
    @WithDefault("20")
    int minScenarios();

    /** Widest acceptable half-width of an attack family's Wilson 95% interval, as a share. */
    @WithDefault("0.20")
    double maxHalfWidth();

    /** Largest acceptable PARTIAL share of a trace set's treated arm, above which PARTIAL_DOMINANCE. */
    @WithDefault("0.25")
    double maxPartialShare();

    /** Largest acceptable evaluation-awareness share of a trace set, above which EVALUATION_AWARENESS. */
    @WithDefault("0.10")
    double maxEvaluationAwareness();
}
