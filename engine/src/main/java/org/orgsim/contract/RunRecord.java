package org.orgsim.contract;

import java.util.List;

/**
 * What one replication of one variant produced.
 *
 * @param variant     variant name
 * @param replication replication index, from 0
 * @param weekly      recorded values indexed [row][column]: row r is week r × recordEvery (weeks
 *                    0..horizon), column a metric's ordinal or, after them, an extra series of the
 *                    scenario's series layout
 * @param events      interventions applied, in the order they were applied
 * @param recordEvery weeks between two rows: 1 for the weekly model, the review interval for a
 *                    careers-only run
 * @param segments    the run's segment figures (issue 15), or null for a run without teams
 *
 * <p>Serializable (as are its parts) because an executor on another machine sends it back to the
 * driver, and a resumable run journals it.
 */
public record RunRecord(String variant, int replication, double[][] weekly, List<InterventionEvent> events,
                        int recordEvery, SegmentRecord segments)
        implements java.io.Serializable {
    public RunRecord {
        events = List.copyOf(events);
        if (recordEvery < 1) {
            throw new IllegalArgumentException("recordEvery must be at least 1, was " + recordEvery);
        }
    }

    /** A run without segment figures. */
    public RunRecord(String variant, int replication, double[][] weekly, List<InterventionEvent> events,
                     int recordEvery) {
        this(variant, replication, weekly, events, recordEvery, null);
    }

    /** A run recorded every week. */
    public RunRecord(String variant, int replication, double[][] weekly, List<InterventionEvent> events) {
        this(variant, replication, weekly, events, 1);
    }

    /**
     * The run reduced to what a design point of a sweep or screening folds: its final row only, no
     * events and no segment figures (its {@link #weeks()} is then 0). An executor on another machine
     * ships this instead of every week, and a resume journal stores it.
     */
    public RunRecord finalsOnly() {
        return new RunRecord(variant, replication, new double[][] {weekly[weekly.length - 1]}, List.of(), recordEvery,
                null);
    }

    /** The horizon in weeks. */
    public int weeks() {
        return (weekly.length - 1) * recordEvery;
    }

    /** The value a run ends with: the final week for every metric (attrition is cumulative already). */
    public double finalValue(Metric metric) {
        return weekly[weekly.length - 1][metric.ordinal()];
    }

    /** The final value of any column, a metric's or an extra series'. */
    public double finalValue(int column) {
        return weekly[weekly.length - 1][column];
    }
}
