package org.orgsim.results;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.contract.RunRecord;
import org.orgsim.model.SeriesLayout;
import org.orgsim.scenario.Period;

/**
 * The running state of one variant while its replications come in. Runs are folded in strictly in
 * replication order, because the weekly means are floating-point sums whose last bits depend on the
 * order of their terms; a run that arrives early waits until its predecessors have been folded in.
 * When runs arrive in order, as the experiment promises, nothing ever waits and memory stays at the
 * accumulators, the final values and the events.
 *
 * <p>The number of replications may grow while runs come in ({@link #extendTo}), which is how
 * {@code replications: auto} adds a batch after looking at the ones before it.
 */
final class VariantAccumulator {
    private final String variant;
    private final int weeks;
    /** Recorded rows (weeks 0, recordEvery, ..., weeks) and their width, from the scenario's layout. */
    private final int rows;
    private final int columns;
    private final int recordEvery;
    private int replications;
    private final RunningMoments[][] weekly;
    private final List<double[]> finals;
    private final List<List<InterventionEvent>> events;
    private final SortedMap<Integer, RunRecord> waiting = new TreeMap<>();
    /** The periods impacts are judged over, what is measured in them, and per replication [period][measure]. */
    private final List<Period> periods;
    private final PeriodMeasures measures;
    private final List<double[][]> periodValues;
    private int nextReplication;
    /** Issue 15: the segment figures, folded in the same order. */
    private final SegmentAccumulator segments;

    VariantAccumulator(String variant, int weeks, int replications) {
        this(variant, weeks, replications, SeriesLayout.standard());
    }

    VariantAccumulator(String variant, int weeks, int replications, SeriesLayout layout) {
        this(variant, weeks, replications, layout, List.of(Period.horizon(weeks)));
    }

    VariantAccumulator(String variant, int weeks, int replications, SeriesLayout layout, List<Period> periods) {
        this.variant = variant;
        this.periods = List.copyOf(periods);
        this.measures = PeriodMeasures.of(layout);
        this.periodValues = new ArrayList<>(replications);
        this.weeks = weeks;
        this.replications = replications;
        this.rows = layout.rows(weeks);
        this.columns = layout.columns();
        this.recordEvery = layout.recordEvery();
        this.weekly = new RunningMoments[rows][columns];
        for (RunningMoments[] week : weekly) {
            for (int metric = 0; metric < week.length; metric++) {
                week[metric] = new RunningMoments();
            }
        }
        this.finals = new ArrayList<>(replications);
        this.events = new ArrayList<>(replications);
        this.segments = new SegmentAccumulator(rows);
    }

    /** Expects replications up to {@code count} - 1 from now on; never fewer than before. */
    void extendTo(int count) {
        if (count < replications) {
            throw new IllegalArgumentException("variant '" + variant + "': cannot shrink from " + replications
                    + " to " + count + " replications");
        }
        replications = count;
    }

    /** How many replications have been folded in so far (0..n-1, without gaps). */
    int folded() {
        return nextReplication;
    }

    /** The final value of {@code metric} in every replication folded in so far; a fresh array. */
    double[] finalColumn(Metric metric) {
        double[] column = new double[nextReplication];
        for (int replication = 0; replication < nextReplication; replication++) {
            column[replication] = finals.get(replication)[metric.ordinal()];
        }
        return column;
    }

    void accept(RunRecord run) {
        checkShape(run);
        int replication = run.replication();
        if (replication < nextReplication || waiting.containsKey(replication)) {
            throw new IllegalStateException("variant '" + variant + "': replication " + replication
                    + " was delivered twice");
        }
        if (replication != nextReplication) {
            // The caller keeps the record and could reuse its arrays, so a waiting run is copied.
            waiting.put(replication, copyOf(run));
            return;
        }
        fold(run);
        while (!waiting.isEmpty() && waiting.firstKey() == nextReplication) {
            fold(waiting.remove(waiting.firstKey()));
        }
    }

    boolean isComplete() {
        return nextReplication == replications;
    }

    /** The lowest replication not yet folded in; meaningful only when incomplete. */
    int firstMissingReplication() {
        return nextReplication;
    }

    /** A fresh estimate grid, [recorded row][column]. */
    Estimate[][] weeklyEstimates() {
        Estimate[][] estimates = new Estimate[rows][columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                estimates[row][column] = Estimate.of(weekly[row][column]);
            }
        }
        return estimates;
    }

    /** A fresh copy of the final values, [replication][metric ordinal]. */
    double[][] finalValues() {
        double[][] copy = new double[finals.size()][];
        for (int replication = 0; replication < copy.length; replication++) {
            copy[replication] = finals.get(replication).clone();
        }
        return copy;
    }

    /** A fresh copy of the period values, [replication][period][measure]. */
    double[][][] periodValues() {
        double[][][] copy = new double[periodValues.size()][][];
        for (int replication = 0; replication < copy.length; replication++) {
            double[][] one = periodValues.get(replication);
            copy[replication] = new double[one.length][];
            for (int period = 0; period < one.length; period++) {
                copy[replication][period] = one[period].clone();
            }
        }
        return copy;
    }

    /** The segment accumulator, for {@link ResultsBuilder#build}. */
    SegmentAccumulator segments() {
        return segments;
    }

    List<List<InterventionEvent>> events() {
        return List.copyOf(events);
    }

    private void fold(RunRecord run) {
        double[][] values = run.weekly();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                weekly[row][column].add(values[row][column]);
            }
        }
        finals.add(values[rows - 1].clone());
        // Computed per replication from this run's own rows, so that periods can be compared pair by pair.
        double[][] byPeriod = new double[periods.size()][];
        for (int period = 0; period < byPeriod.length; period++) {
            byPeriod[period] = measures.values(values, recordEvery, periods.get(period));
        }
        periodValues.add(byPeriod);
        events.add(run.events());
        segments.fold(run.segments());
        nextReplication++;
    }

    private void checkShape(RunRecord run) {
        if (run.replication() < 0 || run.replication() >= replications) {
            throw new IllegalArgumentException("variant '" + variant + "': replication " + run.replication()
                    + " is outside 0.." + (replications - 1));
        }
        double[][] values = run.weekly();
        if (values == null || values.length != rows || run.recordEvery() != recordEvery) {
            throw new IllegalArgumentException("variant '" + variant + "', replication " + run.replication()
                    + ": expected weeks 0.." + weeks + (recordEvery == 1 ? "" : " every " + recordEvery + " weeks")
                    + ", got " + (values == null ? 0 : values.length) + " rows every " + run.recordEvery() + " weeks");
        }
        for (int row = 0; row < rows; row++) {
            if (values[row] == null || values[row].length != columns) {
                throw new IllegalArgumentException("variant '" + variant + "', replication " + run.replication()
                        + ", week " + row * recordEvery + ": expected " + columns + " metric values");
            }
        }
    }

    private static RunRecord copyOf(RunRecord run) {
        double[][] values = new double[run.weekly().length][];
        for (int week = 0; week < values.length; week++) {
            values[week] = run.weekly()[week].clone();
        }
        return new RunRecord(run.variant(), run.replication(), values, run.events(), run.recordEvery(), run.segments());
    }
}
