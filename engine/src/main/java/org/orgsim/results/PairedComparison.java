package org.orgsim.results;

import org.orgsim.contract.Metric;

/**
 * A variant versus the baseline on one metric, replication by replication.
 *
 * <p>Replication r of every variant runs on the same random streams (common random numbers), so
 * the difference within a replication removes most of the noise the two runs share; the interval
 * of the differences is therefore much narrower than the two separate intervals suggest.
 *
 * @param meanDiff   mean of (variant − baseline) over replications
 * @param ciLow      lower bound of the 95% Student-t interval of the differences, or NaN
 * @param ciHigh     upper bound of that interval, or NaN (fewer than two replications)
 * @param probBetter share of replications in which the variant did better by
 *                   {@link Metric#isImprovement}; a tie counts one half, so identical variants
 *                   score exactly 0.5
 */
public record PairedComparison(double meanDiff, double ciLow, double ciHigh, double probBetter) {

    /**
     * Compares the two sets of final values, index r of each being replication r.
     *
     * <p>If any difference is NaN (a metric undefined in some run), {@code probBetter} is NaN as
     * well: whether the variant did better in that replication is unknown, and leaving it out would
     * quietly change what the share is a share of.
     */
    public static PairedComparison of(double[] variantValues, double[] baselineValues, Metric metric) {
        return of(variantValues, baselineValues, metric.direction());
    }

    /** The same for a series whose better direction is {@code direction} (an extra series has no {@link Metric}). */
    public static PairedComparison of(double[] variantValues, double[] baselineValues, Metric.Direction direction) {
        if (variantValues.length != baselineValues.length) {
            throw new IllegalArgumentException("paired values need equal replications, got "
                    + variantValues.length + " and " + baselineValues.length);
        }
        RunningMoments differences = new RunningMoments();
        double score = 0;
        boolean unknown = false;
        for (int replication = 0; replication < variantValues.length; replication++) {
            double difference = variantValues[replication] - baselineValues[replication];
            differences.add(difference);
            if (Double.isNaN(difference)) {
                unknown = true;
            } else if (difference == 0) {
                score += 0.5;
            } else if (direction == Metric.Direction.HIGHER_IS_BETTER ? difference > 0 : difference < 0) {
                score += 1;
            }
        }
        Estimate estimate = Estimate.of(differences);
        int n = variantValues.length;
        double probBetter = unknown || n == 0 ? Double.NaN : score / n;
        return new PairedComparison(estimate.mean(), estimate.ciLow(), estimate.ciHigh(), probBetter);
    }

    /** Half the width of the interval; NaN when it is undefined. */
    public double halfWidth() {
        return (ciHigh - ciLow) / 2;
    }

    /** False when the interval is undefined (fewer than two replications). */
    public boolean hasInterval() {
        return !Double.isNaN(ciLow) && !Double.isNaN(ciHigh);
    }
}
