package org.orgsim.results;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Critical values of Student's t distribution for two-sided 95% confidence intervals.
 *
 * <p>Every week × metric × variant estimate asks for one, always with the same few degrees of
 * freedom (replications − 1), and inverting the distribution needs a numerical root search, so the
 * values are cached. The cache is safe to share between threads.
 */
public final class StudentT {
    /** The confidence level of every interval in the output files. */
    public static final double CONFIDENCE = 0.95;

    private static final double UPPER_TAIL = (1 - CONFIDENCE) / 2;
    private static final Map<Integer, Double> CRITICAL_VALUES = new ConcurrentHashMap<>();

    private StudentT() {
    }

    /**
     * The t value with {@code 2.5%} of the distribution above it, e.g. 2.776445 for 4 degrees of
     * freedom; a 95% interval is the mean ± this value × standard error.
     *
     * @param degreesOfFreedom at least 1 (the sample size minus one)
     */
    public static double criticalValue95(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1, was " + degreesOfFreedom);
        }
        return CRITICAL_VALUES.computeIfAbsent(degreesOfFreedom,
                freedom -> TDistribution.of(freedom).inverseSurvivalProbability(UPPER_TAIL));
    }
}
