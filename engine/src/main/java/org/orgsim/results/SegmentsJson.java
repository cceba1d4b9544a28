package org.orgsim.results;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.orgsim.contract.Metric;
import org.orgsim.contract.Segments;

/**
 * The {@code segments} entry of a variant in {@code summary.json} (issue 15):
 * {@code segments.<kind>.<segment>} with {@code people} (the week-0 size, mean over replications),
 * {@code metrics} (horizon-period mean and 95% interval per segment metric) and, for a variant
 * other than the baseline, {@code vsBaseline} (paired, in the organization's form: {@code meanDiff},
 * {@code ci95}, {@code probBetter}). A team age, role or tenure group under the small-group rule
 * is written as {@code {"suppressed": true}} and nothing else; a team under it is left out
 * altogether, so that, as everywhere outside {@code events.csv}, a small team is not even named. A
 * segment nobody belongs to (no new team in the organization, say) is left out.
 */
final class SegmentsJson {
    private SegmentsJson() {
    }

    /** Adds {@code segments} to a variant's node; nothing for a variant without segments. */
    static void addTo(ObjectNode variantNode, SegmentResults segments) {
        if (segments.entries().isEmpty()) {
            return;
        }
        ObjectNode root = variantNode.putObject("segments");
        for (SegmentResults.Entry entry : segments.entries()) {
            if (entry.empty() || entry.suppressed() && entry.segment().kind().equals("team")) {
                continue;
            }
            Segments.Segment segment = entry.segment();
            ObjectNode kind = root.has(segment.kind()) ? (ObjectNode) root.get(segment.kind()) : root.putObject(segment.kind());
            ObjectNode node = kind.putObject(segment.name());
            if (entry.suppressed()) {
                node.put("suppressed", true);
                continue;
            }
            node.set("people", Json.number(entry.people()));
            ObjectNode metrics = node.putObject("metrics");
            for (Metric metric : Segments.METRICS) {
                if (segment.measures(metric)) {
                    Estimate estimate = entry.period(metric);
                    ObjectNode one = metrics.putObject(metric.key());
                    one.set("mean", Json.number(estimate.mean()));
                    one.set("ci95", Json.interval(estimate.ciLow(), estimate.ciHigh()));
                }
            }
            if (entry.versus() != null) {
                ObjectNode versus = node.putObject("vsBaseline");
                for (Metric metric : Segments.METRICS) {
                    if (segment.measures(metric)) {
                        PairedComparison paired = entry.versusBaseline(metric).orElseThrow();
                        ObjectNode one = versus.putObject(metric.key());
                        one.set("meanDiff", Json.number(paired.meanDiff()));
                        one.set("ci95", Json.interval(paired.ciLow(), paired.ciHigh()));
                        one.set("probBetter", Json.number(paired.probBetter()));
                    }
                }
            }
        }
    }
}
