package org.orgsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.orgsim.experiment.Experiment;
import org.orgsim.report.TerminalSummary;
import org.orgsim.results.Manifest;
import org.orgsim.results.Results;
import org.orgsim.results.ResultsWriter;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioException;
import org.orgsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orgsim run}: loads and validates a scenario, runs every variant for every replication,
 * writes the contract's output directory in one piece, and prints the impact summary.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario: every variant, every replication, with common random numbers.")
final class RunCommand implements Callable<Integer> {
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "the scenario file")
    Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/<scenario>/<timestamp>/); must not exist or be empty")
    Path outDir;

    @Option(names = "--replications", paramLabel = "N", description = "override the scenario's replications")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "override the scenario's seed")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores); results do not depend on it")
    Integer threads;

    @Option(names = "--quiet", description = "no progress bar and no summary table")
    boolean quiet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        if (replications != null) {
            if (replications < 1 || replications > 100_000) {
                throw new ScenarioException("--replications must be between 1 and 100000, was " + replications);
            }
            scenario = scenario.withReplications(replications);
        }
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        int workers = threads == null ? Experiment.defaultThreads() : threads;
        if (workers < 1 || workers > 1024) {
            throw new ScenarioException("--threads must be between 1 and 1024, was " + workers);
        }
        Path target = outDir != null ? outDir
                : Path.of("out", scenario.name(), LocalDateTime.now().format(FOLDER_TIME));
        ResultsWriter.requireUsable(target);

        Instant started = Instant.now();
        Results results;
        int totalRuns = scenario.variants().size() * scenario.replications();
        try (ProgressBarListener progress = ProgressBarListener.openIfTerminal(quiet, totalRuns)) {
            results = new Experiment(scenario, workers).run(progress);
        }
        Manifest manifest = new Manifest(OrgsimCommand.Version.orgsimVersion(), scenario.name(),
                scenarioFile.toString(), Manifest.sha256(scenarioFile), Map.of(), scenario.seed(),
                scenario.replications(), workers, System.getProperty("java.version"), started, Instant.now());
        ResultsWriter.write(results, manifest, target);

        PrintWriter out = spec.commandLine().getOut();
        if (!quiet) {
            out.print(TerminalSummary.render(results));
            out.println();
        }
        out.println("Results written to " + target);
        return ExitCode.SUCCESS;
    }
}
