package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    private static final List<String> DETERMINISTIC_FILES =
            List.of("summary.json", "timeseries.csv", "runs.csv", "events.csv");

    @TempDir
    Path temp;

    @Test
    void runWritesEveryContractFileAndPrintsTheImpactTable() throws IOException {
        Path out = temp.resolve("results");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.resource("scenarios/tiny.yaml").toString(),
                "--out", out.toString(), "--threads", "2");
        assertEquals(0, outcome.status(), outcome.err());
        for (String file : List.of("manifest.json", "scenario.yaml", "summary.json", "timeseries.csv", "runs.csv", "events.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file + " missing");
        }
        assertEquals("variant,replication,week,rule,action,target,detail",
                Files.readAllLines(out.resolve("events.csv")).get(0));
        assertTrue(outcome.out().contains("Human impact"), outcome.out());
        assertTrue(outcome.out().contains("Efficiency impact"), outcome.out());
        assertTrue(outcome.out().contains("Burnout complaints (% staff)"), outcome.out());
        assertTrue(outcome.out().lines().allMatch(line -> line.length() <= 100), "fits 100 columns: " + outcome.out());
        assertFalse(outcome.out().contains("unclear"), "the report's verdict words: " + outcome.out());
        assertEquals(Files.readString(CliRunner.resource("scenarios/tiny.yaml")), Files.readString(out.resolve("scenario.yaml")));
        try (Stream<Path> leftovers = Files.list(temp)) {
            assertEquals(List.of(out), leftovers.toList(), "only the output directory, no staging leftovers");
        }
    }

    @Test
    void langBothWritesTheEnglishAndTheDutchReportSideBySide() throws IOException {
        Path out = temp.resolve("both");
        String scenario = CliRunner.resource("scenarios/tiny.yaml").toString();
        CliRunner.Outcome outcome = CliRunner.run("run", scenario, "--out", out.toString(), "--quiet", "--lang", "both");
        assertEquals(0, outcome.status(), outcome.err());
        assertTrue(Files.readString(out.resolve("report.html")).contains("<html lang=\"en\">"));
        assertTrue(Files.readString(out.resolve("report.nl.html")).contains("<html lang=\"nl\">"));
        assertTrue(Files.isRegularFile(out.resolve("charts/stress.svg")));
        assertTrue(Files.isRegularFile(out.resolve("charts.nl/stress.svg")));

        Path dutchOnly = temp.resolve("nl");
        assertEquals(0, CliRunner.run("run", scenario, "--out", dutchOnly.toString(), "--quiet", "--lang", "nl").status());
        assertTrue(Files.isRegularFile(dutchOnly.resolve("report.nl.html")));
        assertFalse(Files.exists(dutchOnly.resolve("report.html")));

        Path german = temp.resolve("de");
        CliRunner.Outcome refused = CliRunner.run("run", scenario, "--out", german.toString(), "--quiet", "--lang", "de");
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("'de' is not a report language"), refused.err());
        assertFalse(Files.exists(german), "nothing written for a usage error");
    }

    @Test
    void resultsAreByteIdenticalForAnyThreadCount() throws IOException {
        Path single = temp.resolve("one-thread");
        Path several = temp.resolve("four-threads");
        String scenario = CliRunner.resource("scenarios/tiny.yaml").toString();
        assertEquals(0, CliRunner.run("run", scenario, "--out", single.toString(), "--threads", "1", "--quiet").status());
        assertEquals(0, CliRunner.run("run", scenario, "--out", several.toString(), "--threads", "4", "--quiet").status());
        for (String file : DETERMINISTIC_FILES) {
            assertArrayEquals(Files.readAllBytes(single.resolve(file)), Files.readAllBytes(several.resolve(file)),
                    file + " differs between --threads 1 and --threads 4");
        }
    }

    @Test
    void seedAndReplicationOverridesAreHonoured() throws IOException {
        Path out = temp.resolve("overridden");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.resource("scenarios/tiny.yaml").toString(),
                "--out", out.toString(), "--replications", "3", "--seed", "5", "--quiet");
        assertEquals(0, outcome.status(), outcome.err());
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"replications\": 3"), summary);
        assertTrue(summary.contains("\"seed\": 5"), summary);
        // 2 variants x 3 replications x every metric, plus the header
        long rows = Files.readAllLines(out.resolve("runs.csv")).size() - 1;
        assertEquals(2L * 3 * org.orgsim.contract.Metric.recordedWithoutCareers().size(), rows);
    }

    @Test
    void aDifferentSeedGivesDifferentResults() throws IOException {
        Path first = temp.resolve("seed-1");
        Path second = temp.resolve("seed-2");
        String scenario = CliRunner.resource("scenarios/tiny.yaml").toString();
        assertEquals(0, CliRunner.run("run", scenario, "--out", first.toString(), "--seed", "1", "--quiet").status());
        assertEquals(0, CliRunner.run("run", scenario, "--out", second.toString(), "--seed", "2", "--quiet").status());
        assertFalse(Files.readString(first.resolve("runs.csv")).equals(Files.readString(second.resolve("runs.csv"))));
    }

    @Test
    void validateAcceptsAGoodScenarioWithoutWritingAnything() throws IOException {
        CliRunner.Outcome outcome = CliRunner.run("validate", CliRunner.resource("scenarios/tiny.yaml").toString());
        assertEquals(0, outcome.status(), outcome.err());
        assertTrue(outcome.out().contains("is valid"), outcome.out());
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void everyCommandHasHelpAndTheToolHasAVersion() {
        for (String command : List.of("run", "validate")) {
            CliRunner.Outcome outcome = CliRunner.run(command, "--help");
            assertEquals(0, outcome.status(), command);
            assertTrue(outcome.out().contains("Usage: orgsim " + command), outcome.out());
        }
        CliRunner.Outcome version = CliRunner.run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("orgsim "), version.out());
    }
}
