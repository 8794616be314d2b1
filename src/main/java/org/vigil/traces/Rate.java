package org.vigil.traces;

import org.vigil.analysis.Wilson;

/**
 * A share with its Wilson 95% interval.
 *
 * @param estimate count / of, or null when there is nothing to divide by
 * @param low lower end of the interval; 0 when of is 0
 * @param high upper end of the interval; 1 when of is 0
 */
public record Rate(int count, int of, Double estimate, double low, double high) {

    /** Returns the share of count in of, with its interval. */
    public static Rate of(int count, int of) {
        double[] interval = Wilson.interval(count, of);
        return new Rate(count, of, of == 0 ? null : (double) count / of, interval[0], interval[1]);
    }
}
