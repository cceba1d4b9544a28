package org.orgsim.results;

import java.util.List;
import java.util.Objects;
import org.orgsim.contract.Metric;
import org.orgsim.scenario.Parameter;

/**
 * What a parameter sweep produced: for every point of the design, every variant and every metric,
 * the mean of the final values over replications with its 95% interval ({@code sweep.csv}).
 * Immutable; the arrays it is built from are copied.
 */
public final class SweepResults {
    private final List<Parameter> parameters;
    private final List<Metric> metrics;
    private final List<String> variants;
    private final int replications;
    private final double[][] values;
    private final Estimate[][][] estimates;

    /**
     * @param parameters   the swept parameters, in the order of the scenario's sweep
     * @param variants     variant names in scenario order
     * @param replications replications per point and variant
     * @param values       parameter values [point][parameter index]
     * @param estimates    final-value estimates [point][variant index][metric ordinal]
     */
    public SweepResults(List<Parameter> parameters, List<String> variants, int replications, double[][] values,
                        Estimate[][][] estimates) {
        this(parameters, variants, replications, values, estimates, Metric.recordedWithoutCareers());
    }

    /**
     * @param metrics the metrics the scenario records (and {@code sweep.csv} holds), in {@link Metric} order
     */
    public SweepResults(List<Parameter> parameters, List<String> variants, int replications, double[][] values,
                        Estimate[][][] estimates, List<Metric> metrics) {
        this.parameters = List.copyOf(parameters);
        this.metrics = List.copyOf(metrics);
        this.variants = List.copyOf(variants);
        this.replications = replications;
        if (values.length != estimates.length) {
            throw new IllegalArgumentException(values.length + " points of values but " + estimates.length
                    + " of estimates");
        }
        this.values = new double[values.length][];
        this.estimates = new Estimate[estimates.length][][];
        for (int point = 0; point < values.length; point++) {
            if (values[point].length != this.parameters.size() || estimates[point].length != this.variants.size()) {
                throw new IllegalArgumentException("point " + point + " does not match the parameters and variants");
            }
            this.values[point] = values[point].clone();
            this.estimates[point] = new Estimate[this.variants.size()][];
            for (int variant = 0; variant < this.variants.size(); variant++) {
                if (estimates[point][variant].length != Metric.count()) {
                    throw new IllegalArgumentException("point " + point + ": expected " + Metric.count() + " metrics");
                }
                this.estimates[point][variant] = estimates[point][variant].clone();
                for (Estimate estimate : this.estimates[point][variant]) {
                    Objects.requireNonNull(estimate, "estimate");
                }
            }
        }
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** The metrics of {@code sweep.csv}: those the scenario records, in {@link Metric} order. */
    public List<Metric> metrics() {
        return metrics;
    }

    public List<String> variants() {
        return variants;
    }

    public int replications() {
        return replications;
    }

    public int points() {
        return values.length;
    }

    /** The value of the parameter at {@code parameterIndex} (in {@link #parameters()} order) at a point. */
    public double value(int point, int parameterIndex) {
        return values[point][parameterIndex];
    }

    /** Mean and 95% interval of the final values of {@code metric} for a variant (by index) at a point. */
    public Estimate estimate(int point, int variantIndex, Metric metric) {
        return estimates[point][variantIndex][metric.ordinal()];
    }
}
