package org.vigil.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.analysis.Wilson;

/** The Wilson 95% score interval that the sampling rule compares against the maximum half-width. */
class WilsonTest {

    private static final double Z = 1.959964;
    private static final double TOLERANCE = 1e-6;

    @ParameterizedTest(name = "{0}/{1} is [{2}, {3}]")
    @CsvSource({
        "0, 10, 0.0, 0.277533",
        "5, 10, 0.236593, 0.763407",
        "10, 10, 0.722467, 1.0",
        "10, 20, 0.299298, 0.700702",
        "2, 100, 0.005502, 0.070012"
    })
    void interval_knownCounts_matchesPublishedValues(int successes, int trials, double low, double high) {
        double[] interval = Wilson.interval(successes, trials);

        assertThat(interval[0]).isCloseTo(low, within(TOLERANCE));
        assertThat(interval[1]).isCloseTo(high, within(TOLERANCE));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"0, 10", "5, 10", "10, 10", "10, 20", "19, 20", "2, 100", "1, 1", "37, 250"})
    void interval_anyCounts_matchesTheScoreFormula(int successes, int trials) {
        double p = (double) successes / trials;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
        double half = Z / (1 + z2 / trials) * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials));

        double[] interval = Wilson.interval(successes, trials);

        assertThat(interval[0]).isCloseTo(centre - half, within(TOLERANCE));
        assertThat(interval[1]).isCloseTo(centre + half, within(TOLERANCE));
        assertThat(Wilson.halfWidth(successes, trials)).isCloseTo(half, within(TOLERANCE));
    }

    @Test
    void halfWidth_tenOfTwenty_isJustAboveTwentyPoints() {
        assertThat(Wilson.halfWidth(10, 20)).isGreaterThan(0.20).isLessThan(0.201);
    }

    @Test
    void interval_noTrials_isTheWholeRange() {
        assertThat(Wilson.interval(0, 0)).containsExactly(0.0, 1.0);
    }
}
