package org.orgsim.report;

import java.util.List;
import java.util.Locale;
import org.orgsim.contract.Metric;
import org.orgsim.model.SeriesLayout;
import org.orgsim.results.Estimate;
import org.orgsim.results.PairedComparison;
import org.orgsim.results.Results;
import org.orgsim.results.VariantResults;

/**
 * The short table {@code orgsim run} prints: human impact above efficiency impact, the baseline's
 * final values, and for every other variant the paired difference with its 95% interval and a
 * verdict in words (an interval that crosses zero is "unclear", never "better"). Only the metrics
 * the scenario records are shown; a scenario with careers adds a careers section
 * ({@code bench_strength} and each level's competence).
 */
public final class TerminalSummary {
    private TerminalSummary() {
    }

    public static String render(Results results) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s: %d weeks, %d replications per variant, seed %d%n",
                results.scenarioName(), results.weeks(), results.replications(), results.seed()));
        text.append(String.format(Locale.ROOT,
                "Values at week %d (attrition: cumulative), mean over replications; other variants: paired difference vs '%s' [95%% CI]%n",
                results.weeks(), results.baselineName()));
        section(text, "Human impact", Metric.Group.HUMAN, results);
        section(text, "Efficiency impact", Metric.Group.EFFICIENCY, results);
        section(text, "Careers", Metric.Group.CAREERS, results);
        interventions(text, results);
        return text.toString();
    }

    /** How often each rule acted, per variant: total over all runs and the mean per run. */
    private static void interventions(StringBuilder text, Results results) {
        StringBuilder lines = new StringBuilder();
        for (VariantResults variant : results.variants()) {
            java.util.Map<String, Integer> byRule = new java.util.TreeMap<>();
            for (int replication = 0; replication < variant.replications(); replication++) {
                for (var event : variant.events(replication)) {
                    byRule.merge(event.rule(), 1, Integer::sum);
                }
            }
            byRule.forEach((rule, count) -> lines.append(String.format(Locale.ROOT, "  %-20s %-55s %6d  (%.2f per run)%n",
                    clip(variant.name(), 20), clip(rule, 55), count, (double) count / variant.replications())));
        }
        if (lines.length() > 0) {
            text.append(System.lineSeparator()).append("Interventions applied (variant, rule, times over all runs)")
                    .append(System.lineSeparator()).append(lines);
        }
    }

    /** The metrics of {@code group} the scenario records; the careers group also has the extra series. */
    private static void section(StringBuilder text, String title, Metric.Group group, Results results) {
        List<SeriesLayout.Series> rows = results.layout().series().stream()
                .filter(series -> series.metric() == null ? group == Metric.Group.CAREERS : series.metric().group() == group)
                .toList();
        if (rows.isEmpty()) {
            return;
        }
        // Wide enough for every key written (20 for the contract metrics; longer level names widen it).
        int width = Math.max(20, results.layout().series().stream().mapToInt(series -> series.key().length()).max().orElse(0));
        VariantResults baseline = results.baseline();
        List<VariantResults> others = results.variants().stream().filter(v -> !v.isBaseline()).toList();
        text.append(System.lineSeparator()).append(title).append(System.lineSeparator());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s %14s", "metric",
                clip(baseline.name(), 14)));
        for (VariantResults variant : others) {
            header.append(String.format(Locale.ROOT, "  %-38s", clip(variant.name(), 38)));
        }
        text.append(header.toString().stripTrailing()).append(System.lineSeparator());
        for (SeriesLayout.Series series : rows) {
            Estimate base = baseline.finalEstimate(series.column());
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s %14s", series.key(),
                    number(base.mean())));
            for (VariantResults variant : others) {
                row.append(String.format(Locale.ROOT, "  %-38s", variant.versusBaseline(series.column())
                        .map(comparison -> difference(comparison, series.direction())).orElse("")));
            }
            text.append(row.toString().stripTrailing()).append(System.lineSeparator());
        }
    }

    private static String difference(PairedComparison comparison, Metric.Direction direction) {
        if (Double.isNaN(comparison.meanDiff())) {
            return "-"; // undefined in some run (a career level left entirely vacant)
        }
        if (!comparison.hasInterval()) {
            return String.format(Locale.ROOT, "%+.4g", comparison.meanDiff());
        }
        String verdict;
        if (comparison.ciLow() <= 0 && comparison.ciHigh() >= 0) {
            verdict = comparison.meanDiff() == 0 && comparison.ciLow() == 0 && comparison.ciHigh() == 0 ? "same" : "unclear";
        } else {
            boolean higher = comparison.meanDiff() > 0;
            verdict = higher == (direction == Metric.Direction.HIGHER_IS_BETTER) ? "better" : "worse";
        }
        return String.format(Locale.ROOT, "%s [%s, %s] %s", signed(comparison.meanDiff()),
                signed(comparison.ciLow()), signed(comparison.ciHigh()), verdict);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4g", value);
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.3g", value);
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
