package org.orgsim.experiment;

import java.nio.file.Path;
import org.orgsim.results.Results;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioLoader;

/**
 * Small scenarios for experiment tests, written as users write them: two small teams, half a year,
 * a short warm-up, so that a run takes a few milliseconds and a test a fraction of a second.
 */
final class Studies {
    /** The organization and horizon every test scenario shares; variants and designs follow it. */
    static final String SMALL = """
            name: small
            weeks: 26
            seed: %d
            organization:
              teams:
                - name: alpha
                  size: 5
                - name: beta
                  size: 6
            parameters:
              simulation.warmupWeeks: 8
            """;

    private Studies() {
    }

    static Scenario scenario(long seed, String rest) {
        return ScenarioLoader.parse(SMALL.formatted(seed) + rest, Path.of("test.yaml"));
    }

    static Results run(Scenario scenario, int threads) {
        try {
            return new Experiment(scenario, threads).run(null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }
}
