package org.orgsim.results;

/**
 * A mean over replications with its 95% Student-t confidence interval.
 *
 * <p>With fewer than two values there is no spread to estimate, so the interval is undefined: its
 * bounds are NaN, which the writers print as an empty CSV field or JSON {@code null} rather than
 * pretending the mean is exact. With zero values the mean is NaN as well.
 *
 * @param mean   the sample mean
 * @param ciLow  lower bound of the 95% interval, or NaN
 * @param ciHigh upper bound of the 95% interval, or NaN
 * @param n      how many values the estimate rests on
 */
public record Estimate(double mean, double ciLow, double ciHigh, int n) {
    public Estimate {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
    }

    /** The estimate of {@code values}, added in array order (see {@link RunningMoments}). */
    public static Estimate of(double... values) {
        RunningMoments moments = new RunningMoments();
        for (double value : values) {
            moments.add(value);
        }
        return of(moments);
    }

    public static Estimate of(RunningMoments moments) {
        int n = moments.count();
        double mean = moments.mean();
        if (n < 2) {
            return new Estimate(mean, Double.NaN, Double.NaN, n);
        }
        double halfWidth = StudentT.criticalValue95(n - 1) * moments.standardDeviation() / Math.sqrt(n);
        return new Estimate(mean, mean - halfWidth, mean + halfWidth, n);
    }

    /** False when the interval is undefined (fewer than two values, or NaN among them). */
    public boolean hasInterval() {
        return !Double.isNaN(ciLow) && !Double.isNaN(ciHigh);
    }

    /** Half the width of the interval; NaN when it is undefined. */
    public double halfWidth() {
        return (ciHigh - ciLow) / 2;
    }
}
