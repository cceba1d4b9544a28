package org.orgsim.contract;

import java.util.List;

/**
 * The segment figures of one run (issue 15): for every segment of {@link Segments} its size at
 * week 0 and, for every recorded week, the value of every segment metric.
 *
 * @param segments the run's segments: its week-0 teams in organization order, then every
 *                 {@code team_age}, {@code role} and {@code tenure} segment (also empty ones)
 * @param people   people of each segment at week 0, index as {@code segments}
 * @param weekly   [week][segment × {@link Segments#METRICS} size + metric index], weeks 0..horizon;
 *                 NaN where a metric is undefined (nobody of the segment left, or no team)
 */
public record SegmentRecord(List<Segments.Segment> segments, int[] people, double[][] weekly)
        implements java.io.Serializable {
    public SegmentRecord {
        segments = List.copyOf(segments);
        if (people.length != segments.size()) {
            throw new IllegalArgumentException(segments.size() + " segments but " + people.length + " sizes");
        }
    }

    /** The value of {@code metric} (an index into {@link Segments#METRICS}) for a segment in a week. */
    public double value(int week, int segment, int metric) {
        return weekly[week][segment * Segments.METRICS.size() + metric];
    }
}
