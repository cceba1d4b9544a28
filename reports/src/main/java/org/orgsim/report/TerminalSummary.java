package org.orgsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.orgsim.contract.Metric;
import org.orgsim.model.SeriesLayout;
import org.orgsim.results.Estimate;
import org.orgsim.results.PairedComparison;
import org.orgsim.results.PeriodMeasures;
import org.orgsim.results.PeriodResults;
import org.orgsim.results.Results;
import org.orgsim.results.VariantResults;
import org.orgsim.scenario.Period;

/**
 * The short table {@code orgsim run} prints: human impact above efficiency impact, over the
 * scenario's main period (its {@code main} period, or else the horizon, weeks 1..end) as period
 * means: the baseline's values, and for every other variant the paired difference with its 95%
 * interval and a verdict in words (an interval that crosses zero is "unclear", never "better"; a
 * size that differs by design gives headcount, throughput and cost "by design" instead). The
 * per-head figures follow the efficiency metrics. Only the metrics the scenario records are shown;
 * a scenario with careers adds a careers section ({@code bench_strength} and each level's
 * competence).
 */
public final class TerminalSummary {
    private TerminalSummary() {
    }

    public static String render(Results results) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s: %d weeks, %d replications per variant, seed %d%n",
                results.scenarioName(), results.weeks(), results.replications(), results.seed()));
        Period period = results.mainPeriod();
        text.append(String.format(Locale.ROOT,
                "Means over weeks %d-%d (%s; attrition: share who left), over replications; other variants: paired difference vs '%s' [95%% CI]%n",
                period.first(), period.last(), period.name().equals(Period.HORIZON) ? "the whole horizon"
                        : "period '" + period.name() + "'", results.baselineName()));
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
        List<String> rows = new ArrayList<>(results.layout().series().stream()
                .filter(series -> series.metric() == null ? group == Metric.Group.CAREERS : series.metric().group() == group)
                .map(SeriesLayout.Series::key).toList());
        if (group == Metric.Group.EFFICIENCY) {
            PeriodMeasures measures = PeriodMeasures.of(results.layout());
            ImpactBasis.PER_HEAD.stream().filter(key -> measures.indexOf(key) >= 0).forEach(rows::add);
        }
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
        PeriodResults baseFigures = baseline.periods().orElseThrow();
        int period = baseFigures.periods().indexOf(results.mainPeriod());
        for (String key : rows) {
            int measure = baseFigures.measures().indexOf(key);
            Metric.Direction direction = baseFigures.measures().measures().get(measure).direction();
            Estimate base = baseFigures.estimate(period, measure);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s %14s", key,
                    number(base.mean())));
            for (VariantResults variant : others) {
                PeriodResults figures = variant.periods().orElseThrow();
                boolean byDesign = figures.sizeByDesign().isPresent() && PeriodMeasures.SIZE_BY_CONSTRUCTION.contains(key);
                row.append(String.format(Locale.ROOT, "  %-38s", figures.versusBaseline(period, measure)
                        .map(comparison -> difference(comparison, direction, byDesign)).orElse("")));
            }
            text.append(row.toString().stripTrailing()).append(System.lineSeparator());
        }
    }

    private static String difference(PairedComparison comparison, Metric.Direction direction, boolean byDesign) {
        if (Double.isNaN(comparison.meanDiff())) {
            return "-"; // undefined in some run (a career level left entirely vacant)
        }
        if (!comparison.hasInterval()) {
            return String.format(Locale.ROOT, "%+.4g", comparison.meanDiff());
        }
        String verdict;
        if (byDesign) {
            verdict = "by design";
        } else if (comparison.ciLow() <= 0 && comparison.ciHigh() >= 0) {
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
