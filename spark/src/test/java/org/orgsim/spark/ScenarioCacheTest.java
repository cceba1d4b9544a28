package org.orgsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.experiment.ScenarioUnits;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioLoader;

/** What an executor does on its tasks: one load and one rule compilation per scenario content, per JVM. */
class ScenarioCacheTest {
    @TempDir
    Path folder;

    @Test
    void anExecutorPreparesAScenarioOnceAndNeverRunsStaleFiles() throws IOException {
        ScenarioCache.clear();
        Path file = SweepScenario.write(folder).toAbsolutePath();
        Scenario scenario = ScenarioLoader.load(file);
        String key = ScenarioCache.key(file, scenario);

        ScenarioUnits first = ScenarioCache.units(key, file, false);
        assertSame(first, ScenarioCache.units(key, file, false), "later tasks reuse the compiled rule bases");
        assertEquals(1, ScenarioCache.size());

        // The file changes on this machine: the driver's key no longer matches what the executor reads.
        Files.writeString(file, Files.readString(file).replace("seed: 11", "seed: 12"));
        String stale = key;
        ScenarioCache.clear();
        IllegalStateException problem = assertThrows(IllegalStateException.class,
                () -> ScenarioCache.units(stale, file, false));
        assertTrue(problem.getMessage().contains("differ from the driver's"), problem.getMessage());

        String fresh = ScenarioCache.key(file, ScenarioLoader.load(file));
        assertNotSame(first, ScenarioCache.units(fresh, file, false), "changed files, a new key and a new preparation");
    }
}
