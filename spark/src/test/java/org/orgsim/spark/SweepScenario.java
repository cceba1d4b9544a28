package org.orgsim.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small sweep with a rule file: two variants (one merges two teams), three points, three replications (cli/src/test/resources/small-sweep.yaml). */
final class SweepScenario {
    private SweepScenario() {
    }

    static Path write(Path folder) throws IOException {
        Path file = folder.resolve("small-sweep.yaml");
        // The same small sweep as the cli module's resume test: one file in cli's test resources
        // (tests run in their module's folder, so it is one level up).
        Files.copy(Path.of("../cli/src/test/resources/small-sweep.yaml"), file);
        return file;
    }
}
