package org.orgsim.results;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.model.SeriesLayout;

/**
 * Everything one variant produced over all replications. Immutable: the arrays it is built from
 * belong to it alone and are never handed out, only single values and copies.
 *
 * <p>Values are kept per column of the scenario's {@link SeriesLayout}: a metric's column is its
 * ordinal, an extra series (the competence of a career level) comes after the metrics. Rows are the
 * recorded weeks: every week, or every career review in a careers-only scenario.
 */
public final class VariantResults {
    private final String name;
    private final String description;
    private final Estimate[][] weekly;
    private final double[][] finals;
    private final Estimate[] finalEstimates;
    private final PairedComparison[] comparisons;
    private final List<List<InterventionEvent>> events;
    private final int recordEvery;
    private final PeriodResults periods;
    /** The segment figures; {@link SegmentResults#NONE} without them. */
    private final SegmentResults segments;

    /**
     * Takes ownership of the arrays; only {@link ResultsBuilder} creates variant results, and it
     * passes fresh ones. Rows are recorded every week.
     *
     * @param weekly      estimates [week][column], weeks 0..horizon
     * @param finals      final values [replication][column]
     * @param comparisons paired comparisons per column, or null for the baseline
     * @param events      events per replication, each list immutable
     */
    VariantResults(String name, String description, Estimate[][] weekly, double[][] finals,
                   PairedComparison[] comparisons, List<List<InterventionEvent>> events) {
        this(name, description, weekly, finals, comparisons, events, 1);
    }

    /**
     * @param weekly      estimates [row][column], row r being week r × {@code recordEvery}
     * @param recordEvery weeks between two rows
     */
    VariantResults(String name, String description, Estimate[][] weekly, double[][] finals,
                   PairedComparison[] comparisons, List<List<InterventionEvent>> events, int recordEvery) {
        this(name, description, weekly, finals, comparisons, events, recordEvery, null, SegmentResults.NONE);
    }

    /**
     * @param periods  the figures over the scenario's periods, or null for none
     * @param segments the figures of the week-0 cohorts ({@link SegmentResults#NONE} without them)
     */
    VariantResults(String name, String description, Estimate[][] weekly, double[][] finals,
                   PairedComparison[] comparisons, List<List<InterventionEvent>> events, int recordEvery,
                   PeriodResults periods, SegmentResults segments) {
        this.periods = periods;
        this.segments = java.util.Objects.requireNonNull(segments, "segments");
        this.name = Objects.requireNonNull(name, "name");
        this.description = description == null ? "" : description;
        this.weekly = weekly;
        this.finals = finals;
        this.comparisons = comparisons;
        this.events = List.copyOf(events);
        this.recordEvery = recordEvery;
        if (this.events.size() != finals.length) {
            throw new IllegalArgumentException("variant '" + name + "': " + finals.length
                    + " replications but events for " + this.events.size());
        }
        int columns = weekly.length == 0 ? Metric.count() : weekly[0].length;
        this.finalEstimates = new Estimate[columns];
        for (int column = 0; column < columns; column++) {
            // Same values in the same order as the last week's accumulator, so both agree bit for bit.
            finalEstimates[column] = Estimate.of(ResultsBuilder.column(finals, column));
        }
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** The horizon: weeks 0..weeks() have estimates (every {@link #recordEvery()} weeks). */
    public int weeks() {
        return (weekly.length - 1) * recordEvery;
    }

    /** Weeks between two recorded weeks: 1, or the review interval of a careers-only scenario. */
    public int recordEvery() {
        return recordEvery;
    }

    public int replications() {
        return finals.length;
    }

    public boolean isBaseline() {
        return comparisons == null;
    }

    /** Mean and 95% interval of {@code metric} in {@code week} (0 = initial state) over replications. */
    public Estimate weekly(int week, Metric metric) {
        return weekly(week, metric.ordinal());
    }

    /**
     * Mean and 95% interval of a column (a metric's ordinal, or an extra series of the layout) in a
     * recorded week.
     *
     * @throws IllegalArgumentException if {@code week} is not a recorded week
     */
    public Estimate weekly(int week, int column) {
        if (week % recordEvery != 0) {
            throw new IllegalArgumentException("week " + week + " is not recorded; rows are every " + recordEvery
                    + " weeks");
        }
        return weekly[week / recordEvery][column];
    }

    /** The value {@code metric} ended with in replication {@code replication}. */
    public double finalValue(int replication, Metric metric) {
        return finals[replication][metric.ordinal()];
    }

    /** The value a column ended with in replication {@code replication}. */
    public double finalValue(int replication, int column) {
        return finals[replication][column];
    }

    /** The final values of {@code metric}, index r being replication r; a fresh copy. */
    public double[] finalValues(Metric metric) {
        return ResultsBuilder.column(finals, metric);
    }

    /** The final values of a column, index r being replication r; a fresh copy. */
    public double[] finalValues(int column) {
        return ResultsBuilder.column(finals, column);
    }

    /** Mean and 95% interval of the final values; the {@code metrics} entry of {@code summary.json}. */
    public Estimate finalEstimate(Metric metric) {
        return finalEstimates[metric.ordinal()];
    }

    /** The same for a column. */
    public Estimate finalEstimate(int column) {
        return finalEstimates[column];
    }

    /** The paired comparison with the baseline; empty for the baseline itself. */
    public Optional<PairedComparison> versusBaseline(Metric metric) {
        return versusBaseline(metric.ordinal());
    }

    /** The paired comparison of a column with the baseline; empty for the baseline itself. */
    public Optional<PairedComparison> versusBaseline(int column) {
        return comparisons == null ? Optional.empty() : Optional.of(comparisons[column]);
    }

    /** The figures over the scenario's periods; empty for results made without them. */
    public Optional<PeriodResults> periods() {
        return Optional.ofNullable(periods);
    }

    /** The interventions applied in {@code replication}, in the order they were applied. */
    public List<InterventionEvent> events(int replication) {
        return events.get(replication);
    }

    /** The segment figures (issue 15); {@link SegmentResults#NONE} for a variant without teams. */
    public SegmentResults segments() {
        return segments;
    }

    @Override
    public String toString() {
        return "VariantResults[" + name + ", weeks=" + weeks() + ", replications=" + replications() + "]";
    }
}
