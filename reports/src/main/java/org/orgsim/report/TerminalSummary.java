package org.orgsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The short table {@code orgsim run} prints, laid out like the report's impact table: metrics in
 * rows (human impact above efficiency impact, careers last), the baseline's value, then a column
 * per other variant, over the scenario's main period (its {@code main} period, or else the
 * horizon, weeks 1..end) as period means. Rows are labelled in words with their unit
 * ("Burnout complaints (% staff)"); shares are shown in % and their differences in percentage
 * points; a difference is shown with its 95% half-width ({@code ±}) to one or two significant digits and
 * the same verdict words as the report ({@link Verdict}: better, worse, inconclusive, no
 * difference, differs by design). Fits 100 columns for three variants. The per-head figures follow
 * the efficiency metrics. Only the metrics the scenario records are shown; a scenario with careers
 * adds a careers section ({@code bench_strength} and each level's competence).
 */
public final class TerminalSummary {
    /** Width of the row labels, the baseline column and each variant's column. */
    static final int LABEL = 30;
    static final int BASE = 9;
    static final int CELL = 26;
    /** Short units for the terminal, where the report has room for the long ones. */
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("throughput", "items/wk"),
            Map.entry("cycle_time", "weeks"), Map.entry("backlog", "items"), Map.entry("decision_latency", "days"),
            Map.entry("coordination_share", "% hours"), Map.entry("rework_rate", "% items"), Map.entry("cost", "/week"),
            Map.entry("stress", "0-1"), Map.entry("burnout_rate", "% staff"), Map.entry("engagement", "0-1"),
            Map.entry("engaged_share", "% staff"), Map.entry("psych_safety", "0-1"), Map.entry("cohesion", "0-1"),
            Map.entry("attrition", "% left"), Map.entry("headcount", "people"), Map.entry("sick_leave", "% days"),
            Map.entry("bench_strength", "% of max"), Map.entry("throughput_per_head", "items/wk"),
            Map.entry("cost_per_head", "/week"));
    private static final Messages ENGLISH = new Messages(Language.ENGLISH);

    private TerminalSummary() {
    }

    public static String render(Results results) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s: %d weeks, %d replications per variant, seed %d%n",
                results.scenarioName(), results.weeks(), results.replications(), results.seed()));
        Period period = results.mainPeriod();
        text.append(String.format(Locale.ROOT,
                "Means over weeks %d-%d (%s), over replications; other variants: paired difference%nvs '%s' with its 95%% interval (+/-); shares in %%, their differences in pp%n",
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
            byRule.forEach((rule, count) -> lines.append(String.format(Locale.ROOT, "  %-20s %-48s %6d  (%.2f per run)%n",
                    clip(variant.name(), 20), clip(rule, 48), count, (double) count / variant.replications())));
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
        VariantResults baseline = results.baseline();
        List<VariantResults> others = results.variants().stream().filter(v -> !v.isBaseline()).toList();
        PeriodResults baseFigures = baseline.periods().orElseThrow();
        int period = baseFigures.periods().indexOf(results.mainPeriod());
        List<String[]> table = new ArrayList<>();
        for (String key : rows) {
            int measure = baseFigures.measures().indexOf(key);
            Metric.Direction direction = baseFigures.measures().measures().get(measure).direction();
            boolean share = Metric.byKey(key).map(Metric::isShare).orElse(false);
            double scale = share ? 100 : 1;
            String[] row = new String[2 + others.size()];
            row[0] = clip(label(key), LABEL);
            row[1] = value(baseFigures.estimate(period, measure).mean() * scale);
            for (int index = 0; index < others.size(); index++) {
                PeriodResults figures = others.get(index).periods().orElseThrow();
                boolean byDesign = figures.sizeByDesign().isPresent() && PeriodMeasures.SIZE_BY_CONSTRUCTION.contains(key);
                row[2 + index] = figures.versusBaseline(period, measure)
                        .map(comparison -> difference(comparison, direction, byDesign, scale, share)).orElse("");
            }
            table.add(row);
        }
        // As wide as the widest cell, so that columns stay aligned; usually CELL.
        int cell = Math.max(CELL, table.stream().flatMap(row -> java.util.Arrays.stream(row, 2, row.length))
                .mapToInt(String::length).max().orElse(0));
        text.append(System.lineSeparator()).append(title).append(System.lineSeparator());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-" + LABEL + "s %" + BASE + "s", "",
                clip(baseline.name(), BASE)));
        for (VariantResults variant : others) {
            header.append(String.format(Locale.ROOT, "  %-" + cell + "s", clip(variant.name(), cell)));
        }
        text.append(header.toString().stripTrailing()).append(System.lineSeparator());
        for (String[] row : table) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-" + LABEL + "s %" + BASE + "s", row[0], row[1]));
            for (int index = 2; index < row.length; index++) {
                line.append(String.format(Locale.ROOT, "  %-" + cell + "s", row[index]));
            }
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
    }

    /** "Burnout complaints (% staff)": the report's name with a short unit; a level's series keeps its key. */
    static String label(String key) {
        String name = Metric.byKey(key).map(metric -> MetricView.name(ENGLISH, metric))
                .orElseGet(() -> ENGLISH.has("measure." + key + ".name") ? ENGLISH.text("measure." + key + ".name") : key);
        String unit = UNITS.get(key);
        return unit == null ? name : name + " (" + unit + ")";
    }

    private static String difference(PairedComparison comparison, Metric.Direction direction, boolean byDesign, double scale,
                                     boolean share) {
        if (Double.isNaN(comparison.meanDiff())) {
            return "-"; // undefined in some run (a career level left entirely vacant)
        }
        Verdict verdict = byDesign && comparison.hasInterval() ? Verdict.BY_DESIGN : Verdict.of(comparison, direction);
        double mean = comparison.meanDiff() * scale;
        double halfWidth = comparison.halfWidth() * scale;
        String pp = share ? " pp" : "";
        if (!comparison.hasInterval()) {
            return signed(mean, Messages.decimalsFor(Double.NaN, mean)) + pp;
        }
        int decimals = decimals(halfWidth);
        return signed(mean, decimals) + pp + " ±" + String.format(Locale.ROOT, "%,." + decimals + "f", halfWidth) + " "
                + ENGLISH.text("verdict." + verdict.key());
    }

    /**
     * Decimals that show the half-width to one significant digit, or two when it starts with a 1 or
     * a 2 (where rounding to one digit would change it by up to a third); at most 4.
     */
    static int decimals(double halfWidth) {
        if (!(halfWidth > 0) || !Double.isFinite(halfWidth)) {
            return 0;
        }
        int magnitude = (int) Math.floor(Math.log10(halfWidth));
        double leading = halfWidth / Math.pow(10, magnitude);
        int significant = leading < 3 ? 2 : 1;
        return Math.max(0, Math.min(4, significant - 1 - magnitude));
    }

    /** A value for people: three significant digits, four from a thousand up, thousands grouped. */
    static String value(double value) {
        if (!Double.isFinite(value)) {
            return "-";
        }
        if (value == 0) {
            return "0";
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(value)));
        int significant = magnitude >= 3 ? 4 : 3;
        int decimals = Math.max(0, significant - 1 - magnitude);
        double rounded = new java.math.BigDecimal(value).round(new java.math.MathContext(significant)).doubleValue();
        return String.format(Locale.ROOT, "%,." + decimals + "f", rounded);
    }

    private static String signed(double value, int decimals) {
        String digits = String.format(Locale.ROOT, "%,." + decimals + "f", Math.abs(value));
        boolean zero = digits.chars().noneMatch(c -> c >= '1' && c <= '9');
        return (zero ? "" : value < 0 ? "-" : "+") + digits;
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
