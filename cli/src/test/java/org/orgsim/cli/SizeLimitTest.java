package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios too large for this machine are refused before anything runs, with the estimate and
 * how to raise the limit; absurd files are refused at once; running out of memory anyway is one
 * line of advice, not a stack trace.
 */
class SizeLimitTest {
    @TempDir
    Path temp;

    private Path scenario(String teams) throws IOException {
        return Files.writeString(temp.resolve("big.yaml"), "name: big\nweeks: 52\nreplications: 10\norganization:\n  teams:\n"
                + teams + "variants:\n  - name: baseline\n");
    }

    @Test
    void aBillionPeopleAreRefusedAtOnce() throws IOException {
        String teams = IntStream.range(0, 200).mapToObj(i -> "    - {name: t" + i + ", size: 500, count: 10000}\n")
                .collect(Collectors.joining());
        Path file = scenario(teams);
        long start = System.nanoTime();
        CliRunner.Outcome outcome = CliRunner.run("validate", file.toString());
        assertEquals(2, outcome.status(), outcome.err());
        assertTrue(outcome.err().contains(file + ": organization.teams[10] brings the organization to more than 100000 teams"),
                outcome.err());
        assertTrue(System.nanoTime() - start < 20e9, "refused without building the organization");
    }

    @Test
    void anOrganizationLargerThanTheHeapIsRefusedWithTheEstimate() throws IOException {
        Path file = scenario("    - {name: t, size: 500, count: 10000}\n");
        for (String command : new String[] {"validate", "run"}) {
            CliRunner.Outcome outcome = command.equals("run")
                    ? CliRunner.run("run", file.toString(), "--out", temp.resolve("out").toString(), "--threads", "2")
                    : CliRunner.run("validate", file.toString(), "--threads", "2");
            assertEquals(2, outcome.status(), outcome.err());
            assertTrue(outcome.err().contains(file + ": too large to run here: 5,010,000 people per run x 2 run(s) at once: about "),
                    outcome.err());
            assertTrue(outcome.err().contains("ORGSIM_JAVA_OPTS=-Xmx") && outcome.err().contains("--max-people"), outcome.err());
            assertFalse(Files.exists(temp.resolve("out")));
        }
    }

    @Test
    void maxPeopleIsTheLimitAndValidateShowsTheEstimate() {
        Path tiny = CliRunner.resource("scenarios/tiny.yaml");
        CliRunner.Outcome refused = CliRunner.run("validate", tiny.toString(), "--max-people", "10");
        assertEquals(2, refused.status(), refused.err());
        assertTrue(refused.err().contains("but --max-people is 10"), refused.err());
        CliRunner.Outcome valid = CliRunner.run("validate", tiny.toString(), "--threads", "1");
        assertEquals(0, valid.status(), valid.err());
        assertTrue(valid.out().contains("  estimate: 14 people per run x 1 run(s) at once: about "), valid.out());
    }

    @Test
    void aTwentyMillionCharacterNameIsRefusedFast() throws IOException {
        Path file = temp.resolve("huge.yaml");
        Files.writeString(file, "name: " + "n".repeat(20_000_000) + "\nweeks: 4\n");
        long start = System.nanoTime();
        CliRunner.Outcome outcome = CliRunner.run("validate", file.toString());
        assertEquals(2, outcome.status(), outcome.err());
        assertTrue(outcome.err().contains(file + ": is 20,000,016 bytes; a scenario file is at most"), outcome.err());
        assertTrue(System.nanoTime() - start < 5e9, "refused before reading");
        Files.writeString(file, "name: " + "n".repeat(50_000) + "\nweeks: 4\n");
        CliRunner.Outcome longLine = CliRunner.run("validate", file.toString());
        assertTrue(longLine.err().contains(file + ":1: the line is 50,006 characters long"), longLine.err());
        Files.writeString(file, "name: " + "n".repeat(300) + "\nweeks: 4\n");
        CliRunner.Outcome longName = CliRunner.run("validate", file.toString());
        assertEquals(2, longName.status());
        assertTrue(longName.err().contains("is 300 characters long; a name has at most 100") && !longName.err().contains("nnnnnnnnnn"),
                longName.err());
    }

    @Test
    void runningOutOfMemoryIsOneLineOfAdvice() throws IOException, InterruptedException {
        Path file = scenario("    - {name: t, size: 500, count: 400}\n");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", file.toString(), "--out",
                temp.resolve("out").toString(), "--max-people", "100000000", "--threads", "1", "--quiet")
                .redirectErrorStream(true).redirectOutput(temp.resolve("log.txt").toFile()).start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "ends");
        String log = Files.readString(temp.resolve("log.txt"));
        assertEquals(1, process.exitValue(), log);
        assertTrue(log.startsWith("orgsim: out of memory (Java heap "), log);
        assertEquals(1, log.strip().lines().count(), "one line: " + log);
        assertFalse(Files.exists(temp.resolve("out")));
    }
}
