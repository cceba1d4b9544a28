package org.orgsim.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the output directory of the contract for one experiment; {@link ResultsReader} reads it
 * back.
 *
 * <p>The directory appears complete or not at all (see {@link StagedDirectory}): an existing
 * non-empty directory is refused before anything is written, and any failure, including one in an
 * {@link OutputContribution}, leaves nothing at the requested path. Given the same {@link Results},
 * {@code summary.json}, {@code timeseries.csv}, {@code runs.csv} and {@code events.csv} come out
 * byte for byte the same; {@code manifest.json} differs only by its times and environment.
 */
public final class ResultsWriter {
    public static final String MANIFEST_FILE = "manifest.json";
    public static final String SCENARIO_FILE = "scenario.yaml";
    public static final String SUMMARY_FILE = "summary.json";
    public static final String TIMESERIES_FILE = "timeseries.csv";
    public static final String RUNS_FILE = "runs.csv";
    public static final String EVENTS_FILE = "events.csv";
    /** Written when the scenario has a {@code sweep}. */
    public static final String SWEEP_FILE = "sweep.csv";
    /** Written when the scenario has a {@code sensitivity} screening. */
    public static final String SENSITIVITY_FILE = "sensitivity.csv";
    /** Segment figures (issue 15): written for every experiment; only a header without teams. */
    public static final String SEGMENTS_FILE = SegmentsCsv.FILE;

    private ResultsWriter() {
    }

    /**
     * Fails now if {@code outDir} could not receive results (exists and is not an empty directory),
     * so that a command can refuse before spending minutes on an experiment. Touches nothing.
     *
     * @throws OutputDirectoryException if the directory is unusable
     */
    public static void requireUsable(Path outDir) throws IOException {
        StagedDirectory.requireUsable(outDir.toAbsolutePath().normalize());
    }

    /**
     * Removes every results directory still being written by this program (and the parents created
     * for it); what the program's own shutdown hook does, for a hook that must finish first.
     */
    public static void abandonPartialOutput() {
        StagedDirectory.abandonAll();
    }

    /** Writes the contract files into {@code outDir}, creating missing parent directories. */
    public static void write(Results results, Manifest manifest, Path outDir) throws IOException {
        write(results, manifest, outDir, List.of());
    }

    /**
     * Writes the contract files and then lets each contribution add its own, in list order, all
     * before the directory is moved into place.
     *
     * @throws OutputDirectoryException if {@code outDir} exists and is not an empty directory
     * @throws OutputDirectoryException if writing fails (no permission, a full disk, a name too
     *                                  long: bad input naming the path); nothing is then left at {@code outDir}
     */
    public static void write(Results results, Manifest manifest, Path outDir, List<OutputContribution> extras)
            throws IOException {
        write(new ExperimentResults(results, null, null), manifest, outDir, extras);
    }

    /**
     * Writes the contract files of the experiment, {@code sweep.csv} and {@code sensitivity.csv}
     * when there are such results, and then the contributions, all before the directory is moved
     * into place.
     *
     * @throws OutputDirectoryException if {@code outDir} exists and is not an empty directory
     * @throws OutputDirectoryException if writing fails (no permission, a full disk, a name too
     *                                  long: bad input naming the path); nothing is then left at {@code outDir}
     */
    public static void write(ExperimentResults experiment, Manifest manifest, Path outDir,
                             List<OutputContribution> extras) throws IOException {
        List<OutputContribution> contributions = List.copyOf(extras);
        Results results = experiment.results();
        StagedDirectory.create(outDir, staging -> {
            ManifestJson.write(manifest, staging.resolve(MANIFEST_FILE));
            Files.writeString(staging.resolve(SCENARIO_FILE), results.scenarioText(), StandardCharsets.UTF_8);
            Json.write(SummaryJson.of(results), staging.resolve(SUMMARY_FILE));
            CsvTables.writeTimeseries(results, staging.resolve(TIMESERIES_FILE));
            CsvTables.writeRuns(results, staging.resolve(RUNS_FILE));
            CsvTables.writeEvents(results, staging.resolve(EVENTS_FILE));
            SegmentsCsv.write(results, staging.resolve(SEGMENTS_FILE)); // issue 15
            if (experiment.sweep() != null) {
                CsvTables.writeSweep(experiment.sweep(), staging.resolve(SWEEP_FILE));
            }
            if (experiment.sensitivity() != null) {
                CsvTables.writeSensitivity(experiment.sensitivity(), staging.resolve(SENSITIVITY_FILE));
            }
            for (OutputContribution contribution : contributions) {
                contribution.writeInto(staging, results, manifest);
            }
        });
    }

    /**
     * One row of a CSV results file written outside this package (such as {@code discovery.csv}),
     * with its line feed, quoted as every other results file.
     */
    public static String csvLine(String... fields) {
        return Csv.line(fields);
    }
}
