package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.results.UnfinishedOutput;

/**
 * A program killed with SIGKILL while writing its results leaves a staging directory that holds a
 * manifest (with an end time) and every file: it is recognisably unfinished, refused by
 * {@code replay}, {@code report}, {@code fork} and {@code serve}, and removed by the next run.
 */
class UnfinishedOutputTest {
    @TempDir
    Path temp;

    @Test
    void aRunKilledWhileWritingLeavesNothingUsableAndIsCleanedUpByTheNextRun() throws IOException, InterruptedException {
        Path scenario = Files.copy(CliRunner.resource("scenarios/tiny.yaml"), temp.resolve("tiny.yaml"));
        Path parent = temp.resolve("out").resolve("tiny");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StallingWriter.class.getName(), scenario.toString(),
                parent.resolve("first").toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Path staging;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.startsWith("STALLED "));
            assertTrue(line != null, "the writer reached the last step of writing");
            staging = Path.of(line.substring("STALLED ".length()));
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        } finally {
            writer.destroyForcibly();
        }
        assertTrue(Files.isRegularFile(staging.resolve("manifest.json")), "the killed writer left its staging directory");
        assertTrue(Files.isRegularFile(staging.resolve("summary.json")));
        assertFalse(Files.exists(parent.resolve("first")));
        assertTrue(UnfinishedOutput.isUnfinished(staging));

        for (String[] command : List.of(new String[] {"replay", staging.toString(), "--print"},
                new String[] {"report", staging.toString()},
                new String[] {"fork", staging.toString(), "--week", "2", "--rules", Path.of("..", "rules", "coach-leaders-now.drl").toString()})) {
            CliRunner.Outcome outcome = CliRunner.run(command);
            assertEquals(2, outcome.status(), command[0] + ": " + outcome.err());
            assertTrue(outcome.err().contains(staging + ": is an unfinished results directory"), command[0] + ": " + outcome.err());
        }
        assertEquals(Optional.empty(), ServeCommand.newestResults(temp.resolve("out")), "serve does not take it for the newest run");

        CliRunner.Outcome next = CliRunner.run("run", scenario.toString(), "--out", parent.resolve("second").toString(), "--quiet");
        assertEquals(0, next.status(), next.err());
        assertFalse(Files.exists(staging), "the next run removed the stale staging directory");
        assertEquals(Optional.of(parent.resolve("second")), ServeCommand.newestResults(temp.resolve("out")));
        try (Stream<Path> left = Files.list(parent)) {
            assertEquals(List.of("second"), left.map(path -> path.getFileName().toString()).toList());
        }
    }

    @Test
    void aStagingDirectoryOfALiveWriterStaysUntilItIsADayOld() throws IOException {
        Path parent = Files.createDirectories(temp.resolve("out"));
        long self = ProcessHandle.current().pid();
        String started = ProcessHandle.current().info().startInstant().map(Instant::toString).orElse("");
        Path live = Files.createDirectory(parent.resolve(".a.partial-0123456789ab"));
        Files.writeString(live.resolve(UnfinishedOutput.WRITING_MARKER),
                "pid=" + self + "\nstarted=" + started + "\nwriting=" + Instant.now() + "\n");
        Path old = Files.createDirectory(parent.resolve(".b.partial-0123456789ab"));
        Files.writeString(old.resolve(UnfinishedOutput.WRITING_MARKER),
                "pid=" + self + "\nstarted=" + started + "\nwriting=" + Instant.now().minus(2, ChronoUnit.DAYS) + "\n");
        Path scenario = Files.copy(CliRunner.resource("scenarios/tiny.yaml"), temp.resolve("tiny.yaml"));
        CliRunner.Outcome run = CliRunner.run("run", scenario.toString(), "--out", parent.resolve("c").toString(), "--quiet",
                "--replications", "2");
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.exists(live), "a writer that is still at work keeps its staging directory");
        assertFalse(Files.exists(old), "a day-old staging directory is stale even if its process id is in use");
    }
}
