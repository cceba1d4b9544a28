package org.orgsim.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small sweep with a rule file: two variants (one merges two teams), three points, three replications. */
final class SweepScenario {
    private SweepScenario() {
    }

    static Path write(Path folder) throws IOException {
        Path file = folder.resolve("small-sweep.yaml");
        Files.writeString(file, """
                name: small-sweep
                description: the merger of merge-sweep.yaml, small enough for a test
                weeks: 30
                replications: 3
                seed: 11
                organization:
                  formedWeeksAgo: 156
                  teams:
                    - name: north
                      size: 6
                    - name: south
                      size: 6
                  management:
                    - name: department manager
                      span: 2
                sweep:
                  method: latin-hypercube
                  points: 3
                  parameters:
                    work.arrivalsPerMemberPerWeek: {min: 0.35, max: 0.65}
                    stress.ambiguityWeight: {min: 0.25, max: 1.0}
                variants:
                  - name: baseline
                    description: the two teams stay as they are
                  - name: merge-at-26
                    description: south merges into north in week 26
                    rules: [rules/merge-two-teams.drl]
                """);
        return file;
    }
}
