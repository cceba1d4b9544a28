package org.orgsim.results;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the CSV files of a results folder back through the one codec ({@link Csv}), with the
 * headers {@link CsvTables} writes: {@code timeseries.csv} (the weekly estimates) and
 * {@code events.csv} (the interventions applied). Problems name the file and line
 * ({@code DIR/timeseries.csv:12: week must be between 0 and 52, was 53}).
 */
final class TableReader {
    private static final List<String> TIMESERIES_HEADER = Arrays.asList(CsvTables.TIMESERIES_HEADER);
    private static final List<String> EVENTS_HEADER = Arrays.asList(CsvTables.EVENTS_HEADER);

    private TableReader() {
    }

    /**
     * Per variant, every series by its key in file order, each with its recorded weeks in file order.
     *
     * @throws ResultsFileException if the file is missing or a row is bad, naming the line
     */
    static Map<String, Map<String, List<ResultsDirectory.Point>>> timeseries(Path file, List<String> variants, int weeks) {
        if (!Files.isRegularFile(file)) {
            throw new ResultsFileException(file, "not found; the weekly estimates are needed");
        }
        List<Csv.Row> rows = Csv.read(file, TIMESERIES_HEADER);
        Map<String, Map<String, List<ResultsDirectory.Point>>> byVariant = new HashMap<>();
        for (String variant : variants) {
            byVariant.put(variant, new LinkedHashMap<>());
        }
        for (Csv.Row row : rows.subList(1, rows.size())) {
            List<String> fields = Csv.fields(file, row, TIMESERIES_HEADER.size());
            Map<String, List<ResultsDirectory.Point>> series = byVariant.get(fields.get(0));
            if (series == null) {
                throw new ResultsFileException(file, row.line(), "variant '" + fields.get(0) + "' is not in summary.json");
            }
            int week = wholeNumber(file, row, "week", fields.get(1), 0, weeks);
            Estimate estimate = new Estimate(decimal(file, row, "mean", fields.get(3)),
                    decimal(file, row, "ci_low", fields.get(4)), decimal(file, row, "ci_high", fields.get(5)), 0);
            series.computeIfAbsent(fields.get(2), key -> new ArrayList<>()).add(new ResultsDirectory.Point(week, estimate));
        }
        return byVariant;
    }

    /** Every row of {@code events.csv}, in file order. */
    static List<ResultsDirectory.Event> events(Path file, List<String> variants, int weeks) {
        List<Csv.Row> rows = Csv.read(file, EVENTS_HEADER);
        List<ResultsDirectory.Event> events = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            List<String> fields = Csv.fields(file, row, EVENTS_HEADER.size());
            if (!variants.contains(fields.get(0))) {
                throw new ResultsFileException(file, row.line(), "variant '" + fields.get(0) + "' is not in summary.json");
            }
            events.add(new ResultsDirectory.Event(fields.get(0),
                    wholeNumber(file, row, "replication", fields.get(1), 0, Integer.MAX_VALUE),
                    wholeNumber(file, row, "week", fields.get(2), 0, weeks), fields.get(3), fields.get(4), fields.get(5),
                    fields.get(6)));
        }
        return events;
    }

    private static int wholeNumber(Path file, Csv.Row row, String column, String text, int minimum, int maximum) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException notNumber) {
            throw new ResultsFileException(file, row.line(), column + " '" + text + "' is not a whole number", notNumber);
        }
        if (value < minimum || value > maximum) {
            throw new ResultsFileException(file, row.line(), column + " must be between " + minimum + " and " + maximum
                    + ", was " + value);
        }
        return value;
    }

    /** An empty field is an undefined value (NaN); anything else must be a finite number. */
    private static double decimal(Path file, Csv.Row row, String column, String text) {
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
            throw new ResultsFileException(file, row.line(), column + " '" + text + "' is not a number", notNumber);
        }
    }
}
