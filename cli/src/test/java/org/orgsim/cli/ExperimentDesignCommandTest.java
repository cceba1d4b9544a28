package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replications: auto}, sweeps and sensitivity screening through the real entry point. */
class ExperimentDesignCommandTest {
    static final String STUDY = """
            name: study
            weeks: 16
            replications: auto
            precision:
              metrics: [cost, stress]
              relativeHalfWidth: 0.05
              minimum: 3
              batch: 2
              maximum: 9
            seed: 7
            organization:
              teams:
                - name: alpha
                  size: 4
                - name: beta
                  size: 5
            parameters:
              simulation.warmupWeeks: 4
            variants:
              - name: baseline
              - name: horizontal
                leadership: horizontal
            sweep:
              method: latin-hypercube
              points: 3
              parameters:
                work.arrivalsPerMemberPerWeek: {min: 0.4, max: 0.6}
                leader.supervisionHoursPerReport: {min: 0.25, max: 1.0}
            sensitivity:
              trajectories: 3
              replications: 2
              parameters:
                work.arrivalsPerMemberPerWeek: {min: 0.4, max: 0.6}
                cost.memberWeekly: {min: 1000, max: 2000}
              metrics: [backlog, cost]
            """;
    private static final List<String> DETERMINISTIC_FILES = List.of("summary.json", "timeseries.csv", "runs.csv",
            "events.csv", "sweep.csv", "sensitivity.csv");

    @TempDir
    Path temp;

    @Test
    void everyFileIsByteIdenticalForAnyThreadCountWithSweepAndScreening() throws IOException {
        Path scenario = Files.writeString(temp.resolve("study.yaml"), STUDY);
        Path single = temp.resolve("one-thread");
        Path several = temp.resolve("four-threads");
        CliRunner.Outcome first = CliRunner.run("run", scenario.toString(), "--out", single.toString(), "--threads", "1");
        assertEquals(0, first.status(), first.err());
        CliRunner.Outcome second = CliRunner.run("run", scenario.toString(), "--out", several.toString(),
                "--threads", "4", "--quiet");
        assertEquals(0, second.status(), second.err());
        for (String file : DETERMINISTIC_FILES) {
            assertArrayEquals(Files.readAllBytes(single.resolve(file)), Files.readAllBytes(several.resolve(file)),
                    file + " differs between --threads 1 and --threads 4");
        }

        List<String> sweep = Files.readAllLines(single.resolve("sweep.csv"));
        assertEquals("point,work.arrivalsPerMemberPerWeek,leader.supervisionHoursPerReport,variant,metric,mean,"
                + "ci_low,ci_high", sweep.get(0));
        assertEquals(1 + 3 * 2 * org.orgsim.contract.Metric.recordedWithoutCareers().size(), sweep.size());
        assertEquals("variant,parameter,metric,mu_star,sigma", Files.readAllLines(single.resolve("sensitivity.csv")).get(0));
        String summary = Files.readString(single.resolve("summary.json"));
        assertTrue(summary.contains("\"precision\": {"), summary);

        String out = first.out();
        assertTrue(out.matches("(?s).*Replications: auto, \\d+ used.*target (met|NOT met).*"), out);
        assertTrue(out.contains("Sweep: 3 points of work.arrivalsPerMemberPerWeek, leader.supervisionHoursPerReport"), out);
        assertTrue(out.contains("What matters most"), out);
        assertTrue(out.matches("(?s).*  cost \\(baseline\\)\\s+1\\. cost\\.memberWeekly.*"), out);
        assertTrue(second.out().contains("Replications: auto"), "one line even when quiet: " + second.out());
        assertFalse(second.out().contains("What matters most"), second.out());
    }

    @Test
    void theManifestRecordsTheReplicationsUsed() throws IOException {
        Path scenario = Files.writeString(temp.resolve("study.yaml"), STUDY);
        Path out = temp.resolve("out");
        assertEquals(0, CliRunner.run("run", scenario.toString(), "--out", out.toString(), "--quiet").status());
        String summary = Files.readString(out.resolve("summary.json"));
        String manifest = Files.readString(out.resolve("manifest.json"));
        String used = summary.replaceAll("(?s).*?\"replications\": (\\d+),.*", "$1");
        assertTrue(manifest.contains("\"replications\": " + used + ","), manifest);
    }

    @Test
    void replicationsOnTheCommandLineReplaceAuto() throws IOException {
        Path scenario = Files.writeString(temp.resolve("study.yaml"), STUDY);
        Path out = temp.resolve("out");
        CliRunner.Outcome outcome = CliRunner.run("run", scenario.toString(), "--out", out.toString(),
                "--replications", "2", "--quiet");
        assertEquals(0, outcome.status(), outcome.err());
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"replications\": 2,"), summary);
        assertFalse(summary.contains("\"precision\""), summary);
        assertFalse(outcome.out().contains("Replications: auto"), outcome.out());
    }

    /**
     * Ctrl-C (SIGINT) and kill (SIGTERM) both run the JVM's shutdown hooks: the program stops and
     * leaves no output directory, complete or partial.
     */
    @Test
    void anInterruptedRunLeavesNothingBehind(@TempDir Path journals) throws IOException, InterruptedException {
        String longer = STUDY.replace("weeks: 16", "weeks: 400").replace("maximum: 9", "maximum: 100000")
                .replace("relativeHalfWidth: 0.05", "relativeHalfWidth: 0.000001");
        Path scenario = Files.writeString(temp.resolve("long.yaml"), longer);
        Path out = temp.resolve("results/long");
        // The stopped run leaves its resume journal (by design): in a folder of the test's own, not the user's cache.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorgsim.journals=" + journals,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", scenario.toString(),
                "--out", out.toString(), "--threads", "1"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("log.txt").toFile()).start();
        try {
            assertFalse(process.waitFor(2, TimeUnit.SECONDS), "the run should still be going: "
                    + Files.readString(temp.resolve("log.txt")));
            process.destroy(); // SIGTERM: shutdown hooks run, as for Ctrl-C
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "stops promptly");
        } finally {
            process.destroyForcibly();
        }
        assertFalse(Files.exists(out), "no output directory");
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of("log.txt", "long.yaml"),
                    left.map(path -> path.getFileName().toString()).sorted().toList(),
                    "no staging directory or created parent left in " + temp + File.separator);
        }
    }
}
