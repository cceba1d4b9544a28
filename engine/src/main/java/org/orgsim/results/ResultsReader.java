package org.orgsim.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one reader of a results folder, the counterpart of {@link ResultsWriter}: {@code summary.json}
 * and {@code timeseries.csv} (required), {@code events.csv}, {@code manifest.json} and
 * {@code scenario.yaml} (used when present), read into a {@link ResultsDirectory}. The report, the
 * workshop server and replays read results only through here.
 *
 * <p>Every problem is a {@link ResultsFileException} whose message starts with the file and, where it
 * helps, the place ({@code DIR/summary.json: variants.b.metrics.cost.mean must be a number},
 * {@code DIR/timeseries.csv:12: ...}); the command line turns it into exit status 2. Nothing is
 * written while reading.
 */
public final class ResultsReader {
    private ResultsReader() {
    }

    /**
     * Reads the results folder {@code directory}.
     *
     * @throws ResultsFileException naming the file (and place) that is missing, unreadable or corrupt
     */
    public static ResultsDirectory read(Path directory) {
        requireDirectory(directory);
        // The files are read in this order so that a folder with several problems always reports the same one first.
        SummaryReader summary = SummaryReader.read(directory.resolve(ResultsWriter.SUMMARY_FILE));

        Path scenarioFile = directory.resolve(ResultsWriter.SCENARIO_FILE);
        String scenarioText = Files.isRegularFile(scenarioFile) ? ScenarioCopy.text(scenarioFile) : null;
        Map<String, String> variantDescriptions = scenarioText == null ? Map.of()
                : ScenarioCopy.variantDescriptions(scenarioFile, scenarioText);

        List<String> names = summary.variantNames();
        Map<String, Map<String, List<ResultsDirectory.Point>>> series = TableReader.timeseries(
                directory.resolve(ResultsWriter.TIMESERIES_FILE), names, summary.weeks());

        List<ResultsDirectory.Variant> variants = new ArrayList<>();
        for (String name : names) {
            variants.add(summary.variant(name, variantDescriptions.get(name), series.get(name)));
        }

        Path eventsFile = directory.resolve(ResultsWriter.EVENTS_FILE);
        List<ResultsDirectory.Event> events = Files.isRegularFile(eventsFile)
                ? TableReader.events(eventsFile, names, summary.weeks()) : null;

        Path manifestFile = directory.resolve(ResultsWriter.MANIFEST_FILE);
        Manifest manifest = Files.isRegularFile(manifestFile) ? readManifest(manifestFile) : null;
        Long seed = summary.seed();
        if (seed == null && manifest != null) {
            seed = manifest.seed();
        }
        return new ResultsDirectory(directory, summary.scenarioName(), summary.description(), summary.weeks(),
                summary.replications(), seed, summary.baselineName(), variants, events, manifest, scenarioText,
                SegmentFigures.read(directory.resolve(ResultsWriter.SUMMARY_FILE)));
    }

    /**
     * The manifest of the results folder {@code directory} (required).
     *
     * @throws ResultsFileException if the folder or its manifest is missing or not valid
     */
    public static Manifest manifest(Path directory) {
        requireDirectory(directory);
        Path file = directory.resolve(ResultsWriter.MANIFEST_FILE);
        if (!Files.isRegularFile(file)) {
            throw new ResultsFileException(file, "not found; is " + directory + " an output directory of orgsim run?");
        }
        return readManifest(file);
    }

    /**
     * The exact text of the scenario copy of the results folder {@code directory} (required).
     *
     * @throws ResultsFileException if it is missing or unreadable
     */
    public static String scenarioText(Path directory) {
        requireDirectory(directory);
        Path file = directory.resolve(ResultsWriter.SCENARIO_FILE);
        if (!Files.isRegularFile(file)) {
            throw new ResultsFileException(file, "not found; is " + directory + " an output directory of orgsim run?");
        }
        return ScenarioCopy.text(file);
    }

    private static void requireDirectory(Path directory) {
        if (!Files.exists(directory)) {
            throw new ResultsFileException(directory, "not a results directory (it does not exist)");
        }
        if (!Files.isDirectory(directory)) {
            throw new ResultsFileException(directory, "not a directory (expected the output directory of orgsim run)");
        }
        // A folder a killed run left half-written looks complete; its marker says otherwise.
        UnfinishedOutput.refuse(directory);
    }

    private static Manifest readManifest(Path file) {
        try {
            return ManifestJson.read(file);
        } catch (IOException | RuntimeException invalid) {
            String message = invalid.getMessage() == null ? invalid.toString() : invalid.getMessage();
            if (message.startsWith(file.toString())) {
                message = message.substring(file.toString().length()).replaceFirst("^:\\s*", "");
            } else {
                message = "not a valid orgsim manifest: " + message.lines().findFirst().orElse("");
            }
            throw new ResultsFileException(file, message, invalid);
        }
    }

    /** One record of a CSV results file: the line it starts on and its fields. */
    public record CsvRecord(int line, List<String> fields) {
        public CsvRecord {
            fields = List.copyOf(fields);
        }
    }

    /**
     * Every record of a CSV results file whose columns depend on the scenario (such as
     * {@code sweep.csv}), the header first, read with the same codec as every other results file.
     *
     * @throws ResultsFileException if the file is missing, unreadable, not UTF-8 or badly quoted
     */
    public static List<CsvRecord> records(Path file) {
        return Csv.parse(file, Csv.readText(file)).stream().map(row -> new CsvRecord(row.line(), row.fields())).toList();
    }
}
