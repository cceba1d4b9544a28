package org.orgsim.report;

import java.util.List;
import java.util.Locale;
import org.orgsim.model.Metric;
import org.orgsim.results.Estimate;
import org.orgsim.results.PairedComparison;
import org.orgsim.results.Results;
import org.orgsim.results.VariantResults;

/**
 * The short table {@code orgsim run} prints: human impact above efficiency impact, the baseline's
 * final values, and for every other variant the paired difference with its 95% interval and a
 * verdict in words (an interval that crosses zero is "unclear", never "better").
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

    private static void section(StringBuilder text, String title, Metric.Group group, Results results) {
        VariantResults baseline = results.baseline();
        List<VariantResults> others = results.variants().stream().filter(v -> !v.isBaseline()).toList();
        text.append(System.lineSeparator()).append(title).append(System.lineSeparator());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-20s %14s", "metric", clip(baseline.name(), 14)));
        for (VariantResults variant : others) {
            header.append(String.format(Locale.ROOT, "  %-38s", clip(variant.name(), 38)));
        }
        text.append(header.toString().stripTrailing()).append(System.lineSeparator());
        for (Metric metric : Metric.all()) {
            if (metric.group() != group) {
                continue;
            }
            Estimate base = baseline.finalEstimate(metric);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-20s %14s", metric.key(), number(base.mean())));
            for (VariantResults variant : others) {
                row.append(String.format(Locale.ROOT, "  %-38s", variant.versusBaseline(metric)
                        .map(comparison -> difference(comparison, metric)).orElse("")));
            }
            text.append(row.toString().stripTrailing()).append(System.lineSeparator());
        }
    }

    private static String difference(PairedComparison comparison, Metric metric) {
        if (!comparison.hasInterval()) {
            return String.format(Locale.ROOT, "%+.4g", comparison.meanDiff());
        }
        String verdict;
        if (comparison.ciLow() <= 0 && comparison.ciHigh() >= 0) {
            verdict = comparison.meanDiff() == 0 && comparison.ciLow() == 0 && comparison.ciHigh() == 0 ? "same" : "unclear";
        } else {
            verdict = metric.isImprovement(comparison.meanDiff()) ? "better" : "worse";
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
