package org.orgsim.cli.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orgsim.scenario.ScenarioException;

/**
 * The recorded mean series of a results directory ({@code timeseries.csv}): per variant and metric,
 * one point per recorded week with the mean and its 95% interval (NaN where the run had too few
 * replications for an interval). Read once when the server starts.
 */
final class RecordedSeries {
    /** One recorded week of one metric. */
    record Point(int week, double mean, double low, double high) {
    }

    private final Map<String, Map<String, List<Point>>> byVariant;

    private RecordedSeries(Map<String, Map<String, List<Point>>> byVariant) {
        this.byVariant = byVariant;
    }

    static RecordedSeries read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new ScenarioException(file + ": cannot be read: " + failure.getMessage(), failure);
        }
        if (lines.isEmpty() || !lines.get(0).startsWith("variant,week,metric,mean,ci_low,ci_high")) {
            throw new ScenarioException(file + ": not a timeseries.csv (expected the header variant,week,metric,mean,ci_low,ci_high)");
        }
        Map<String, Map<String, List<Point>>> series = new LinkedHashMap<>();
        for (int index = 1; index < lines.size(); index++) {
            if (lines.get(index).isEmpty()) {
                continue;
            }
            List<String> cells = cells(lines.get(index));
            if (cells.size() != 6) {
                throw new ScenarioException(file + ":" + (index + 1) + ": expected 6 fields, found " + cells.size());
            }
            try {
                Point point = new Point(Integer.parseInt(cells.get(1)), number(cells.get(3)), number(cells.get(4)),
                        number(cells.get(5)));
                series.computeIfAbsent(cells.get(0), variant -> new LinkedHashMap<>())
                        .computeIfAbsent(cells.get(2), metric -> new ArrayList<>()).add(point);
            } catch (NumberFormatException failure) {
                throw new ScenarioException(file + ":" + (index + 1) + ": not a number: " + failure.getMessage(), failure);
            }
        }
        return new RecordedSeries(series);
    }

    /** Metric key → points of one variant, in week order; empty for a variant without rows. */
    Map<String, List<Point>> variant(String name) {
        return Collections.unmodifiableMap(byVariant.getOrDefault(name, Map.of()));
    }

    private static double number(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    /** The fields of one RFC 4180 line (no line breaks inside fields: timeseries.csv has none). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < line.length(); index++) {
            char c = line.charAt(index);
            if (quoted) {
                if (c == '"' && index + 1 < line.length() && line.charAt(index + 1) == '"') {
                    cell.append('"');
                    index++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
