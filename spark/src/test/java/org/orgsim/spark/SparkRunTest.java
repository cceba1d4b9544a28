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
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
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
    /** The run on four cores, whose Parquet tables are read back too. */
    static Path fourCores;

    @BeforeAll
    static void runLocallyAndOnFourCores() throws IOException {
        System.setProperty("orgsim.journals", folder.resolve("journals").toString());
        scenario = SweepScenario.write(folder);
        local = folder.resolve("local");
        Result result = run("run", scenario.toString(), "--out", local.toString(), "--quiet", "--threads", "2");
        assertEquals(0, result.status(), result.err());
        fourCores = folder.resolve("spark-4");
        result = run("run", scenario.toString(), "--out", fourCores.toString(), "--quiet", "--spark", "local[4]");
        assertEquals(0, result.status(), result.err());
    }

    @AfterAll
    static void forgetTheJournalFolder() {
        System.clearProperty("orgsim.journals");
    }

    @Test
    void sparkWithOneOrFourCoresWritesTheSameBytesAsTheLocalPool() throws IOException {
        Path oneCore = folder.resolve("spark-1");
        Result result = run("run", scenario.toString(), "--out", oneCore.toString(), "--quiet", "--spark", "local[1]");
        assertEquals(0, result.status(), result.err());
        for (Path out : List.of(oneCore, fourCores)) {
            String master = out.getFileName().toString();
            for (String file : SAME_BYTES) {
                byte[] expected = Files.readAllBytes(local.resolve(file));
                assertTrue(expected.length > 100, file + " is nearly empty");
                assertArrayEquals(expected, Files.readAllBytes(out.resolve(file)), master + ": " + file);
            }
        }
    }

    @Test
    void parquetTablesHoldTheRowsOfTheirCsvFilesInOrderAndReadBackInSparkSql() throws IOException {
        Path out = fourCores;
        assertFalse(Files.exists(folder.resolve("local").resolve("runs.parquet")), "the local pool writes no Parquet");
        try (Stream<Path> files = Files.list(out)) {
            List<String> hidden = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(".")).toList();
            assertEquals(List.of(), hidden, "no scratch files left");
        }
        SparkSession spark = SparkSession.builder().master("local[1]").appName("read back")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            for (String table : ParquetTables.TABLES) {
                List<String> csv = Files.readAllLines(out.resolve(table + ".csv"));
                Dataset<Row> parquet = spark.read().parquet(out.resolve(table + ".parquet").toString());
                assertEquals(List.of(csv.get(0).split(",")), List.of(parquet.columns()), table + " columns");
                List<Row> rows = parquet.collectAsList();
                assertEquals(csv.size() - 1, rows.size(), table + " rows");
                assertTrue(rows.size() > 10, table);
                for (int index = 0; index < rows.size(); index++) {
                    String[] fields = csv.get(index + 1).split(",", -1);
                    Row row = rows.get(index);
                    for (int column = 0; column < fields.length; column++) {
                        Object value = row.get(column);
                        String where = table + " row " + index + " column " + parquet.columns()[column];
                        if (value instanceof Double number) {
                            assertEquals(Double.parseDouble(fields[column]), number, 0.0, where);
                        } else {
                            assertEquals(fields[column], String.valueOf(value), where);
                        }
                    }
                }
            }
            spark.read().parquet(out.resolve("sweep.parquet").toString()).createOrReplaceTempView("sweep");
            long points = spark.sql("SELECT COUNT(DISTINCT point) FROM sweep WHERE metric = 'burnout_rate'")
                    .first().getLong(0);
            assertEquals(3, points, "Spark SQL reads the sweep table");
        } finally {
            spark.stop();
        }
    }

    @Test
    void aSparkRunStoppedPartWayAndResumedOnSparkWritesTheSameBytes() throws IOException {
        Path stopped = folder.resolve("spark-stopped");
        Result first = run("run", scenario.toString(), "--out", stopped.toString(), "--quiet", "--spark", "local[2]",
                "--stop-after-units", "13");
        assertEquals(1, first.status(), first.err());
        assertFalse(Files.exists(stopped));
        // 24 units in all: the resumed run may run only the 11 it had not finished.
        Result resumed = run("run", scenario.toString(), "--resume", stopped.toString(), "--quiet", "--spark",
                "local[2]", "--stop-after-units", "11");
        assertEquals(0, resumed.status(), resumed.err());
        for (String file : SAME_BYTES) {
            assertArrayEquals(Files.readAllBytes(local.resolve(file)), Files.readAllBytes(stopped.resolve(file)), file);
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
