package org.orgsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.cli.OrgsimCommand;

/**
 * {@code orgsim run --spark}: the real command, in this process, on a small sweep with a rule file.
 * The output files must be the same bytes as the local pool's, for one core or four (so one or
 * several partitions per chunk, and units finishing in a different order).
 */
class SparkRunTest {
    /** The files the issue promises byte-identical, and the Parquet tables (compared in their own test). */
    static final List<String> SAME_BYTES = List.of("summary.json", "timeseries.csv", "runs.csv", "events.csv",
            "sweep.csv");

    @TempDir
    static Path folder;
    static Path scenario;
    static Path local;

    @BeforeAll
    static void runLocally() throws IOException {
        scenario = SweepScenario.write(folder);
        local = folder.resolve("local");
        Result result = run("run", scenario.toString(), "--out", local.toString(), "--quiet", "--threads", "2");
        assertEquals(0, result.status(), result.err());
    }

    @Test
    void sparkWithOneOrFourCoresWritesTheSameBytesAsTheLocalPool() throws IOException {
        for (String master : List.of("local[1]", "local[4]")) {
            Path out = folder.resolve("spark-" + master.replaceAll("[^0-9]", ""));
            Result result = run("run", scenario.toString(), "--out", out.toString(), "--quiet", "--spark", master);
            assertEquals(0, result.status(), master + ": " + result.err());
            for (String file : SAME_BYTES) {
                byte[] expected = Files.readAllBytes(local.resolve(file));
                assertTrue(expected.length > 100, file + " is nearly empty");
                assertArrayEquals(expected, Files.readAllBytes(out.resolve(file)), master + ": " + file);
            }
        }
    }

    @Test
    void aMasterSparkWouldNotAcceptIsBadInputAndWritesNothing() {
        for (String master : List.of("local[0]", "spark://nohost", "localhost", "")) {
            Path out = folder.resolve("bad-master");
            Result result = run("run", scenario.toString(), "--out", out.toString(), "--quiet", "--spark", master);
            assertEquals(2, result.status(), master);
            assertTrue(result.err().contains("is not a Spark master"), result.err());
            assertEquals(1, result.err().strip().lines().count(), "one message: " + result.err());
            assertFalse(Files.exists(out), "nothing written for " + master);
        }
    }

    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = OrgsimCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(status, out.toString(), err.toString());
    }
}
