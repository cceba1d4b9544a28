package org.orgsim.report;

import java.util.List;
import java.util.Optional;

import org.orgsim.contract.Metric;
import org.orgsim.results.Estimate;
import org.orgsim.results.PairedComparison;
import org.orgsim.results.PeriodMeasures;
import org.orgsim.results.ResultsDirectory;

/**
 * What the impact table and the trade-off chart judge on: the scenario's {@code main} period, or
 * else the horizon (weeks 1..end), as period means ({@code summary.json} {@code periods}); only for
 * results written before periods existed, the final week. Also says when a difference is shown
 * without a verdict: a measure that grows with size by construction, in a variant whose size
 * differs by design.
 */
final class ImpactBasis {
    /** Per-head figures shown next to the totals, after the efficiency metrics. */
    static final List<String> PER_HEAD = List.of("throughput_per_head", "cost_per_head");

    private final ResultsDirectory data;
    private final Optional<String> period;

    ImpactBasis(ResultsDirectory data) {
        this.data = data;
        this.period = data.mainPeriod();
    }

    /** The paired difference of {@code key} (a metric or a per-head figure), if the results have it. */
    Optional<PairedComparison> versus(ResultsDirectory.Variant variant, String key) {
        if (period.isPresent()) {
            return variant.period(period.get()).flatMap(figures -> figures.versus(key));
        }
        return Metric.byKey(key).flatMap(variant::versus);
    }

    /** The baseline's value of {@code key} on this basis. */
    Estimate baseline(String key) {
        ResultsDirectory.Variant baseline = data.baseline();
        if (period.isPresent()) {
            return baseline.period(period.get()).map(figures -> figures.estimate(key)).orElse(ResultsDirectory.UNDEFINED);
        }
        return Metric.byKey(key).map(baseline::finalEstimate).orElse(ResultsDirectory.UNDEFINED);
    }

    /** The per-head figures these results have (none for a final-week basis or a careers-only scenario). */
    List<String> perHead() {
        return PER_HEAD.stream().filter(key -> period.isPresent() && data.baseline().period(period.get())
                .map(figures -> figures.metrics().containsKey(key)).orElse(false)).toList();
    }

    /** True when {@code key} differs by construction because the variant changes size by design. */
    boolean byDesign(ResultsDirectory.Variant variant, String key) {
        return variant.sizeChangedByDesign().isPresent() && PeriodMeasures.SIZE_BY_CONSTRUCTION.contains(key);
    }

    /** The first week of the basis (the final week for results without periods). */
    int first() {
        return period.flatMap(name -> data.baseline().period(name)).map(ResultsDirectory.PeriodFigures::first).orElse(data.weeks());
    }

    /** The last week of the basis. */
    int last() {
        return period.flatMap(name -> data.baseline().period(name)).map(ResultsDirectory.PeriodFigures::last).orElse(data.weeks());
    }

    /** "over weeks 1–78 (the whole horizon)", "over weeks 26–78 (period “main”)" or "in week 78". */
    String when(Messages messages) {
        if (period.isEmpty()) {
            return messages.text("when.week", messages.integer(data.weeks()));
        }
        ResultsDirectory.PeriodFigures figures = data.baseline().period(period.get()).orElseThrow();
        return figures.name().equals("horizon") ? messages.text("when.horizon", messages.integer(figures.last()))
                : messages.text("when.period", messages.integer(figures.first()), messages.integer(figures.last()),
                        figures.name());
    }
}
