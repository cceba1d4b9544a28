package org.orgsim.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.contract.RunRecord;
import org.orgsim.model.SeriesLayout;
import org.orgsim.scenario.Precision;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.Variant;

/**
 * Collects the runs of one experiment and turns them into {@link Results}.
 *
 * <p>Each run is folded into its variant's accumulators as it arrives and then dropped, so memory
 * does not grow with the weekly history of every run. Replications of one variant are folded in
 * replication order even if they arrive out of order (an early one waits, copied, until its turn),
 * which keeps the output byte-identical whatever the number of threads; arriving in order, as the
 * experiment promises, avoids the waiting copies. {@link #accept} and {@link #build} may be called
 * from several threads.
 *
 * <p>For {@code replications: auto} the builder starts with the scenario's first batch, is
 * {@link #assess assessed} once that batch is in, and {@link #extendTo extended} by another batch
 * as long as the target is not met.
 */
public final class ResultsBuilder {
    private final Scenario scenario;
    private final SeriesLayout layout;
    private final Map<String, VariantAccumulator> accumulators = new LinkedHashMap<>();
    private int replications;

    public ResultsBuilder(Scenario scenario) {
        this.scenario = scenario;
        if (scenario.weeks() < 0) {
            throw new IllegalArgumentException("weeks must not be negative, was " + scenario.weeks());
        }
        if (scenario.replications() < 1) {
            throw new IllegalArgumentException("replications must be at least 1, was " + scenario.replications());
        }
        this.replications = scenario.replications();
        this.layout = SeriesLayout.of(scenario);
        if (scenario.weeks() % layout.recordEvery() != 0) {
            throw new IllegalArgumentException("weeks (" + scenario.weeks() + ") must be a multiple of the "
                    + "recording interval (" + layout.recordEvery() + ")");
        }
        for (Variant variant : scenario.variants()) {
            VariantAccumulator accumulator =
                    new VariantAccumulator(variant.name(), scenario.weeks(), scenario.replications(), layout,
                            scenario.periods());
            if (accumulators.put(variant.name(), accumulator) != null) {
                throw new IllegalArgumentException("variant name '" + variant.name() + "' is used twice");
            }
        }
        if (!accumulators.containsKey(scenario.baseline())) {
            throw new IllegalArgumentException("baseline '" + scenario.baseline() + "' is not one of the variants "
                    + accumulators.keySet());
        }
    }

    /**
     * Folds in one finished run.
     *
     * @throws IllegalArgumentException if the variant is unknown or the run has the wrong shape
     * @throws IllegalStateException    if this replication of this variant was delivered before
     */
    public synchronized void accept(RunRecord run) {
        VariantAccumulator accumulator = accumulators.get(run.variant());
        if (accumulator == null) {
            throw new IllegalArgumentException("run of unknown variant '" + run.variant() + "'; scenario '"
                    + scenario.name() + "' has " + accumulators.keySet());
        }
        accumulator.accept(run);
    }

    /** The number of replications per variant expected before {@link #build} can succeed. */
    public synchronized int replications() {
        return replications;
    }

    /** Expects replications up to {@code count} - 1 of every variant from now on (one more batch). */
    public synchronized void extendTo(int count) {
        if (count < replications) {
            throw new IllegalArgumentException("cannot shrink from " + replications + " to " + count + " replications");
        }
        for (VariantAccumulator accumulator : accumulators.values()) {
            accumulator.extendTo(count);
        }
        replications = count;
    }

    /**
     * How the replications folded in so far measure up to {@code target}: for every variant other
     * than the baseline (in scenario order) and every target metric (in {@link Metric} order), the
     * half-width of the paired difference's 95% interval against
     * {@link Precision#allowedHalfWidth} of the baseline mean; with a single variant, the half-width
     * of each metric's own mean. A half-width that is undefined (NaN values) is never met.
     *
     * @throws IllegalStateException unless every variant has the same number (at least 2) of
     *                               replications folded in
     */
    public synchronized PrecisionOutcome assess(Precision target) {
        VariantAccumulator baseline = accumulators.get(scenario.baseline());
        int folded = baseline.folded();
        for (Map.Entry<String, VariantAccumulator> entry : accumulators.entrySet()) {
            if (entry.getValue().folded() != folded || folded < 2) {
                throw new IllegalStateException("variant '" + entry.getKey() + "' has " + entry.getValue().folded()
                        + " replications folded in, baseline " + folded + "; need equal counts of at least 2");
            }
        }
        boolean met = true;
        PrecisionOutcome.Worst worst = null;
        boolean alone = accumulators.size() == 1;
        for (Variant variant : scenario.variants()) {
            if (!alone && variant.name().equals(scenario.baseline())) {
                continue;
            }
            for (Metric metric : target.metrics()) {
                double[] baselineValues = baseline.finalColumn(metric);
                double baselineMean = Estimate.of(baselineValues).mean();
                double halfWidth = alone ? Estimate.of(baselineValues).halfWidth()
                        : PairedComparison.of(accumulators.get(variant.name()).finalColumn(metric), baselineValues,
                                metric).halfWidth();
                PrecisionOutcome.Worst held = new PrecisionOutcome.Worst(variant.name(), metric, halfWidth,
                        target.allowedHalfWidth(baselineMean));
                met &= held.isMet();
                if (worst == null || held.ratio() > worst.ratio()) {
                    worst = held;
                }
            }
        }
        return new PrecisionOutcome(target, met, worst);
    }

    /**
     * The immutable results. May be called more than once; each call returns an independent copy.
     *
     * @throws IllegalStateException if a replication of some variant has not been delivered
     */
    public synchronized Results build() {
        for (Map.Entry<String, VariantAccumulator> entry : accumulators.entrySet()) {
            if (!entry.getValue().isComplete()) {
                throw new IllegalStateException("variant '" + entry.getKey() + "': replication "
                        + entry.getValue().firstMissingReplication() + " is missing");
            }
        }
        VariantAccumulator baselineAccumulator = accumulators.get(scenario.baseline());
        double[][] baselineFinals = baselineAccumulator.finalValues();
        double[][][] baselinePeriods = baselineAccumulator.periodValues();
        Estimate[][] baselineWeekly = baselineAccumulator.weeklyEstimates();
        PeriodMeasures measures = PeriodMeasures.of(layout);
        List<VariantResults> variants = new ArrayList<>();
        for (Variant variant : scenario.variants()) {
            VariantAccumulator accumulator = accumulators.get(variant.name());
            double[][] finals = accumulator.finalValues();
            boolean isBaseline = variant.name().equals(scenario.baseline());
            PairedComparison[] comparisons = isBaseline ? null : compare(finals, baselineFinals);
            Estimate[][] weekly = accumulator.weeklyEstimates();
            List<List<InterventionEvent>> events = accumulator.events();
            PeriodResults periods = new PeriodResults(scenario.periods(), measures, accumulator.periodValues(),
                    isBaseline ? null : baselinePeriods,
                    isBaseline ? null : SizeByDesign.reason(weekly, baselineWeekly, layout, events));
            SegmentAccumulator baselineSegments = isBaseline ? null : accumulators.get(scenario.baseline()).segments();
            variants.add(new VariantResults(variant.name(), variant.description(), weekly, finals, comparisons, events,
                    layout.recordEvery(), periods, accumulator.segments().results(baselineSegments)));
        }
        return new Results(scenario.name(), scenario.description(), scenario.weeks(), replications,
                scenario.seed(), scenario.baseline(), variants, scenario.sourceText(), null, layout,
                scenario.periods());
    }

    private PairedComparison[] compare(double[][] finals, double[][] baselineFinals) {
        PairedComparison[] comparisons = new PairedComparison[layout.columns()];
        for (int column = 0; column < comparisons.length; column++) {
            comparisons[column] = PairedComparison.of(column(finals, column), column(baselineFinals, column),
                    layout.direction(column));
        }
        return comparisons;
    }

    static double[] column(double[][] finals, Metric metric) {
        return column(finals, metric.ordinal());
    }

    static double[] column(double[][] finals, int index) {
        double[] column = new double[finals.length];
        for (int replication = 0; replication < finals.length; replication++) {
            column[replication] = finals[replication][index];
        }
        return column;
    }
}
