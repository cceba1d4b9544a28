package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --spark} where the Spark module is not on the class path (the default command line). */
class SparkOptionTest {
    @TempDir
    Path folder;

    @Test
    void sparkWithoutTheSparkModuleIsOneClearMessageAndWritesNothing() {
        Path out = folder.resolve("out");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.resource("scenarios/tiny.yaml").toString(),
                "--out", out.toString(), "--quiet", "--spark", "local[2]");
        assertEquals(2, outcome.status(), outcome.err());
        assertTrue(outcome.err().contains("--spark: the Spark executor is not on the class path"), outcome.err());
        assertEquals(1, outcome.err().strip().lines().count(), outcome.err());
        assertFalse(Files.exists(out));
    }
}
