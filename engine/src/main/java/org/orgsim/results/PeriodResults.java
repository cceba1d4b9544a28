package org.orgsim.results;

import java.util.List;
import java.util.Optional;

import org.orgsim.scenario.Period;

/**
 * One variant's figures over the scenario's periods: per period and {@link PeriodMeasures measure}
 * the value of every replication, their mean with a 95% interval, and the paired difference from
 * the baseline (replication by replication, as for the final week). Immutable: the arrays are its
 * own and only single values leave it.
 */
public final class PeriodResults {
    private final List<Period> periods;
    private final PeriodMeasures measures;
    private final double[][][] values;
    private final Estimate[][] estimates;
    private final PairedComparison[][] comparisons;
    private final String sizeByDesign;

    /**
     * Takes ownership of the arrays.
     *
     * @param values         [replication][period][measure]
     * @param baselineValues the baseline's, or null for the baseline itself
     * @param sizeByDesign   why this variant's size differs from the baseline's by design, or null
     */
    PeriodResults(List<Period> periods, PeriodMeasures measures, double[][][] values, double[][][] baselineValues,
                  String sizeByDesign) {
        this.periods = List.copyOf(periods);
        this.measures = measures;
        this.values = values;
        this.sizeByDesign = sizeByDesign;
        this.estimates = new Estimate[periods.size()][measures.size()];
        this.comparisons = baselineValues == null ? null : new PairedComparison[periods.size()][measures.size()];
        for (int period = 0; period < periods.size(); period++) {
            for (int measure = 0; measure < measures.size(); measure++) {
                double[] column = column(values, period, measure);
                estimates[period][measure] = Estimate.of(column);
                if (comparisons != null) {
                    comparisons[period][measure] = PairedComparison.of(column, column(baselineValues, period, measure),
                            measures.measures().get(measure).direction());
                }
            }
        }
    }

    private static double[] column(double[][][] values, int period, int measure) {
        double[] column = new double[values.length];
        for (int replication = 0; replication < values.length; replication++) {
            column[replication] = values[replication][period][measure];
        }
        return column;
    }

    /** The periods, {@link Period#HORIZON} first. */
    public List<Period> periods() {
        return periods;
    }

    public PeriodMeasures measures() {
        return measures;
    }

    /** The value of a measure over a period in one replication. */
    public double value(int replication, int period, int measure) {
        return values[replication][period][measure];
    }

    /** Mean over replications with its 95% interval. */
    public Estimate estimate(int period, int measure) {
        return estimates[period][measure];
    }

    /** The paired difference from the baseline; empty for the baseline itself. */
    public Optional<PairedComparison> versusBaseline(int period, int measure) {
        return comparisons == null ? Optional.empty() : Optional.of(comparisons[period][measure]);
    }

    /**
     * Why this variant's size differs from the baseline's by design (its initial organization, or a
     * rule that hires, lays off or changes the management layers), or empty when it does not: then
     * measures that grow with size by construction get no better/worse verdict.
     */
    public Optional<String> sizeByDesign() {
        return Optional.ofNullable(sizeByDesign);
    }
}
