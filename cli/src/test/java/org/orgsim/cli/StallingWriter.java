package org.orgsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.orgsim.experiment.Experiment;
import org.orgsim.results.ExperimentResults;
import org.orgsim.results.Manifest;
import org.orgsim.results.ResultsWriter;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioLoader;

/**
 * A child process for {@link UnfinishedOutputTest}: runs a scenario and writes its results the
 * real way, but stalls in the last step of writing (after the manifest, with its end time, and
 * every contract file), so that the test can kill it there with SIGKILL.
 */
public final class StallingWriter {
    private StallingWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path scenarioFile = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        Instant started = Instant.now();
        ExperimentResults everything = new Experiment(scenario, 1).runAll((finished, total) -> { });
        Manifest manifest = new Manifest("test", scenario.name(), scenarioFile.toString(), Manifest.sha256(scenarioFile),
                Map.of(), scenario.seed(), scenario.replications(), 1, System.getProperty("java.version"), started,
                Instant.now(), Map.of());
        ResultsWriter.write(everything, manifest, out, List.of((directory, results, written) -> {
            Files.writeString(directory.resolve("stalled"), "waiting to be killed\n");
            System.out.println("STALLED " + directory);
            System.out.flush();
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }));
    }
}
