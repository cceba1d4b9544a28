package org.orgsim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 *
 * <p>The files are parsed by {@link SummaryJson}, {@link ResultsCsv} and {@link ScenarioYaml}; this
 * class puts their contents together into one read-only view.
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

    /** A value the files do not give: shown as a dash. */
    static final Estimate UNDEFINED = new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);

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
    /** Issue 15: the segments of summary.json, read by {@link SegmentFigures} once the rest has loaded. */
    private SegmentFigures segments = SegmentFigures.NONE;

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
        // The files are read in this order so that a directory with several problems always reports the same one first.
        SummaryJson summary = SummaryJson.read(directory.resolve(ResultsWriter.SUMMARY_FILE));

        Path scenarioFile = directory.resolve(ResultsWriter.SCENARIO_FILE);
        String scenarioText = Files.isRegularFile(scenarioFile) ? ScenarioYaml.text(scenarioFile) : null;
        Map<String, String> variantDescriptions = scenarioText == null ? Map.of()
                : ScenarioYaml.variantDescriptions(scenarioFile, scenarioText);

        List<String> names = summary.variantNames();
        Map<String, Map<Metric, List<Estimate>>> weekly = ResultsCsv.timeseries(
                directory.resolve(ResultsWriter.TIMESERIES_FILE), names, summary.weeks());

        List<Variant> variants = new ArrayList<>();
        for (String name : names) {
            variants.add(summary.variant(name, variantDescriptions.get(name), weekly.get(name)));
        }

        Path eventsFile = directory.resolve(ResultsWriter.EVENTS_FILE);
        List<Event> events = Files.isRegularFile(eventsFile) ? ResultsCsv.events(eventsFile, names, summary.weeks()) : null;

        Path manifestFile = directory.resolve(ResultsWriter.MANIFEST_FILE);
        Manifest manifest = Files.isRegularFile(manifestFile) ? readManifest(manifestFile) : null;
        Long seed = summary.seed();
        if (seed == null && manifest != null) {
            seed = manifest.seed();
        }
        ResultsDirectory loaded = new ResultsDirectory(directory, summary.scenarioName(), summary.description(),
                summary.weeks(), summary.replications(), seed, summary.baselineName(), variants, events, manifest, scenarioText);
        loaded.segments = SegmentFigures.read(directory.resolve(ResultsWriter.SUMMARY_FILE)); // issue 15
        return loaded;
    }

    /** The segment figures (issue 15); none for a directory written before segments existed. */
    SegmentFigures segments() {
        return segments;
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

    private static Manifest readManifest(Path file) {
        try {
            return ManifestJson.read(file);
        } catch (IOException | RuntimeException invalid) {
            String message = invalid.getMessage() == null ? invalid.toString() : invalid.getMessage();
            throw new ScenarioException(message.startsWith(file.toString()) ? message
                    : file + ": not a valid orgsim manifest: " + message.lines().findFirst().orElse(""), invalid);
        }
    }

    @Override
    public String toString() {
        return "ResultsDirectory[" + directory + ", " + scenarioName + ", variants=" + Arrays.toString(
                variants.stream().map(Variant::name).toArray()) + "]";
    }
}
