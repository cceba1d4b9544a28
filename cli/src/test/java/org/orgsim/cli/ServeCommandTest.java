package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orgsim serve}: help, and bad input refused with exit 2 before anything listens. */
class ServeCommandTest {
    @TempDir
    Path temp;

    @Test
    void helpNamesTheOptions() {
        CliRunner.Outcome outcome = CliRunner.run("serve", "--help");
        assertEquals(0, outcome.status(), outcome.err());
        for (String option : new String[] {"--port", "--host", "--lang", "--rules"}) {
            assertTrue(outcome.out().contains(option), outcome.out());
        }
    }

    @Test
    void badInputIsRefusedWithExitTwo() throws IOException {
        CliRunner.Outcome missing = CliRunner.run("serve", temp.resolve("nowhere").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("not a results directory"), missing.err());
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertEquals(2, CliRunner.run("serve", empty.toString()).status());
        assertEquals(2, CliRunner.run("serve", empty.toString(), "--port", "70000").status());
        assertEquals(2, CliRunner.run("serve", "--port", "nope").status());
    }

    @Test
    void findsTheNewestResultsDirectoryUnderOut() throws IOException {
        Path older = Files.createDirectories(temp.resolve("out/a/1"));
        Path newer = Files.createDirectories(temp.resolve("out/b/2"));
        Files.writeString(older.resolve("manifest.json"), "{}");
        Files.writeString(newer.resolve("manifest.json"), "{}");
        Files.setLastModifiedTime(older.resolve("manifest.json"), java.nio.file.attribute.FileTime.fromMillis(1_000));
        assertEquals(newer, ServeCommand.newestResults(temp.resolve("out")).orElseThrow());
        assertTrue(ServeCommand.newestResults(temp.resolve("nothing")).isEmpty());
    }
}
