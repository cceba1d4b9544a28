package org.orgsim.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every scenario shipped under scenarios/ loads (its rule files found from the engine module's
 * working directory, which is not the repository root: the shipped scenarios run from anywhere),
 * and every rule file it names exists.
 */
class ShippedScenariosTest {
    @Test
    void everyShippedScenarioLoadsFromAnotherWorkingDirectory() throws IOException {
        Path root = RuleLibrary.repositoryRoot().orElseThrow();
        List<Path> scenarios;
        try (Stream<Path> files = Files.walk(root.resolve("scenarios"))) {
            scenarios = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(scenarios.isEmpty());
        assertFalse(Path.of("").toAbsolutePath().equals(root), "the test runs outside the repository root");
        for (Path file : scenarios) {
            Scenario scenario = ScenarioLoader.load(file);
            for (Variant variant : scenario.variants()) {
                for (String rule : variant.rules()) {
                    assertTrue(Files.isRegularFile(Path.of(rule)), file + ": " + rule);
                }
            }
        }
    }
}
