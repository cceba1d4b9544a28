package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.experiment.ResumeJournal;

/**
 * {@code run --resume DIR}: a sweep stopped part-way and resumed runs only the units it had not
 * finished, and writes the same bytes as a run that was never stopped.
 */
class ResumeTest {
    static final List<String> SAME_BYTES = List.of("summary.json", "timeseries.csv", "runs.csv", "events.csv",
            "sweep.csv");
    /** 2 variants × 3 replications, then 3 sweep points × 2 variants × 3 replications. */
    static final int UNITS = 6 + 18;

    @TempDir
    static Path folder;
    static Path scenario;
    static Path whole;

    @BeforeAll
    static void runOnceWithoutStopping() throws IOException {
        System.setProperty("orgsim.journals", folder.resolve("journals").toString());
        scenario = folder.resolve("small-sweep.yaml");
        Files.copy(Path.of("src/test/resources/small-sweep.yaml"), scenario);
        whole = folder.resolve("whole");
        CliRunner.Outcome outcome = CliRunner.run("run", scenario.toString(), "--out", whole.toString(), "--quiet");
        assertEquals(0, outcome.status(), outcome.err());
        assertFalse(Files.exists(ResumeJournal.folderOf(whole)), "a finished run deletes its journal");
    }

    @AfterAll
    static void forgetTheJournalFolder() {
        System.clearProperty("orgsim.journals");
    }

    @Test
    void aStoppedSweepResumedRunsOnlyTheMissingUnitsAndWritesTheSameBytes() throws IOException {
        Path stopped = folder.resolve("stopped");
        CliRunner.Outcome first = CliRunner.run("run", scenario.toString(), "--out", stopped.toString(), "--quiet",
                "--stop-after-units", "10");
        assertEquals(1, first.status(), first.err());
        assertFalse(Files.exists(stopped), "a stopped run leaves no output directory");
        assertFalse(Files.exists(folder.resolve(".stopped.journal")), "nor anything else at the output location");
        Path units = ResumeJournal.folderOf(stopped).resolve("units.bin");
        assertTrue(Files.size(units) > 0, "the journal holds the finished units");
        // Killed while writing the tenth unit: its entry is cut off, so nine units remain.
        try (FileChannel channel = FileChannel.open(units, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 5);
        }

        // The resumed run may run at most the 15 missing units: it stops if it runs one more.
        CliRunner.Outcome resumed = CliRunner.run("run", scenario.toString(), "--resume", stopped.toString(),
                "--quiet", "--stop-after-units", String.valueOf(UNITS - 9));
        assertEquals(0, resumed.status(), resumed.err());
        for (String file : SAME_BYTES) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(file)), Files.readAllBytes(stopped.resolve(file)), file);
        }
        assertFalse(Files.exists(ResumeJournal.folderOf(stopped)), "the journal is deleted once the output is in place");
    }

    @Test
    void resumingWhatCannotBeResumedIsBadInputAndWritesNothing() throws IOException {
        Path stopped = folder.resolve("stopped-for-bad-input");
        assertEquals(1, CliRunner.run("run", scenario.toString(), "--out", stopped.toString(), "--quiet",
                "--stop-after-units", "4").status());
        byte[] journal = Files.readAllBytes(ResumeJournal.folderOf(stopped).resolve("units.bin"));

        CliRunner.Outcome complete = CliRunner.run("run", scenario.toString(), "--resume", whole.toString(), "--quiet");
        assertEquals(2, complete.status());
        assertTrue(complete.err().contains("is complete"), complete.err());

        Path never = folder.resolve("never-run");
        CliRunner.Outcome missing = CliRunner.run("run", scenario.toString(), "--resume", never.toString(), "--quiet");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("no stopped run to resume"), missing.err());
        assertFalse(Files.exists(never));

        CliRunner.Outcome otherSeed = CliRunner.run("run", scenario.toString(), "--resume", stopped.toString(),
                "--quiet", "--seed", "12");
        assertEquals(2, otherSeed.status());
        assertTrue(otherSeed.err().contains("another scenario, rule files, seed or number of replications"),
                otherSeed.err());
        assertFalse(Files.exists(stopped), "nothing written");
        assertArrayEquals(journal, Files.readAllBytes(ResumeJournal.folderOf(stopped).resolve("units.bin")),
                "a refused resume leaves the journal as it was");

        Path plain = Files.writeString(folder.resolve("plain.yaml"), Files.readString(scenario)
                .replaceAll("(?s)sweep:.*?variants:", "variants:"));
        CliRunner.Outcome notJournaled = CliRunner.run("run", plain.toString(), "--resume", stopped.toString(),
                "--quiet");
        assertEquals(2, notJournaled.status());
        assertTrue(notJournaled.err().contains("only runs of a scenario with a sweep or a sensitivity screening"),
                notJournaled.err());

        CliRunner.Outcome both = CliRunner.run("run", scenario.toString(), "--resume", stopped.toString(),
                "--out", folder.resolve("elsewhere").toString(), "--quiet");
        assertEquals(2, both.status());
        assertFalse(Files.exists(folder.resolve("elsewhere")));
    }
}
