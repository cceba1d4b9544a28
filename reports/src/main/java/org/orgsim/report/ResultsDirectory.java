package org.orgsim.report;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.orgsim.model.Metric;
import org.orgsim.results.Estimate;
import org.orgsim.results.Manifest;
import org.orgsim.results.ManifestJson;
import org.orgsim.results.PairedComparison;
import org.orgsim.results.ResultsWriter;
import org.orgsim.scenario.ScenarioException;

/**
 * An output directory of {@code orgsim run}, read back for the report: {@code summary.json} and
 * {@code timeseries.csv} (required), {@code events.csv}, {@code manifest.json} and
 * {@code scenario.yaml} (used when present).
 *
 * <p>Every problem is a {@link ScenarioException} whose message starts with the file and, where it
 * helps, the place ({@code DIR/summary.json: variants.b.metrics.cost.mean must be a number},
 * {@code DIR/timeseries.csv:12: ...}); the command line turns it into exit status 2. Nothing is
 * written while loading, so a failed load leaves an existing report untouched.
 *
 * <p>Unknown metric names are skipped (a newer engine may add metrics); a metric this version knows
 * but a file lacks is undefined (NaN), shown as a dash.
 */
public final class ResultsDirectory {
    /** One variant: its final-week estimates, its paired comparison and its weekly path. */
    public record Variant(String name, String description, boolean baseline, Map<Metric, Estimate> finals,
                          Map<Metric, PairedComparison> versusBaseline, Map<Metric, List<Estimate>> weekly) {
        public Variant {
            Objects.requireNonNull(name, "name");
            description = description == null ? "" : description;
            finals = Collections.unmodifiableMap(new EnumMap<>(finals));
            versusBaseline = versusBaseline.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(versusBaseline));
            EnumMap<Metric, List<Estimate>> copy = new EnumMap<>(Metric.class);
            weekly.forEach((metric, estimates) -> copy.put(metric, List.copyOf(estimates)));
            weekly = Collections.unmodifiableMap(copy);
        }

        /** The final-week estimate, undefined (NaN) if the summary lacks the metric. */
        public Estimate finalEstimate(Metric metric) {
            return finals.getOrDefault(metric, UNDEFINED);
        }

        /** The paired comparison with the baseline; empty for the baseline, or if the summary lacks it. */
        public Optional<PairedComparison> versus(Metric metric) {
            return Optional.ofNullable(versusBaseline.get(metric));
        }

        /** Estimates for weeks 0..horizon; an undefined estimate where the file has no row. */
        public List<Estimate> weekly(Metric metric) {
            return weekly.getOrDefault(metric, List.of());
        }
    }

    /** One row of {@code events.csv}: an intervention applied in one run. */
    public record Event(String variant, int replication, int week, String rule, String action, String target,
                        String detail) {
    }

    private static final Estimate UNDEFINED = new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final List<String> TIMESERIES_HEADER = List.of("variant", "week", "metric", "mean", "ci_low", "ci_high");
    private static final List<String> EVENTS_HEADER = List.of("variant", "replication", "week", "rule", "action", "target", "detail");

    private final Path directory;
    private final String scenarioName;
    private final String description;
    private final int weeks;
    private final int replications;
    private final Long seed;
    private final String baselineName;
    private final List<Variant> variants;
    private final List<Event> events;
    private final Manifest manifest;
    private final String scenarioText;

    private ResultsDirectory(Path directory, String scenarioName, String description, int weeks, int replications,
                             Long seed, String baselineName, List<Variant> variants, List<Event> events,
                             Manifest manifest, String scenarioText) {
        this.directory = directory;
        this.scenarioName = scenarioName;
        this.description = description;
        this.weeks = weeks;
        this.replications = replications;
        this.seed = seed;
        this.baselineName = baselineName;
        this.variants = List.copyOf(variants);
        this.events = events == null ? null : List.copyOf(events);
        this.manifest = manifest;
        this.scenarioText = scenarioText;
    }

    /**
     * Reads the results directory {@code directory}.
     *
     * @throws ScenarioException naming the file (and place) that is missing, unreadable or corrupt
     */
    public static ResultsDirectory load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ScenarioException(directory + ": not a directory (expected the output directory of orgsim run)");
        }
        Path summaryFile = directory.resolve(ResultsWriter.SUMMARY_FILE);
        JsonNode summary = readJson(summaryFile);
        String scenarioName = requiredText(summaryFile, summary, "scenario");
        int weeks = requiredInt(summaryFile, summary, "weeks", 0);
        int replications = requiredInt(summaryFile, summary, "replications", 1);
        String baselineName = requiredText(summaryFile, summary, "baseline");
        JsonNode seedNode = summary.get("seed");
        Long seed = seedNode == null || seedNode.isNull() ? null : requiredLong(summaryFile, summary, "seed");
        JsonNode variantsNode = summary.get("variants");
        if (variantsNode == null || !variantsNode.isObject() || variantsNode.isEmpty()) {
            throw new ScenarioException(summaryFile + ": variants must be an object with at least one variant");
        }
        if (!variantsNode.has(baselineName)) {
            throw new ScenarioException(summaryFile + ": baseline '" + baselineName + "' is not one of the variants");
        }

        Path scenarioFile = directory.resolve(ResultsWriter.SCENARIO_FILE);
        String scenarioText = Files.isRegularFile(scenarioFile) ? readText(scenarioFile) : null;
        Map<String, String> variantDescriptions = scenarioText == null ? Map.of() : variantDescriptions(scenarioFile, scenarioText);

        List<String> names = new ArrayList<>();
        variantsNode.fieldNames().forEachRemaining(names::add);
        Path timeseriesFile = directory.resolve(ResultsWriter.TIMESERIES_FILE);
        Map<String, Estimate[][]> weekly = readTimeseries(timeseriesFile, names, weeks);

        List<Variant> variants = new ArrayList<>();
        for (String name : names) {
            variants.add(variant(summaryFile, name, variantsNode.get(name), name.equals(baselineName), replications,
                    variantDescriptions.get(name), weekly.get(name)));
        }

        Path eventsFile = directory.resolve(ResultsWriter.EVENTS_FILE);
        List<Event> events = Files.isRegularFile(eventsFile) ? readEvents(eventsFile, names, weeks) : null;

        Path manifestFile = directory.resolve(ResultsWriter.MANIFEST_FILE);
        Manifest manifest = Files.isRegularFile(manifestFile) ? readManifest(manifestFile) : null;
        if (seed == null && manifest != null) {
            seed = manifest.seed();
        }
        JsonNode descriptionNode = summary.get("description");
        String description = descriptionNode != null && descriptionNode.isTextual() ? descriptionNode.asText() : "";
        return new ResultsDirectory(directory, scenarioName, description, weeks, replications, seed, baselineName,
                variants, events, manifest, scenarioText);
    }

    public Path directory() {
        return directory;
    }

    public String scenarioName() {
        return scenarioName;
    }

    /** The scenario's description; empty if it has none. */
    public String description() {
        return description;
    }

    public int weeks() {
        return weeks;
    }

    public int replications() {
        return replications;
    }

    /** The master seed, from {@code summary.json} or else the manifest; empty if neither has it. */
    public Optional<Long> seed() {
        return Optional.ofNullable(seed);
    }

    public String baselineName() {
        return baselineName;
    }

    /** All variants, in the order of {@code summary.json} (the scenario's order). */
    public List<Variant> variants() {
        return variants;
    }

    public Variant baseline() {
        return variants.stream().filter(Variant::baseline).findFirst().orElseThrow();
    }

    /** The variants other than the baseline, in order. */
    public List<Variant> alternatives() {
        return variants.stream().filter(variant -> !variant.baseline()).toList();
    }

    /** Every intervention applied, in file order; empty if {@code events.csv} is missing. */
    public List<Event> events() {
        return events == null ? List.of() : events;
    }

    /** False when the directory has no {@code events.csv} (as opposed to one without events). */
    public boolean hasEventsFile() {
        return events != null;
    }

    public Optional<Manifest> manifest() {
        return Optional.ofNullable(manifest);
    }

    /** The text of {@code scenario.yaml}, if the directory has one. */
    public Optional<String> scenarioText() {
        return Optional.ofNullable(scenarioText);
    }

    private static JsonNode readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(file + ": not found; is " + file.getParent()
                    + " an output directory of orgsim run?");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException invalid) {
            JsonLocation location = invalid.getLocation();
            String place = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new ScenarioException(file + ": not valid JSON" + place + ": " + invalid.getOriginalMessage(), invalid);
        } catch (IOException unreadable) {
            throw new ScenarioException(file + ": cannot be read: " + unreadable, unreadable);
        }
        if (root == null || root.isMissingNode()) {
            throw new ScenarioException(file + ": is empty");
        }
        if (!root.isObject()) {
            throw new ScenarioException(file + ": must hold a JSON object, not " + root.getNodeType().name().toLowerCase());
        }
        return root;
    }

    private static String readText(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new ScenarioException(file + ": cannot be read: " + unreadable, unreadable);
        }
    }

    private static String readUtf8(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException notText) {
            throw new ScenarioException(file + ": not a UTF-8 text file", notText);
        } catch (IOException unreadable) {
            throw new ScenarioException(file + ": cannot be read: " + unreadable, unreadable);
        }
    }

    private static String requiredText(Path file, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ScenarioException(file + ": " + field + " is missing");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new ScenarioException(file + ": " + field + " must be a non-empty string");
        }
        return value.asText();
    }

    private static int requiredInt(Path file, JsonNode node, String field, int minimum) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ScenarioException(file + ": " + field + " is missing");
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < minimum) {
            throw new ScenarioException(file + ": " + field + " must be a whole number >= " + minimum + ", was " + value);
        }
        return value.asInt();
    }

    private static long requiredLong(Path file, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new ScenarioException(file + ": " + field + " must be a whole number, was " + value);
        }
        return value.asLong();
    }

    private static Variant variant(Path file, String name, JsonNode node, boolean baseline, int replications,
                                   String description, Estimate[][] weekly) {
        String path = "variants." + name;
        if (!node.isObject()) {
            throw new ScenarioException(file + ": " + path + " must be an object");
        }
        JsonNode metrics = node.get("metrics");
        if (metrics == null || !metrics.isObject()) {
            throw new ScenarioException(file + ": " + path + ".metrics is missing or not an object");
        }
        Map<Metric, Estimate> finals = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.all()) {
            JsonNode entry = metrics.get(metric.key());
            if (entry != null) {
                String where = path + ".metrics." + metric.key();
                double[] interval = interval(file, entry, where);
                finals.put(metric, new Estimate(number(file, entry, "mean", where), interval[0], interval[1], replications));
            }
        }
        Map<Metric, PairedComparison> versus = new EnumMap<>(Metric.class);
        if (!baseline) {
            JsonNode comparisons = node.get("vsBaseline");
            if (comparisons == null || !comparisons.isObject()) {
                throw new ScenarioException(file + ": " + path + ".vsBaseline is missing or not an object");
            }
            for (Metric metric : Metric.all()) {
                JsonNode entry = comparisons.get(metric.key());
                if (entry != null) {
                    String where = path + ".vsBaseline." + metric.key();
                    double[] interval = interval(file, entry, where);
                    double probBetter = entry.has("probBetter") ? number(file, entry, "probBetter", where) : Double.NaN;
                    versus.put(metric, new PairedComparison(number(file, entry, "meanDiff", where), interval[0],
                            interval[1], probBetter));
                }
            }
        }
        Map<Metric, List<Estimate>> series = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.all()) {
            List<Estimate> estimates = new ArrayList<>(weekly.length);
            for (Estimate[] week : weekly) {
                Estimate estimate = week[metric.ordinal()];
                estimates.add(estimate == null ? UNDEFINED : estimate);
            }
            series.put(metric, estimates);
        }
        return new Variant(name, description, baseline, finals, versus, series);
    }

    private static double number(Path file, JsonNode entry, String field, String where) {
        if (!entry.isObject()) {
            throw new ScenarioException(file + ": " + where + " must be an object");
        }
        JsonNode value = entry.get(field);
        if (value == null) {
            throw new ScenarioException(file + ": " + where + "." + field + " is missing");
        }
        return numberOrNull(file, value, where + "." + field);
    }

    private static double numberOrNull(Path file, JsonNode value, String where) {
        if (value.isNull()) {
            return Double.NaN;
        }
        if (!value.isNumber()) {
            throw new ScenarioException(file + ": " + where + " must be a number or null, was " + value);
        }
        return value.asDouble();
    }

    private static double[] interval(Path file, JsonNode entry, String where) {
        if (!entry.isObject()) {
            throw new ScenarioException(file + ": " + where + " must be an object");
        }
        JsonNode ci = entry.get("ci95");
        if (ci == null) {
            throw new ScenarioException(file + ": " + where + ".ci95 is missing");
        }
        if (!ci.isArray() || ci.size() != 2) {
            throw new ScenarioException(file + ": " + where + ".ci95 must be a list [low, high], was " + ci);
        }
        return new double[] {numberOrNull(file, ci.get(0), where + ".ci95[0]"), numberOrNull(file, ci.get(1), where + ".ci95[1]")};
    }

    /** Estimates [week][metric ordinal] per variant; null where the file has no row. */
    private static Map<String, Estimate[][]> readTimeseries(Path file, List<String> variants, int weeks) {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(file + ": not found; the report needs the weekly estimates");
        }
        List<CsvReader.Row> rows = parseCsv(file, TIMESERIES_HEADER);
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
        return byVariant;
    }

    private static List<Event> readEvents(Path file, List<String> variants, int weeks) {
        List<CsvReader.Row> rows = parseCsv(file, EVENTS_HEADER);
        List<Event> events = new ArrayList<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            List<String> fields = fields(file, row, EVENTS_HEADER.size());
            if (!variants.contains(fields.get(0))) {
                throw new ScenarioException(file + ":" + row.line() + ": variant '" + fields.get(0)
                        + "' is not in summary.json");
            }
            events.add(new Event(fields.get(0), wholeNumber(file, row, "replication", fields.get(1), 0, Integer.MAX_VALUE),
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

    private static Manifest readManifest(Path file) {
        try {
            return ManifestJson.read(file);
        } catch (IOException | RuntimeException invalid) {
            String message = invalid.getMessage() == null ? invalid.toString() : invalid.getMessage();
            throw new ScenarioException(message.startsWith(file.toString()) ? message
                    : file + ": not a valid orgsim manifest: " + message.lines().findFirst().orElse(""), invalid);
        }
    }

    /** Variant name → description, from the {@code variants} list of the scenario as run. */
    private static Map<String, String> variantDescriptions(Path file, String text) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException invalid) {
            throw new ScenarioException(file + ": not valid YAML: " + invalid.getOriginalMessage(), invalid);
        }
        Map<String, String> descriptions = new LinkedHashMap<>();
        JsonNode variants = root == null ? null : root.get("variants");
        if (variants != null && variants.isArray()) {
            for (JsonNode variant : variants) {
                JsonNode name = variant.get("name");
                JsonNode description = variant.get("description");
                if (name != null && name.isValueNode() && description != null && description.isValueNode()) {
                    descriptions.put(name.asText(), description.asText().strip());
                }
            }
        }
        return descriptions;
    }

    @Override
    public String toString() {
        return "ResultsDirectory[" + directory + ", " + scenarioName + ", variants=" + Arrays.toString(
                variants.stream().map(Variant::name).toArray()) + "]";
    }
}
