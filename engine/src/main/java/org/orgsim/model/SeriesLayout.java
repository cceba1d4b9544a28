package org.orgsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.orgsim.contract.Metric;
import org.orgsim.contract.RunRecord;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.Variant;

/**
 * The columns and rows of a scenario's recorded series: which contract metrics its output files
 * hold, which extra series it adds (the competence of each career level,
 * {@code competence_level_<name>}), and how many weeks lie between two recorded rows.
 *
 * <p>A run's rows ({@link RunRecord#weekly()}) are {@link #columns()} wide: one column per
 * {@link Metric} at its ordinal (a metric the scenario does not record stays 0 and is not written),
 * then the extra series in order. A scenario without careers records every week and every metric
 * but {@code bench_strength}, so its output is exactly as it was before careers existed. A
 * careers-only scenario (an organization of levels) records one row per career review: rows are
 * weeks 0, R, 2R, ... with R = {@code careers.reviewWeeks}.
 *
 * @param metrics     the metrics written, in {@link Metric} order
 * @param extras      the names of the extra series, in column order after the metrics
 * @param recordEvery weeks between two recorded rows (1: every week)
 */
public record SeriesLayout(List<Metric> metrics, List<String> extras, int recordEvery) {
    /** The layout of every scenario without careers. */
    private static final SeriesLayout STANDARD = new SeriesLayout(Metric.recordedWithoutCareers(), List.of(), 1);

    /** One written series: a contract metric or an extra series, its column and its better direction. */
    public record Series(String key, int column, Metric.Direction direction, Metric metric) {
        /** The contract metric, or null for an extra series. */
        public Metric metric() {
            return metric;
        }
    }

    public SeriesLayout {
        metrics = List.copyOf(metrics);
        extras = List.copyOf(extras);
        if (recordEvery < 1) {
            throw new IllegalArgumentException("recordEvery must be at least 1, was " + recordEvery);
        }
    }

    public static SeriesLayout standard() {
        return STANDARD;
    }

    /** The layout of a variant (the loader makes every variant of a scenario have the same). */
    public static SeriesLayout of(Variant variant) {
        if (!variant.hasCareers()) {
            return STANDARD;
        }
        List<String> extras = variant.organization().careerLevelNames().stream()
                .map(org.orgsim.scenario.CareersSpec::seriesName).toList();
        int every = variant.organization().isLevelsOnly() ? variant.careers().reviewWeeks() : 1;
        return new SeriesLayout(variant.metrics(), extras, every);
    }

    public static SeriesLayout of(Scenario scenario) {
        return of(scenario.variants().get(0));
    }

    /** Width of a recorded row: every metric, then the extras. */
    public int columns() {
        return Metric.count() + extras.size();
    }

    /** Recorded rows for a horizon of {@code weeks}: weeks 0, recordEvery, ..., weeks. */
    public int rows(int weeks) {
        return weeks / recordEvery + 1;
    }

    /** The column of an extra series. */
    public int extraColumn(int index) {
        return Metric.count() + Objects.checkIndex(index, extras.size());
    }

    /** Which way is better for a column: the metric's direction, higher for an extra series (competence). */
    public Metric.Direction direction(int column) {
        return column < Metric.count() ? Metric.all().get(column).direction() : Metric.Direction.HIGHER_IS_BETTER;
    }

    /** Every written series in output order: the metrics in {@link Metric} order, then the extras. */
    public List<Series> series() {
        List<Series> series = new ArrayList<>();
        for (Metric metric : metrics) {
            series.add(new Series(metric.key(), metric.ordinal(), metric.direction(), metric));
        }
        for (int index = 0; index < extras.size(); index++) {
            series.add(new Series(extras.get(index), extraColumn(index), Metric.Direction.HIGHER_IS_BETTER, null));
        }
        return series;
    }
}
