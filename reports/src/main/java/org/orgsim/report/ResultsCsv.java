package org.orgsim.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.orgsim.contract.Metric;
import org.orgsim.results.Estimate;
import org.orgsim.scenario.ScenarioException;

/**
 * Reads the CSV files of a results directory: {@code timeseries.csv} (the weekly estimates) and
 * {@code events.csv} (the interventions applied). Problems name the file and line
 * ({@code DIR/timeseries.csv:12: week must be between 0 and 52, was 53}).
 */
final class ResultsCsv {
    private static final List<String> TIMESERIES_HEADER = List.of("variant", "week", "metric", "mean", "ci_low", "ci_high");
    private static final List<String> EVENTS_HEADER = List.of("variant", "replication", "week", "rule", "action", "target", "detail");

    private ResultsCsv() {
    }

    /**
     * Per variant and metric, the estimates for weeks 0..{@code weeks}; an undefined estimate where
     * the file has no row. Rows for metrics this version does not know are skipped.
     */
    static Map<String, Map<Metric, List<Estimate>>> timeseries(Path file, List<String> variants, int weeks) {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(file + ": not found; the report needs the weekly estimates");
        }
        List<CsvReader.Row> rows = parseCsv(file, TIMESERIES_HEADER);
        // [week][metric ordinal] per variant; null until a row fills it.
        Map<String, Estimate[][]> byVariant = new HashMap<>();
        for (String variant : variants) {
            byVariant.put(variant, new Estimate[weeks + 1][Metric.count()]);
        }
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            List<String> fields = fields(file, row, TIMESERIES_HEADER.size());
            Estimate[][] estimates = byVariant.get(fields.get(0));
            if (estimates == null) {
                throw new ScenarioException(file + ":" + row.line() + ": variant '" + fields.get(0)
                        + "' is not in summary.json");
            }
            int week = wholeNumber(file, row, "week", fields.get(1), 0, weeks);
            Optional<Metric> metric = Metric.byKey(fields.get(2));
            if (metric.isPresent()) {
                estimates[week][metric.get().ordinal()] = new Estimate(decimal(file, row, "mean", fields.get(3)),
                        decimal(file, row, "ci_low", fields.get(4)), decimal(file, row, "ci_high", fields.get(5)), 0);
            }
        }
        Map<String, Map<Metric, List<Estimate>>> series = new HashMap<>();
        byVariant.forEach((variant, estimates) -> series.put(variant, byMetric(estimates)));
        return series;
    }

    private static Map<Metric, List<Estimate>> byMetric(Estimate[][] weekly) {
        Map<Metric, List<Estimate>> series = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.all()) {
            List<Estimate> estimates = new ArrayList<>(weekly.length);
            for (Estimate[] week : weekly) {
                Estimate estimate = week[metric.ordinal()];
                estimates.add(estimate == null ? ResultsDirectory.UNDEFINED : estimate);
            }
            series.put(metric, estimates);
        }
        return series;
    }

    /** Every row of {@code events.csv}, in file order. */
    static List<ResultsDirectory.Event> events(Path file, List<String> variants, int weeks) {
        List<CsvReader.Row> rows = parseCsv(file, EVENTS_HEADER);
        List<ResultsDirectory.Event> events = new ArrayList<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            List<String> fields = fields(file, row, EVENTS_HEADER.size());
            if (!variants.contains(fields.get(0))) {
                throw new ScenarioException(file + ":" + row.line() + ": variant '" + fields.get(0)
                        + "' is not in summary.json");
            }
            events.add(new ResultsDirectory.Event(fields.get(0),
                    wholeNumber(file, row, "replication", fields.get(1), 0, Integer.MAX_VALUE),
                    wholeNumber(file, row, "week", fields.get(2), 0, weeks), fields.get(3), fields.get(4), fields.get(5),
                    fields.get(6)));
        }
        return events;
    }

    private static List<CsvReader.Row> parseCsv(Path file, List<String> header) {
        List<CsvReader.Row> rows;
        try {
            rows = CsvReader.parse(readUtf8(file));
        } catch (IllegalArgumentException malformed) {
            throw new ScenarioException(file + ":" + malformed.getMessage().replaceFirst("^line ", ""), malformed);
        }
        if (rows.isEmpty() || !rows.get(0).fields().equals(header)) {
            throw new ScenarioException(file + ":1: the header must be " + String.join(",", header)
                    + (rows.isEmpty() ? ", the file is empty" : ", was " + String.join(",", rows.get(0).fields())));
        }
        return rows;
    }

    /** Strict decoding, so a binary or mis-encoded file is reported rather than read as garbage. */
    private static String readUtf8(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException notText) {
            throw new ScenarioException(file + ": not a UTF-8 text file", notText);
        } catch (IOException unreadable) {
            throw new ScenarioException(file + ": cannot be read: " + unreadable, unreadable);
        }
    }

    private static List<String> fields(Path file, CsvReader.Row row, int expected) {
        if (row.fields().size() != expected) {
            throw new ScenarioException(file + ":" + row.line() + ": expected " + expected + " fields, found "
                    + row.fields().size());
        }
        return row.fields();
    }

    private static int wholeNumber(Path file, CsvReader.Row row, String column, String text, int minimum, int maximum) {
        try {
            int value = Integer.parseInt(text);
            if (value < minimum || value > maximum) {
                throw new ScenarioException(file + ":" + row.line() + ": " + column + " must be between " + minimum
                        + " and " + maximum + ", was " + value);
            }
            return value;
        } catch (NumberFormatException notNumber) {
            throw new ScenarioException(file + ":" + row.line() + ": " + column + " '" + text + "' is not a whole number",
                    notNumber);
        }
    }

    /** An empty field is an undefined value (NaN); anything else must be a finite number. */
    private static double decimal(Path file, CsvReader.Row row, String column, String text) {
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException("not finite");
            }
            return value;
        } catch (NumberFormatException notNumber) {
            throw new ScenarioException(file + ":" + row.line() + ": " + column + " '" + text + "' is not a number",
                    notNumber);
        }
    }
}
