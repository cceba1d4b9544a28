package org.orgsim.careers;

import java.nio.file.Files;
import java.nio.file.Path;
import org.orgsim.experiment.Experiment;
import org.orgsim.results.Results;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioLoader;

/**
 * Careers-only scenarios for tests: the pyramid of Pluchino, Rapisarda &amp; Garofalo (2010) — 160
 * positions in six levels — with their competence and age distributions, and the promotion
 * policies of the rule library.
 */
public final class CareerScenarios {
    /** The organization and careers of {@code scenarios/promotion-policies.yaml}, without variants. */
    public static final String PYRAMID = """
            organization:
              levels:
                - {name: director,       positions: 1,  weight: 1.0}
                - {name: senior-manager, positions: 5,  weight: 0.9}
                - {name: manager,        positions: 11, weight: 0.8}
                - {name: team-lead,      positions: 21, weight: 0.6}
                - {name: senior,         positions: 41, weight: 0.4}
                - {name: junior,         positions: 81, weight: 0.2}
            careers:
              competence: {distribution: normal, mean: 7, sd: 2, min: 1, max: 10, outOfRange: redraw}
              age: {distribution: normal, mean: 25, sd: 5, min: 18, max: 60}
              retirementAge: 60
              dismissalBelow: 4
              promotion: {noise: 1}
              events: per-review
            """;

    private CareerScenarios() {
    }

    /** The repository root (the folder with rules/ and engine/), from wherever the tests run. */
    public static Path root() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve("rules")) && Files.isDirectory(folder.resolve("engine"))) {
                return folder;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    /** The absolute path of a promotion policy of the library, e.g. {@code best} for rules/promotion/best.drl. */
    public static String policy(String name) {
        return root().resolve("rules").resolve("promotion").resolve(name + ".drl").toString();
    }

    /** A variant entry: name, policy file and, for the Peter hypothesis, fresh competence in the new role. */
    public static String variant(String name, String policy, boolean peter, String extra) {
        return "  - name: " + name + "\n    rules: [" + policy(policy) + "]\n"
                + (peter ? "    careers: {promotion: {newRoleCompetence: fresh}}\n" : "") + extra;
    }

    /** A scenario of the pyramid over {@code reviews} yearly reviews with the given variant entries. */
    public static Scenario scenario(String name, int reviews, int replications, String... variants) {
        String text = "name: " + name + "\nweeks: " + 52 * reviews + "\nreplications: " + replications
                + "\nseed: 7\n" + PYRAMID + "variants:\n" + String.join("", variants);
        return ScenarioLoader.parse(text, root().resolve("scenarios").resolve(name + ".yaml"));
    }

    public static Results run(Scenario scenario, int threads) {
        try {
            return new Experiment(scenario, threads).run((finished, total) -> { });
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
