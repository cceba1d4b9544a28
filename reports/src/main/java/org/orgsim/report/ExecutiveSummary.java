package org.orgsim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.orgsim.contract.Metric;
import org.orgsim.results.Estimate;
import org.orgsim.results.PairedComparison;
import org.orgsim.results.ResultsDirectory;
import org.orgsim.results.SegmentFigures;

/**
 * Chooses what the executive summary says about a variant, from the numbers of the main period
 * ({@link ImpactBasis}); {@link SummarySection} puts it into words.
 *
 * <p>Per variant: output (throughput, or throughput per head when the size differs by design)
 * always, whatever its verdict, because it is the first question a reader asks; then the human
 * metrics whose interval lies wholly on one side of zero, at most {@link #HUMAN_SHOWN}, in the
 * order of {@link #HUMAN} (outcomes people and HR act on before the states behind them: burnout
 * complaints, leavers and sick leave before stress); then the clearest efficiency metric other than
 * output (largest mean difference over the interval's half-width). Shares are given in percentage points, other metrics as a
 * percentage of the baseline's value (the interval scaled by the same baseline mean: the baseline's
 * own uncertainty is left out, which the impact table shows in full).
 *
 * <p>Two qualifiers, each only when the numbers leave no doubt:
 * <ul>
 * <li>"mostly in …": among the team-age, role or tenure segments ({@code segments.csv}), one whose
 * paired difference points the same way, has an interval excluding zero and is at least
 * {@link #DOMINANCE} times as large as every other segment of its kind;</li>
 * <li>"from month N": the weekly difference (variant mean minus baseline mean, averaged over the
 * last {@link #SMOOTHING} weeks) first reaches a quarter of its largest value after the first two months
 * of the period.</li>
 * </ul>
 */
final class ExecutiveSummary {
    /** Human metrics with a clear difference named per variant, at most. */
    static final int HUMAN_SHOWN = 3;
    /** How many times larger than every other segment of its kind a segment must be to be named. */
    static final double DOMINANCE = 2.0;
    /** Weeks in the moving average of the weekly difference. */
    static final int SMOOTHING = 5;
    /** The share of the largest smoothed weekly difference that marks the effect's start. */
    static final double ONSET_SHARE = 0.25;
    /** Human metrics the summary may name, in the order they are considered on ties. */
    static final List<Metric> HUMAN = List.of(Metric.BURNOUT_RATE, Metric.ATTRITION, Metric.SICK_LEAVE, Metric.ENGAGEMENT,
            Metric.STRESS, Metric.PSYCH_SAFETY, Metric.COHESION);
    /** Efficiency metrics (besides output) the summary may name. */
    static final List<Metric> EFFICIENCY = List.of(Metric.COST, Metric.CYCLE_TIME, Metric.DECISION_LATENCY);
    private static final List<String> SEGMENT_KINDS = List.of("team_age", "tenure", "role");

    /** A segment named in "mostly in …". */
    record SegmentName(String kind, String name) {
    }

    /**
     * One part of a sentence: a measure key (a metric or a per-head figure), its paired difference,
     * the multiplier for showing it (100 for shares; 100 / baseline mean for a relative change).
     */
    record Clause(String key, PairedComparison comparison, Verdict verdict, double scale, boolean share, boolean relative,
                  Optional<SegmentName> segment, OptionalInt fromMonth) {
        boolean clear() {
            return verdict == Verdict.BETTER || verdict == Verdict.WORSE || verdict == Verdict.BY_DESIGN;
        }
    }

    private final ResultsDirectory data;
    private final ImpactBasis basis;

    ExecutiveSummary(ResultsDirectory data, ImpactBasis basis) {
        this.data = data;
        this.basis = basis;
    }

    /** The clauses for {@code variant}, in the order they are said. */
    List<Clause> of(ResultsDirectory.Variant variant) {
        List<Clause> clauses = new ArrayList<>();
        boolean bySize = variant.sizeChangedByDesign().isPresent();
        String outputKey = bySize && basis.perHead().contains("throughput_per_head") ? "throughput_per_head"
                : Metric.THROUGHPUT.key();
        clause(variant, outputKey, Metric.Direction.HIGHER_IS_BETTER, false, null).ifPresent(clauses::add);
        List<Clause> human = new ArrayList<>();
        for (Metric metric : HUMAN) {
            clause(variant, metric.key(), metric.direction(), metric.isShare(), metric).filter(Clause::clear)
                    .filter(c -> c.verdict() != Verdict.BY_DESIGN).ifPresent(human::add);
        }
        clauses.addAll(human.subList(0, Math.min(HUMAN_SHOWN, human.size())));
        EFFICIENCY.stream().map(metric -> {
            String key = bySize && metric == Metric.COST && basis.perHead().contains("cost_per_head") ? "cost_per_head" : metric.key();
            return clause(variant, key, metric.direction(), metric.isShare(), metric);
        }).flatMap(Optional::stream).filter(c -> c.clear() && c.verdict() != Verdict.BY_DESIGN)
                .max(Comparator.comparingDouble(ExecutiveSummary::signalToNoise)).ifPresent(clauses::add);
        return clauses;
    }

    private Optional<Clause> clause(ResultsDirectory.Variant variant, String key, Metric.Direction direction, boolean share,
                                    Metric metric) {
        Optional<PairedComparison> found = basis.versus(variant, key);
        if (found.isEmpty() || Double.isNaN(found.get().meanDiff())) {
            return Optional.empty();
        }
        PairedComparison comparison = found.get();
        Verdict verdict = basis.byDesign(variant, key) && comparison.hasInterval() ? Verdict.BY_DESIGN
                : Verdict.of(comparison, direction);
        double base = basis.baseline(key).mean();
        boolean relative = !share && Double.isFinite(base) && Math.abs(base) > 1e-9;
        double scale = share ? 100 : relative ? 100 / base : 1;
        boolean clear = verdict == Verdict.BETTER || verdict == Verdict.WORSE;
        Optional<SegmentName> segment = clear && metric != null ? dominantSegment(variant, metric, comparison) : Optional.empty();
        OptionalInt month = clear && metric != null ? onsetMonth(variant, metric, comparison.meanDiff()) : OptionalInt.empty();
        return Optional.of(new Clause(key, comparison, verdict, scale, share, relative, segment, month));
    }

    private static double signalToNoise(Clause clause) {
        double halfWidth = clause.comparison().halfWidth();
        return halfWidth > 0 ? Math.abs(clause.comparison().meanDiff()) / halfWidth : Double.MAX_VALUE;
    }

    /** The segment that bears most of the difference, if one clearly does. */
    Optional<SegmentName> dominantSegment(ResultsDirectory.Variant variant, Metric metric, PairedComparison whole) {
        List<SegmentFigures.Segment> all = data.segments().of(variant.name());
        for (String kind : SEGMENT_KINDS) {
            List<SegmentFigures.Segment> shown = all.stream().filter(s -> s.kind().equals(kind) && !s.suppressed()
                    && s.versus().containsKey(metric) && !Double.isNaN(s.versus().get(metric).meanDiff())).toList();
            if (shown.size() < 2) {
                continue;
            }
            SegmentFigures.Segment largest = shown.stream()
                    .max(Comparator.comparingDouble(s -> Math.abs(s.versus().get(metric).meanDiff()))).orElseThrow();
            PairedComparison top = largest.versus().get(metric);
            boolean sameWay = Math.signum(top.meanDiff()) == Math.signum(whole.meanDiff());
            boolean excludesZero = top.hasInterval() && (top.ciLow() > 0 || top.ciHigh() < 0);
            boolean dominates = shown.stream().filter(s -> s != largest)
                    .allMatch(s -> Math.abs(top.meanDiff()) >= DOMINANCE * Math.abs(s.versus().get(metric).meanDiff()));
            if (sameWay && excludesZero && dominates) {
                return Optional.of(new SegmentName(kind, largest.name()));
            }
        }
        return Optional.empty();
    }

    /**
     * The month (1-based, of 52/12 weeks) in which the weekly difference first reaches
     * {@link #ONSET_SHARE} of its largest smoothed value in the direction of {@code meanDiff}; empty
     * when that is within the first two months of the period or the series are missing.
     */
    OptionalInt onsetMonth(ResultsDirectory.Variant variant, Metric metric, double meanDiff) {
        List<Estimate> mine = variant.weekly(metric);
        List<Estimate> base = data.baseline().weekly(metric);
        int first = basis.first();
        int last = Math.min(basis.last(), Math.min(mine.size(), base.size()) - 1);
        if (last - first < 2 * SMOOTHING) {
            return OptionalInt.empty();
        }
        double sign = Math.signum(meanDiff);
        double[] smoothed = new double[last + 1];
        double peak = 0;
        for (int week = first; week <= last; week++) {
            double sum = 0;
            int count = 0;
            // A trailing window, so that the start is never dated before the week the difference appears.
            for (int w = Math.max(first, week - SMOOTHING + 1); w <= week; w++) {
                double difference = mine.get(w).mean() - base.get(w).mean();
                if (Double.isFinite(difference)) {
                    sum += difference;
                    count++;
                }
            }
            smoothed[week] = count == 0 ? Double.NaN : sign * sum / count;
            if (count > 0) {
                peak = Math.max(peak, smoothed[week]);
            }
        }
        if (peak <= 0) {
            return OptionalInt.empty();
        }
        for (int week = first; week <= last; week++) {
            if (smoothed[week] >= ONSET_SHARE * peak) {
                int month = (int) Math.floor(week * 12.0 / 52.0) + 1;
                int firstMonth = (int) Math.floor(first * 12.0 / 52.0) + 1;
                return month >= firstMonth + 2 ? OptionalInt.of(month) : OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /** Decimal places for a summary figure: one significant digit of the interval's half-width, at most 2. */
    static int decimals(double halfWidth, double value) {
        double reference = Double.isFinite(halfWidth) && halfWidth > 0 ? halfWidth
                : Double.isFinite(value) && value != 0 ? Math.abs(value) / 10 : 1;
        return Math.max(0, Math.min(2, -(int) Math.floor(Math.log10(reference))));
    }
}
