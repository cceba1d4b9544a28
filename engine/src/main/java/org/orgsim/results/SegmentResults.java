package org.orgsim.results;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.orgsim.contract.Metric;
import org.orgsim.contract.Segments;

/**
 * One variant's segment figures over all replications (issue 15), immutable: per segment its
 * week-0 size, its horizon-period estimates and paired comparisons with the baseline, and weekly
 * estimates for {@code segments.csv}. A suppressed segment (fewer than
 * {@link Segments#SMALLEST_GROUP_WITH_FIGURES} people at week 0 in some run) must not be shown with
 * any figure; {@link Entry#suppressed()} says so and the writers honour it.
 */
public final class SegmentResults {
    /** A variant without segments: an organization of levels, or results made without them. */
    public static final SegmentResults NONE = new SegmentResults(List.of(), new Estimate[0][0]);

    /**
     * One segment.
     *
     * @param segment    kind and name
     * @param people     people at week 0, mean over replications
     * @param suppressed fewer than {@link Segments#SMALLEST_GROUP_WITH_FIGURES} people at week 0 in some run
     * @param period     per {@link Segments#METRICS}: the mean over replications of each run's
     *                   horizon-period mean (weeks 1..horizon), with its 95% interval
     * @param versus     per {@link Segments#METRICS}: the paired difference of those period means from
     *                   the baseline's; null for the baseline, or when either side has no figures
     */
    public record Entry(Segments.Segment segment, double people, boolean suppressed, Estimate[] period,
                        PairedComparison[] versus) {
        public Entry {
            Objects.requireNonNull(segment, "segment");
            period = period.clone();
            versus = versus == null ? null : versus.clone();
        }

        /** Nobody at week 0 in any run (a team age or tenure group the organization does not have): not written. */
        public boolean empty() {
            return people == 0;
        }

        /** The horizon-period estimate of a segment metric. */
        public Estimate period(Metric metric) {
            return period[index(metric)];
        }

        /** The paired comparison with the baseline over the horizon period, if there is one. */
        public Optional<PairedComparison> versusBaseline(Metric metric) {
            return versus == null ? Optional.empty() : Optional.of(versus[index(metric)]);
        }

        @Override
        public Estimate[] period() {
            return period.clone();
        }

        @Override
        public PairedComparison[] versus() {
            return versus == null ? null : versus.clone();
        }
    }

    private final List<Entry> entries;
    private final Estimate[][] weekly;

    /** Takes ownership of {@code weekly}, [week][segment × metrics + metric]. */
    SegmentResults(List<Entry> entries, Estimate[][] weekly) {
        this.entries = List.copyOf(entries);
        this.weekly = weekly;
    }

    /** Every segment, suppressed ones included, in output order (teams, team ages, roles, tenures). */
    public List<Entry> entries() {
        return entries;
    }

    /** The segments of one kind, in output order. */
    public List<Entry> ofKind(String kind) {
        return entries.stream().filter(entry -> entry.segment().kind().equals(kind)).toList();
    }

    /** The estimate of a segment metric in a week over replications; {@code segment} indexes {@link #entries()}. */
    public Estimate weekly(int week, int segment, Metric metric) {
        return weekly[week][segment * Segments.METRICS.size() + index(metric)];
    }

    private static int index(Metric metric) {
        int index = Segments.METRICS.indexOf(metric);
        if (index < 0) {
            throw new IllegalArgumentException("'" + metric.key() + "' is not a segment metric");
        }
        return index;
    }
}
