package org.orgsim.results;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.model.SeriesLayout;

/**
 * The three CSV files of the output contract, and {@code sweep.csv} and {@code sensitivity.csv}. Row order is part of the contract (users diff these
 * files): variants in scenario order, then weeks or replications ascending, then metrics in
 * {@link Metric} order, or events in the order they were applied. The metrics are those the
 * scenario records ({@link SeriesLayout}: every metric but {@code bench_strength} without careers),
 * followed by its extra series ({@code competence_level_<name>}); a careers-only scenario has a row
 * per career review (weeks 0, R, 2R, ...), not per week.
 */
final class CsvTables {
    static final String[] TIMESERIES_HEADER = {"variant", "week", "metric", "mean", "ci_low", "ci_high"};
    static final String[] RUNS_HEADER = {"variant", "replication", "metric", "value"};
    static final String[] EVENTS_HEADER = {"variant", "replication", "week", "rule", "action", "target", "detail"};
    static final String[] SENSITIVITY_HEADER = {"variant", "parameter", "metric", "mu_star", "sigma"};

    private CsvTables() {
    }

    static void writeTimeseries(Results results, Path file) throws IOException {
        try (Writer text = Files.newBufferedWriter(file, StandardCharsets.UTF_8); Csv.Out out = Csv.writer(text)) {
            out.row(TIMESERIES_HEADER);
            List<SeriesLayout.Series> series = results.layout().series();
            int every = results.layout().recordEvery();
            for (VariantResults variant : results.variants()) {
                for (int week = 0; week <= results.weeks(); week += every) {
                    String weekText = Integer.toString(week);
                    for (SeriesLayout.Series one : series) {
                        Estimate estimate = variant.weekly(week, one.column());
                        out.row(variant.name(), weekText, one.key(), Numbers.format(estimate.mean()),
                                Numbers.format(estimate.ciLow()), Numbers.format(estimate.ciHigh()));
                    }
                }
            }
        }
    }

    static void writeRuns(Results results, Path file) throws IOException {
        try (Writer text = Files.newBufferedWriter(file, StandardCharsets.UTF_8); Csv.Out out = Csv.writer(text)) {
            out.row(RUNS_HEADER);
            List<SeriesLayout.Series> series = results.layout().series();
            for (VariantResults variant : results.variants()) {
                for (int replication = 0; replication < results.replications(); replication++) {
                    String replicationText = Integer.toString(replication);
                    for (SeriesLayout.Series one : series) {
                        out.row(variant.name(), replicationText, one.key(),
                                Numbers.format(variant.finalValue(replication, one.column())));
                    }
                }
            }
        }
    }

    static void writeEvents(Results results, Path file) throws IOException {
        try (Writer text = Files.newBufferedWriter(file, StandardCharsets.UTF_8); Csv.Out out = Csv.writer(text)) {
            out.row(EVENTS_HEADER);
            for (VariantResults variant : results.variants()) {
                for (int replication = 0; replication < results.replications(); replication++) {
                    List<InterventionEvent> events = variant.events(replication);
                    for (InterventionEvent event : events) {
                        out.row(variant.name(), Integer.toString(replication), Integer.toString(event.week()),
                                event.rule(), event.action(), event.target(), event.detail());
                    }
                }
            }
        }
    }

    /**
     * {@code point,<one column per swept parameter>,variant,metric,mean,ci_low,ci_high}: points in
     * design order, then variants in scenario order, then metrics in {@link Metric} order.
     */
    static void writeSweep(SweepResults sweep, Path file) throws IOException {
        try (Writer text = Files.newBufferedWriter(file, StandardCharsets.UTF_8); Csv.Out out = Csv.writer(text)) {
            List<String> header = new ArrayList<>();
            header.add("point");
            sweep.parameters().forEach(parameter -> header.add(parameter.key()));
            header.addAll(List.of("variant", "metric", "mean", "ci_low", "ci_high"));
            out.row(header.toArray(String[]::new));
            String[] row = new String[header.size()];
            int columns = sweep.parameters().size();
            for (int point = 0; point < sweep.points(); point++) {
                row[0] = Integer.toString(point);
                for (int parameter = 0; parameter < columns; parameter++) {
                    row[1 + parameter] = Numbers.format(sweep.value(point, parameter));
                }
                for (int variant = 0; variant < sweep.variants().size(); variant++) {
                    row[1 + columns] = sweep.variants().get(variant);
                    for (Metric metric : sweep.metrics()) {
                        Estimate estimate = sweep.estimate(point, variant, metric);
                        row[2 + columns] = metric.key();
                        row[3 + columns] = Numbers.format(estimate.mean());
                        row[4 + columns] = Numbers.format(estimate.ciLow());
                        row[5 + columns] = Numbers.format(estimate.ciHigh());
                        out.row(row);
                    }
                }
            }
        }
    }

    /** {@code variant,parameter,metric,mu_star,sigma} in the order of {@link SensitivityResults#effects()}. */
    static void writeSensitivity(SensitivityResults sensitivity, Path file) throws IOException {
        try (Writer text = Files.newBufferedWriter(file, StandardCharsets.UTF_8); Csv.Out out = Csv.writer(text)) {
            out.row(SENSITIVITY_HEADER);
            for (SensitivityResults.Effect effect : sensitivity.effects()) {
                out.row(effect.variant(), effect.parameter().key(), effect.metric().key(),
                        Numbers.format(effect.muStar()), Numbers.format(effect.sigma()));
            }
        }
    }
}
