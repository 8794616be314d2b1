package org.vigil.traces;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The Therapeutic Index's bootstrap under {@code vigil.tis}. */
@ConfigMapping(prefix = "vigil.tis")
public interface TisConfig {

    /** Resamples of scenarios drawn for every interval. */
    @WithDefault("2000")
    @Min(1)
    @Max(100_000)
    int resamples();

    /** Seed of the resampling, reported with every result so it can be repeated. */
    @WithDefault("7")
    long seed();
}
