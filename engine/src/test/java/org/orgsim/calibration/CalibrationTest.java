package org.orgsim.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioLoader;
import org.orgsim.scenario.SectorPreset;

/**
 * Guards the calibrated defaults: the calibration scenario ({@code scenarios/calibration-nl.yaml},
 * 201 people, its 40 replications and seed) must meet every published target's band, and its
 * unchanged organization must not drift. A change of a default that moves any calibrated measure
 * out of its band, or makes the baseline drift, fails here with the whole table in the message.
 *
 * <p>The scenario is the real one, at its own replications, so the test and {@code orgsim
 * calibrate} agree to the digit; one run takes a few seconds on one core.
 */
class CalibrationTest {
    private static Path root;
    private static CalibrationReport report;

    @BeforeAll
    static void calibrate() throws InterruptedException {
        root = repositoryRoot();
        Scenario scenario = ScenarioLoader.load(root.resolve("scenarios/calibration-nl.yaml"));
        report = Calibration.run(scenario, scenario.replications(), scenario.seed(), 1);
    }

    @Test
    void theCalibrationScenarioIsLargeAndReplicatedEnough() {
        assertTrue(report.people() >= 200, "the calibration organization has " + report.people() + " people");
        assertTrue(report.replications() >= 20, "the calibration runs " + report.replications() + " replications");
        assertTrue(report.preset() == SectorPreset.KNOWLEDGE_WORK, "the calibration scenario is knowledge work");
    }

    @Test
    void theDefaultsMeetEveryPublishedTarget() {
        List<String> failures = new ArrayList<>();
        for (CalibrationRow row : report.rows()) {
            if (!row.passes()) {
                failures.add(row.measure().key());
            }
        }
        assertTrue(failures.isEmpty(), () -> "outside their band: " + failures + "\n" + table(report));
    }

    @Test
    void anUnchangedOrganizationDoesNotDrift() {
        List<String> drifting = new ArrayList<>();
        for (DriftCheck check : report.drift()) {
            if (!check.passes()) {
                drifting.add(check.metric().key());
            }
        }
        assertTrue(drifting.isEmpty(), () -> "drifting between the first and last quarter: " + drifting + "\n"
                + drift(report));
    }

    @Test
    void everySectorPresetMeetsItsSectorsAbsenceAndTurnover() throws Exception {
        String text = Files.readString(root.resolve("scenarios/calibration-nl.yaml"));
        List<String> failures = new ArrayList<>();
        for (SectorPreset preset : SectorPreset.values()) {
            if (preset == SectorPreset.DEFAULT) {
                continue;
            }
            Scenario scenario = ScenarioLoader.parse(text.replace("preset: knowledge-work", "preset: " + preset.yamlName()),
                    Path.of("calibration-" + preset.yamlName() + ".yaml"));
            CalibrationReport sector = Calibration.run(scenario, scenario.replications(), scenario.seed(), 1);
            for (Measure measure : List.of(Measure.SICK_LEAVE, Measure.ATTRITION)) {
                CalibrationRow row = sector.row(measure);
                if (!row.passes()) {
                    failures.add(String.format(Locale.ROOT, "%s %s: %.4f, band %.4f-%.4f", preset.yamlName(),
                            measure.key(), row.value(), row.target().low(), row.target().high()));
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> "sector presets off their sector's levels: " + failures);
    }

    static String table(CalibrationReport report) {
        StringBuilder text = new StringBuilder();
        for (CalibrationRow row : report.rows()) {
            text.append(String.format(Locale.ROOT, "  %-28s %.4f [%.4f, %.4f]  target %.4f, band %.4f-%.4f  %s%n",
                    row.measure().key(), row.value(), row.ciLow(), row.ciHigh(), row.target().value(),
                    row.target().low(), row.target().high(), row.passes() ? "pass" : "FAIL"));
        }
        return text.toString();
    }

    static String drift(CalibrationReport report) {
        StringBuilder text = new StringBuilder();
        for (DriftCheck check : report.drift()) {
            text.append(String.format(Locale.ROOT, "  %-14s %.4f -> %.4f  diff %+.4f [%+.4f, %+.4f]  %s%n",
                    check.metric().key(), check.firstQuarter(), check.lastQuarter(), check.meanDiff(), check.ciLow(),
                    check.ciHigh(), check.passes() ? "pass" : "DRIFT"));
        }
        return text.toString();
    }

    /** The folder that holds both {@code scenarios/} and {@code engine/}, from the module or the root. */
    static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("scenarios/calibration-nl.yaml")) && Files.isDirectory(dir.resolve("engine"))) {
                return dir;
            }
        }
        return fail("no folder containing scenarios/calibration-nl.yaml and engine/ above " + start);
    }
}
