package org.orgsim.report;

import org.orgsim.contract.Metric;
import org.orgsim.results.PairedComparison;

/**
 * What a paired difference says, in the metric's direction. Only an interval that lies wholly on
 * one side of zero is "better" or "worse"; one that includes zero is "inconclusive", never better.
 * The same rule as the terminal summary's.
 */
enum Verdict {
    BETTER("better", "\u2713"),
    WORSE("worse", "\u2717"),
    INCONCLUSIVE("inconclusive", "\u2248"),
    /** Identical in every replication: the variant does not touch this metric. */
    SAME("same", "="),
    /** No interval (one replication, or an undefined value). */
    UNKNOWN("unknown", "?"),
    /**
     * The variant changes the organization's size by design, so this measure differs by
     * construction: the difference is shown, but called neither better nor worse.
     */
    BY_DESIGN("byDesign", "\u2194");

    private final String key;
    private final String icon;

    Verdict(String key, String icon) {
        this.key = key;
        this.icon = icon;
    }

    /** The CSS class and the suffix of the message key {@code verdict.<key>}. */
    String key() {
        return key;
    }

    /** A text symbol shown next to the word, so that colour is never the only cue. */
    String icon() {
        return icon;
    }

    static Verdict of(PairedComparison comparison, Metric metric) {
        return of(comparison, metric.direction());
    }

    static Verdict of(PairedComparison comparison, Metric.Direction direction) {
        if (!comparison.hasInterval() || Double.isNaN(comparison.meanDiff())) {
            return UNKNOWN;
        }
        if (comparison.meanDiff() == 0 && comparison.ciLow() == 0 && comparison.ciHigh() == 0) {
            return SAME;
        }
        if (comparison.ciLow() <= 0 && comparison.ciHigh() >= 0) {
            return INCONCLUSIVE;
        }
        boolean higher = comparison.meanDiff() > 0;
        return higher == (direction == Metric.Direction.HIGHER_IS_BETTER) ? BETTER : WORSE;
    }
}
