package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orgsim calibrate} through the real entry point. */
class CalibrateCommandTest {
    /** The calibration scenario of the repository (tests run in the cli module folder). */
    private static final Path SCENARIO = Path.of("..", "scenarios", "calibration-nl.yaml");

    @TempDir
    Path temp;

    @Test
    void printsEveryMeasureWithItsTargetBandAndResult() {
        CliRunner.Outcome outcome = CliRunner.run("calibrate", SCENARIO.toString(), "--replications", "4", "--threads", "1");
        assertEquals(0, outcome.status(), outcome.err());
        String out = outcome.out();
        assertTrue(out.contains("Calibration of calibration-nl (preset knowledge-work)"), out);
        for (String measure : new String[] {"sick_leave", "stress_share_of_sick_days", "burnout_rate", "engaged_share",
                "attrition", "quit_hazard_ratio_tenure", "quit_hazard_ratio_burnout", "coordination_share",
                "span_of_control", "ramp_up_break_even", "replacement_cost"}) {
            assertTrue(out.lines().anyMatch(line -> line.startsWith(measure + " ")
                    && (line.contains(" pass ") || line.contains(" FAIL "))), "row " + measure + " in\n" + out);
        }
        assertTrue(out.contains("Note: fewer than 20 replications"), out);
        assertTrue(out.contains("Stationarity"), out);
        assertTrue(out.lines().anyMatch(line -> line.startsWith("Result: ")), out);
    }

    @Test
    void theSameSeedGivesTheSameTableWhateverTheThreads() {
        CliRunner.Outcome one = CliRunner.run("calibrate", SCENARIO.toString(), "--replications", "3", "--threads", "1");
        CliRunner.Outcome two = CliRunner.run("calibrate", SCENARIO.toString(), "--replications", "3", "--threads", "2");
        assertEquals(0, one.status(), one.err());
        assertEquals(one.out(), two.out());
    }

    @Test
    void anUnknownPresetIsBadInputNamingThePlaceAndThePresets() throws IOException {
        Path scenario = temp.resolve("retail.yaml");
        Files.writeString(scenario, Files.readString(SCENARIO).replace("preset: knowledge-work", "preset: retail"));
        CliRunner.Outcome outcome = CliRunner.run("calibrate", scenario.toString());
        assertEquals(2, outcome.status());
        assertTrue(outcome.err().contains(scenario + ": preset must be one of knowledge-work, care, hospitality, "
                + "finance, public, was \"retail\""), outcome.err());
        assertEquals("", outcome.out());
    }

    @Test
    void tooFewReplicationsAreBadInput() {
        CliRunner.Outcome outcome = CliRunner.run("calibrate", SCENARIO.toString(), "--replications", "0");
        assertEquals(2, outcome.status());
        assertTrue(outcome.err().contains("--replications must be between 1 and 100000, was 0"), outcome.err());
    }

    @Test
    void helpNamesTheDefaultScenarioAndTheExitStatus() {
        CliRunner.Outcome outcome = CliRunner.run("calibrate", "--help");
        assertEquals(0, outcome.status());
        assertTrue(outcome.out().contains("scenarios/calibration-nl.yaml"), outcome.out());
        assertTrue(outcome.out().contains("Exit status 0"), outcome.out());
    }

    @Test
    void effectsWithoutItsScenarioDirectoryIsBadInput() {
        Path missing = temp.resolve("no-such-directory");
        CliRunner.Outcome outcome = CliRunner.run("calibrate", "--effects", missing.toString());
        assertEquals(2, outcome.status());
        assertTrue(outcome.err().contains(missing + ": not a directory of effect scenarios"), outcome.err());
        assertEquals("", outcome.out());
    }

    @Test
    void helpDescribesTheEffectsOption() {
        CliRunner.Outcome outcome = CliRunner.run("calibrate", "--help");
        assertTrue(outcome.out().contains("--effects"), outcome.out());
        assertTrue(outcome.out().contains("scenarios/effects"), outcome.out());
    }
}
