package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Bad input through the real entry point: exit status 2, one message naming the file and the
 * place, and no output directory left behind.
 */
class BadInputTest {
    private static final String GOOD = """
            name: bad-input
            weeks: 4
            replications: 2
            organization:
              teams:
                - name: a
                  size: 3
                - name: b
                  size: 3
                - name: c
                  size: 3
            """;

    @TempDir
    Path temp;

    static Stream<Arguments> badScenarios() {
        return Stream.of(
                Arguments.of("unknown field", GOOD + "colour: blue\n", "colour is not a known field"),
                Arguments.of("missing field", GOOD.replace("weeks: 4\n", ""), "weeks is missing"),
                Arguments.of("wrong type", GOOD.replace("weeks: 4", "weeks: soon"), "weeks must be"),
                Arguments.of("out of range", GOOD.replace("name: c\n      size: 3", "name: c\n      size: 0"),
                        "organization.teams[2].size must be >= 1, was 0"),
                Arguments.of("empty organization", GOOD.substring(0, GOOD.indexOf("  teams:")) + "  teams: []\n",
                        "organization.teams must list at least one team"),
                Arguments.of("malformed YAML", "name: x\nweeks: [1, 2\n", "malformed YAML"),
                Arguments.of("unknown parameter", GOOD + "parameters:\n  stress.basline: 0.1\n", "did you mean stress.baseline"),
                Arguments.of("zero replications", GOOD.replace("replications: 2", "replications: 0"),
                        "replications must be >= 1, was 0"),
                Arguments.of("precision without auto", GOOD + "precision:\n  minimum: 4\n",
                        "precision is only used with replications: auto"),
                Arguments.of("unknown precision metric", GOOD.replace("replications: 2", "replications: auto")
                        + "precision:\n  metrics: [troughput]\n",
                        "precision.metrics[0] is not a known metric (did you mean throughput?"),
                Arguments.of("sweep over an unknown parameter", GOOD + "sweep:\n  parameters:\n    work.arrivalsPerMemberPerWek: [1, 2]\n",
                        "sweep.parameters.work.arrivalsPerMemberPerWek is not a known parameter (did you mean work.arrivalsPerMemberPerWeek?)"),
                Arguments.of("sweep over an empty range", GOOD + "sweep:\n  method: latin-hypercube\n  points: 4\n"
                                + "  parameters:\n    stress.baseline: {min: 1, max: -1}\n",
                        "sweep.parameters.stress.baseline is an empty range: min (1) must be below max (-1)"),
                Arguments.of("sweep over an empty list", GOOD + "sweep:\n  parameters:\n    stress.baseline: []\n",
                        "sweep.parameters.stress.baseline must list at least one value"),
                Arguments.of("sweep value out of range", GOOD + "sweep:\n  parameters:\n    stress.baseline: [0, 11]\n",
                        "sweep.parameters.stress.baseline[1] must be between -10 and 10, was 11"),
                Arguments.of("latin hypercube without points", GOOD + "sweep:\n  method: latin-hypercube\n"
                                + "  parameters:\n    stress.baseline: {min: -1, max: 1}\n",
                        "sweep.points is missing"),
                Arguments.of("sensitivity over an unknown parameter", GOOD + "sensitivity:\n  parameters:\n"
                                + "    stres.baseline: {min: -1, max: 1}\n",
                        "sensitivity.parameters.stres.baseline is not a known parameter (did you mean stress.baseline?)"),
                Arguments.of("missing rule file", GOOD + "variants:\n  - name: a\n  - name: b\n    rules: [rules/x.drl]\n",
                        "variants[1].rules[0]: rules/x.drl not found (looked in "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void runRefusesBadScenarioWithExitTwoAndNoOutput(String description, String yaml, String expected) throws IOException {
        Path scenario = temp.resolve("scenario.yaml");
        Files.writeString(scenario, yaml);
        Path out = temp.resolve("out");
        CliRunner.Outcome outcome = CliRunner.run("run", scenario.toString(), "--out", out.toString());
        assertEquals(2, outcome.status(), outcome.err());
        assertTrue(outcome.err().contains(scenario.toString()), "names the file: " + outcome.err());
        assertTrue(outcome.err().contains(expected), "names the place and problem: " + outcome.err());
        assertEquals(1, outcome.err().strip().lines().count(), "one clear message: " + outcome.err());
        assertFalse(Files.exists(out), "no output directory may be left behind");
        assertOnlyScenarioInTemp();

        CliRunner.Outcome validation = CliRunner.run("validate", scenario.toString());
        assertEquals(2, validation.status());
        assertTrue(validation.err().contains(expected), validation.err());
    }

    @Test
    void missingScenarioFile() {
        Path out = temp.resolve("out");
        CliRunner.Outcome outcome = CliRunner.run("run", temp.resolve("nowhere.yaml").toString(), "--out", out.toString());
        assertEquals(2, outcome.status());
        assertTrue(outcome.err().contains("nowhere.yaml: file not found"), outcome.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void badCommandLineArgumentsAreBadInput() throws IOException {
        Path scenario = temp.resolve("scenario.yaml");
        Files.writeString(scenario, GOOD);
        assertEquals(2, CliRunner.run("run", scenario.toString(), "--replications", "many").status());
        assertEquals(2, CliRunner.run("run", scenario.toString(), "--replications", "0").status());
        assertEquals(2, CliRunner.run("run", scenario.toString(), "--threads", "0").status());
        assertEquals(2, CliRunner.run("run", scenario.toString(), "--frobnicate").status());
        assertEquals(2, CliRunner.run("explode").status());
        assertEquals(2, CliRunner.run().status());
        assertOnlyScenarioInTemp();
    }

    @Test
    void anExistingNonEmptyOutputDirectoryIsRefusedAndLeftUntouched() throws IOException {
        Path scenario = temp.resolve("scenario.yaml");
        Files.writeString(scenario, GOOD);
        Path out = Files.createDirectory(temp.resolve("out"));
        Files.writeString(out.resolve("precious.txt"), "keep me");
        CliRunner.Outcome outcome = CliRunner.run("run", scenario.toString(), "--out", out.toString());
        assertEquals(2, outcome.status(), outcome.err());
        assertTrue(outcome.err().contains(out.toString()), outcome.err());
        assertEquals("keep me", Files.readString(out.resolve("precious.txt")));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(1, files.count());
        }
    }

    private void assertOnlyScenarioInTemp() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(1, files.filter(path -> !path.getFileName().toString().equals("out")).count(),
                    "nothing but the scenario file in " + temp);
        }
    }
}
