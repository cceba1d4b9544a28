package org.orgsim.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.orgsim.contract.Metric;
import org.orgsim.results.Estimate;
import org.orgsim.results.PairedComparison;
import org.orgsim.scenario.ScenarioException;

/**
 * Reads the {@code summary.json} of a results folder back: the run's facts (checked when read) and,
 * per variant, the final-week estimates and the paired comparisons with the baseline.
 *
 * <p>Problems name the file and the JSON path of the bad value
 * ({@code DIR/summary.json: variants.b.metrics.cost.mean must be a number or null, was "x"}).
 */
final class SummaryReader {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final String scenarioName;
    private final int weeks;
    private final int replications;
    private final String baselineName;
    private final Long seed;
    private final JsonNode variants;
    private final String description;

    private SummaryReader(Path file, JsonNode root) {
        this.file = file;
        // Checked in this order so that a file with several problems always reports the same one first.
        scenarioName = requiredText(root, "scenario");
        weeks = requiredInt(root, "weeks", 0);
        replications = requiredInt(root, "replications", 1);
        baselineName = requiredText(root, "baseline");
        JsonNode seedNode = root.get("seed");
        seed = seedNode == null || seedNode.isNull() ? null : requiredLong(root, "seed");
        variants = root.get("variants");
        if (variants == null || !variants.isObject() || variants.isEmpty()) {
            throw new ResultsFileException(file, "variants must be an object with at least one variant");
        }
        if (!variants.has(baselineName)) {
            throw new ResultsFileException(file, "baseline '" + baselineName + "' is not one of the variants");
        }
        JsonNode descriptionNode = root.get("description");
        description = descriptionNode != null && descriptionNode.isTextual() ? descriptionNode.asText() : "";
    }

    /**
     * Reads and checks the run's facts; the variants' metrics are checked by {@link #variant}.
     *
     * @throws ResultsFileException if the file is missing, unreadable, not JSON or lacks a fact
     */
    static SummaryReader read(Path file) {
        return new SummaryReader(file, readJson(file));
    }

    String scenarioName() {
        return scenarioName;
    }

    int weeks() {
        return weeks;
    }

    int replications() {
        return replications;
    }

    String baselineName() {
        return baselineName;
    }

    /** The master seed; null if the summary does not record it. */
    Long seed() {
        return seed;
    }

    /** The scenario's description; empty if it has none. */
    String description() {
        return description;
    }

    /** The variant names in file order, which is the scenario's order. */
    List<String> variantNames() {
        List<String> names = new ArrayList<>();
        variants.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * The variant {@code name}, its numbers from this file, its description from the scenario and its
     * weekly path from {@code timeseries.csv}.
     */
    ResultsDirectory.Variant variant(String name, String variantDescription,
                                     Map<String, List<ResultsDirectory.Point>> series) {
        JsonNode node = variants.get(name);
        boolean baseline = name.equals(baselineName);
        String path = "variants." + name;
        if (!node.isObject()) {
            throw new ResultsFileException(file, path + " must be an object");
        }
        JsonNode metrics = node.get("metrics");
        if (metrics == null || !metrics.isObject()) {
            throw new ResultsFileException(file, path + ".metrics is missing or not an object");
        }
        Map<Metric, Estimate> finals = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.all()) {
            JsonNode entry = metrics.get(metric.key());
            if (entry != null) {
                String where = path + ".metrics." + metric.key();
                double[] interval = interval(entry, where);
                finals.put(metric, new Estimate(number(entry, "mean", where), interval[0], interval[1], replications));
            }
        }
        Map<Metric, PairedComparison> versus = new EnumMap<>(Metric.class);
        if (!baseline) {
            JsonNode comparisons = node.get("vsBaseline");
            if (comparisons == null || !comparisons.isObject()) {
                throw new ResultsFileException(file, path + ".vsBaseline is missing or not an object");
            }
            for (Metric metric : Metric.all()) {
                JsonNode entry = comparisons.get(metric.key());
                if (entry != null) {
                    String where = path + ".vsBaseline." + metric.key();
                    double[] interval = interval(entry, where);
                    double probBetter = entry.has("probBetter") ? number(entry, "probBetter", where) : Double.NaN;
                    versus.put(metric, new PairedComparison(number(entry, "meanDiff", where), interval[0],
                            interval[1], probBetter));
                }
            }
        }
        return new ResultsDirectory.Variant(name, variantDescription, baseline, finals, versus,
                ResultsDirectory.weekly(series, weeks), series, periods(node, path, baseline), sizeByDesign(node, path));
    }

    /** The reason a variant's size differs by design, or null; absent in files written before periods existed. */
    private String sizeByDesign(JsonNode node, String path) {
        JsonNode flag = node.get("sizeByDesign");
        if (flag == null || flag.isNull()) {
            return null;
        }
        if (!flag.isBoolean()) {
            throw new ResultsFileException(file, path + ".sizeByDesign must be true or false, was " + flag);
        }
        if (!flag.asBoolean()) {
            return null;
        }
        JsonNode reason = node.get("sizeByDesignReason");
        return reason != null && reason.isTextual() ? reason.asText() : "";
    }

    /** {@code periods.<name>}: weeks, metrics and (not for the baseline) vsBaseline; empty when absent. */
    private Map<String, ResultsDirectory.PeriodFigures> periods(JsonNode node, String path, boolean baseline) {
        Map<String, ResultsDirectory.PeriodFigures> periods = new LinkedHashMap<>();
        JsonNode all = node.get("periods");
        if (all == null || all.isNull()) {
            return periods;
        }
        if (!all.isObject()) {
            throw new ResultsFileException(file, path + ".periods must be an object");
        }
        for (Map.Entry<String, JsonNode> entry : all.properties()) {
            String where = path + ".periods." + entry.getKey();
            JsonNode period = entry.getValue();
            if (!period.isObject()) {
                throw new ResultsFileException(file, where + " must be an object");
            }
            JsonNode weeksNode = period.get("weeks");
            if (weeksNode == null || !weeksNode.isArray() || weeksNode.size() != 2 || !weeksNode.get(0).canConvertToInt()
                    || !weeksNode.get(1).canConvertToInt() || !weeksNode.get(0).isIntegralNumber()
                    || !weeksNode.get(1).isIntegralNumber()) {
                throw new ResultsFileException(file, where + ".weeks must be [first week, last week], was " + weeksNode);
            }
            int first = weeksNode.get(0).asInt();
            int last = weeksNode.get(1).asInt();
            if (first < 1 || last < first || last > weeks) {
                throw new ResultsFileException(file, where + ".weeks must lie within 1.." + weeks + ", was " + weeksNode);
            }
            JsonNode metrics = period.get("metrics");
            if (metrics == null || !metrics.isObject()) {
                throw new ResultsFileException(file, where + ".metrics is missing or not an object");
            }
            Map<String, Estimate> estimates = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> metric : metrics.properties()) {
                String at = where + ".metrics." + metric.getKey();
                double[] interval = interval(metric.getValue(), at);
                estimates.put(metric.getKey(), new Estimate(number(metric.getValue(), "mean", at), interval[0], interval[1],
                        replications));
            }
            Map<String, PairedComparison> versus = new LinkedHashMap<>();
            if (!baseline) {
                JsonNode comparisons = period.get("vsBaseline");
                if (comparisons == null || !comparisons.isObject()) {
                    throw new ResultsFileException(file, where + ".vsBaseline is missing or not an object");
                }
                for (Map.Entry<String, JsonNode> metric : comparisons.properties()) {
                    String at = where + ".vsBaseline." + metric.getKey();
                    JsonNode value = metric.getValue();
                    double[] interval = interval(value, at);
                    double probBetter = value.has("probBetter") ? number(value, "probBetter", at) : Double.NaN;
                    versus.put(metric.getKey(), new PairedComparison(number(value, "meanDiff", at), interval[0],
                            interval[1], probBetter));
                }
            }
            periods.put(entry.getKey(), new ResultsDirectory.PeriodFigures(entry.getKey(), first, last, estimates, versus));
        }
        return periods;
    }

    private static JsonNode readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ResultsFileException(file, "not found; is " + file.getParent()
                    + " an output directory of orgsim run?");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException invalid) {
            JsonLocation location = invalid.getLocation();
            String place = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new ResultsFileException(file, "not valid JSON" + place + ": " + invalid.getOriginalMessage(), invalid);
        } catch (IOException unreadable) {
            throw new ResultsFileException(file, "cannot be read: " + unreadable, unreadable);
        }
        if (root == null || root.isMissingNode()) {
            throw new ResultsFileException(file, "is empty");
        }
        if (!root.isObject()) {
            throw new ResultsFileException(file, "must hold a JSON object, not " + root.getNodeType().name().toLowerCase());
        }
        return root;
    }

    private String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ResultsFileException(file, field + " is missing");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new ResultsFileException(file, field + " must be a non-empty string");
        }
        return value.asText();
    }

    private int requiredInt(JsonNode node, String field, int minimum) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ResultsFileException(file, field + " is missing");
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < minimum) {
            throw new ResultsFileException(file, field + " must be a whole number >= " + minimum + ", was " + value);
        }
        return value.asInt();
    }

    private long requiredLong(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new ResultsFileException(file, field + " must be a whole number, was " + value);
        }
        return value.asLong();
    }

    private double number(JsonNode entry, String field, String where) {
        if (!entry.isObject()) {
            throw new ResultsFileException(file, where + " must be an object");
        }
        JsonNode value = entry.get(field);
        if (value == null) {
            throw new ResultsFileException(file, where + "." + field + " is missing");
        }
        return numberOrNull(value, where + "." + field);
    }

    /** Null stands for an undefined value (NaN), e.g. an interval that one replication cannot give. */
    private double numberOrNull(JsonNode value, String where) {
        if (value.isNull()) {
            return Double.NaN;
        }
        if (!value.isNumber()) {
            throw new ResultsFileException(file, where + " must be a number or null, was " + value);
        }
        return value.asDouble();
    }

    private double[] interval(JsonNode entry, String where) {
        if (!entry.isObject()) {
            throw new ResultsFileException(file, where + " must be an object");
        }
        JsonNode ci = entry.get("ci95");
        if (ci == null) {
            throw new ResultsFileException(file, where + ".ci95 is missing");
        }
        if (!ci.isArray() || ci.size() != 2) {
            throw new ResultsFileException(file, where + ".ci95 must be a list [low, high], was " + ci);
        }
        return new double[] {numberOrNull(ci.get(0), where + ".ci95[0]"), numberOrNull(ci.get(1), where + ".ci95[1]")};
    }
}
