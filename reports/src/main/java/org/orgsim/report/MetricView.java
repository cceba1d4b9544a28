package org.orgsim.report;

import java.util.List;

import org.orgsim.contract.Metric;

/**
 * How the report shows a metric: shares (0–1 in the files) as percentages, so that a change reads
 * "+2.3 percentage points" rather than "+0.023"; everything else in its own unit.
 */
final class MetricView {
    /** The metrics with a time-series chart, in the order they appear. */
    static final List<Metric> HEADLINE = List.of(Metric.THROUGHPUT, Metric.CYCLE_TIME, Metric.DECISION_LATENCY,
            Metric.COORDINATION_SHARE, Metric.COST, Metric.STRESS, Metric.BURNOUT_RATE, Metric.ENGAGEMENT,
            Metric.PSYCH_SAFETY, Metric.COHESION, Metric.ATTRITION, Metric.SICK_LEAVE);

    private MetricView() {
    }

    /** True for the metrics whose files hold a share between 0 and 1 ({@link Metric#isShare}). */
    static boolean isShare(Metric metric) {
        return metric.isShare();
    }

    /** Multiplier from the file's value to the shown one (100 for shares). */
    static double scale(Metric metric) {
        return isShare(metric) ? 100 : 1;
    }

    /**
     * The metric's name in the report's language. A metric added to the engine before its texts are
     * added here shows its contract key rather than failing the whole run (MessagesTest still fails,
     * so the gap is noticed).
     */
    static String name(Messages messages, Metric metric) {
        String key = metric.nameKey();
        return messages.has(key) ? messages.text(key) : metric.key();
    }

    /** The unit of a value, e.g. "items/week" or "% of staff". */
    static String unit(Messages messages, Metric metric) {
        String key = metric.unitKey();
        return messages.has(key) ? messages.text(key) : metric.unit();
    }

    /** The unit of a difference: percentage points for shares, otherwise the metric's unit. */
    static String differenceUnit(Messages messages, Metric metric) {
        return isShare(metric) ? messages.text("unit.pp") : unit(messages, metric);
    }

    static String direction(Messages messages, Metric metric) {
        return messages.text(metric.direction() == Metric.Direction.HIGHER_IS_BETTER ? "impact.higherBetter"
                : "impact.lowerBetter");
    }

    static String mechanism(Messages messages, Metric metric) {
        String key = metric.mechanismKey();
        return messages.has(key) ? messages.text(key) : "";
    }

    /** The metrics of a report column group, in {@link Metric} order. */
    static List<Metric> group(Metric.Group group) {
        return Metric.all().stream().filter(metric -> metric.group() == group).toList();
    }

    /**
     * The lowest value a metric can take, as shown: 0 for every contract metric (counts, durations,
     * costs, shares and means of 0–1 scales; none can be negative).
     */
    static double lowest(Metric metric) {
        return 0;
    }

    /** The highest value a metric can take, as shown: 100 for shares (in %), 1 for means of 0–1 scales, else none. */
    static double highest(Metric metric) {
        if (isShare(metric)) {
            return 100;
        }
        return metric.unit().equals("mean 0-1") ? 1 : Double.POSITIVE_INFINITY;
    }
}
