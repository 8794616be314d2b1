package org.vigil.traces;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A percentile bootstrap over scenarios: each resample draws as many scenarios as the set
 * has, with replacement, and every trace of a drawn scenario, in both arms, comes with it.
 *
 * <p>Deterministic for a seed: the draws come from one {@link SplittableRandom} and the
 * scenarios are in the order of their ids.
 */
final class Bootstrap {

    private Bootstrap() {
    }

    /**
     * The statistics of the resamples in which both arms had gradeable traces.
     *
     * @param tis the TI-S of the resamples whose cost was not zero, sorted
     * @param zeroCost how many defined resamples had zero cost
     */
    record Distribution(double[] benefit, double[] strictDifference, double[] tis, int defined,
            int zeroCost) {

        double zeroCostShare() {
            return defined == 0 ? 0 : (double) zeroCost / defined;
        }
    }

    static Distribution run(ScenarioCounts counts, int resamples, long seed, double assessed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = counts.scenarios();
        double[] benefit = new double[resamples];
        double[] strict = new double[resamples];
        double[] tis = new double[resamples];
        int defined = 0;
        int zeroCost = 0;
        int costed = 0;
        long[] sums = new long[ScenarioCounts.WIDTH];
        for (int r = 0; r < resamples; r++) {
            Arrays.fill(sums, 0);
            for (int i = 0; i < n; i++) {
                int[] v = counts.vector(random.nextInt(n));
                for (int j = 0; j < sums.length; j++) {
                    sums[j] += v[j];
                }
            }
            Statistics s = Statistics.of(sums);
            if (!s.defined()) {
                continue;
            }
            benefit[defined] = s.benefit();
            strict[defined] = s.strictDifference();
            defined++;
            double cost = s.cost(assessed);
            if (cost == 0) {
                zeroCost++;
            } else {
                tis[costed++] = s.benefit() / cost;
            }
        }
        return new Distribution(sorted(benefit, defined), sorted(strict, defined), sorted(tis, costed),
                defined, zeroCost);
    }

    /**
     * Returns the p-th quantile (0 to 1) of sorted values by linear interpolation between
     * order statistics (Hyndman and Fan type 7), or null when there are none.
     */
    static Double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return null;
        }
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    private static double[] sorted(double[] values, int length) {
        double[] copy = Arrays.copyOf(values, length);
        Arrays.sort(copy);
        return copy;
    }
}
