package org.vigil.analysis;

/** The Wilson score interval for a binomial proportion at 95% confidence. */
public final class Wilson {

    /** The standard normal quantile for a two-sided 95% interval. */
    public static final double Z = 1.959963984540054;

    private Wilson() {
    }

    /** Returns {low, high} for {@code successes} out of {@code trials}; {0, 1} when there are no trials. */
    public static double[] interval(int successes, int trials) {
        if (trials <= 0) {
            return new double[] {0, 1};
        }
        double p = (double) successes / trials;
        double z2 = Z * Z;
        double denominator = 1 + z2 / trials;
        double centre = (p + z2 / (2.0 * trials)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / denominator;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    public static double halfWidth(int successes, int trials) {
        double[] interval = interval(successes, trials);
        return (interval[1] - interval[0]) / 2;
    }
}
