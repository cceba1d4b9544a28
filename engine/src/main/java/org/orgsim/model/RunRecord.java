package org.orgsim.model;

import java.util.List;

/**
 * What one replication of one variant produced.
 *
 * @param variant     variant name
 * @param replication replication index, from 0
 * @param weekly      metric values indexed [week][metric ordinal], weeks 0..horizon
 * @param events      interventions applied, in the order they were applied
 */
public record RunRecord(String variant, int replication, double[][] weekly, List<InterventionEvent> events) {
    public RunRecord {
        events = List.copyOf(events);
    }

    public int weeks() {
        return weekly.length - 1;
    }

    /** The value a run ends with: the final week for every metric (attrition is cumulative already). */
    public double finalValue(Metric metric) {
        return weekly[weekly.length - 1][metric.ordinal()];
    }
}
