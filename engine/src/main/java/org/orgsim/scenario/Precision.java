package org.orgsim.scenario;

import java.util.List;
import org.orgsim.contract.Metric;

/**
 * The target of {@code replications: auto}: run replications in batches until every 95% interval
 * that matters is narrow enough, or until {@code maximum} replications.
 *
 * <p>What "narrow enough" means: for every variant other than the baseline and every metric in
 * {@link #metrics}, the 95% confidence interval of the <em>paired</em> difference versus the
 * baseline has a half-width of at most {@link #allowedHalfWidth(double)} of the baseline's mean.
 * A scenario with a single variant has no difference to estimate; there the interval of each
 * metric's own mean is held to the same bound.
 *
 * @param metrics           the metrics held to the target, in {@link Metric} order, at least one
 * @param relativeHalfWidth allowed half-width as a share of |baseline mean|, e.g. 0.02
 * @param absoluteHalfWidth a floor for the allowed half-width in the metric's own unit, for
 *                          metrics whose baseline mean is (close to) zero; 0 for none
 * @param batch             replications added per variant when the target is not met yet
 * @param minimum           replications of the first batch, at least 2 (an interval needs two)
 * @param maximum           replications at which the experiment stops whether or not the target is met
 */
public record Precision(List<Metric> metrics, double relativeHalfWidth, double absoluteHalfWidth, int batch,
                        int minimum, int maximum) {
    /** The headline metrics ({@link Metric#isHeadline}): held to the target unless {@code precision.metrics} says otherwise. */
    public static final List<Metric> HEADLINE_METRICS = Metric.headlines();
    public static final double DEFAULT_RELATIVE_HALF_WIDTH = 0.02;
    public static final double DEFAULT_ABSOLUTE_HALF_WIDTH = 0;
    public static final int DEFAULT_BATCH = 10;
    public static final int DEFAULT_MINIMUM = 10;
    public static final int DEFAULT_MAXIMUM = 200;

    public Precision {
        metrics = List.copyOf(metrics);
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("precision needs at least one metric");
        }
        if (!(relativeHalfWidth >= 0) || !(absoluteHalfWidth >= 0)) {
            throw new IllegalArgumentException("half-widths must not be negative");
        }
        if (batch < 1 || minimum < 2 || maximum < minimum) {
            throw new IllegalArgumentException("need batch >= 1 and 2 <= minimum <= maximum, got batch " + batch
                    + ", minimum " + minimum + ", maximum " + maximum);
        }
    }

    /** Every default: the headline metrics, 2% of the baseline mean, batches of 10, 10 to 200 replications. */
    public static Precision defaults() {
        return new Precision(HEADLINE_METRICS, DEFAULT_RELATIVE_HALF_WIDTH, DEFAULT_ABSOLUTE_HALF_WIDTH,
                DEFAULT_BATCH, DEFAULT_MINIMUM, DEFAULT_MAXIMUM);
    }

    /** The largest acceptable half-width for a metric whose baseline mean is {@code baselineMean}. */
    public double allowedHalfWidth(double baselineMean) {
        return Math.max(relativeHalfWidth * Math.abs(baselineMean), absoluteHalfWidth);
    }
}
