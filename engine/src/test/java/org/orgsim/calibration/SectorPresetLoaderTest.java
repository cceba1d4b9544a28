package org.orgsim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioException;
import org.orgsim.scenario.ScenarioLoader;
import org.orgsim.scenario.SectorPreset;

/** {@code preset:} in a scenario: applied before the scenario's parameters, inherited by variants. */
class SectorPresetLoaderTest {
    private static final Path FILE = Path.of("presets.yaml");
    private static final String BASE = """
            name: presets
            weeks: 4
            organization:
              teams:
                - name: a
                  size: 3
            """;

    @Test
    void withoutAPresetTheDefaultsApply() {
        Scenario scenario = ScenarioLoader.parse(BASE, FILE);
        assertEquals(ParameterSet.defaults(), scenario.baselineVariant().parameters());
        assertEquals(SectorPreset.KNOWLEDGE_WORK, scenario.preset());
    }

    @Test
    void aPresetSetsItsParametersForEveryVariant() {
        Scenario scenario = ScenarioLoader.parse(BASE + "preset: care\nvariants:\n  - name: one\n  - name: two\n"
                + "    parameters: {stress.baseline: 0}\n", FILE);
        assertEquals(SectorPreset.CARE, scenario.preset());
        for (var variant : scenario.variants()) {
            for (var override : SectorPreset.CARE.overrides().entrySet()) {
                assertEquals(override.getValue(), variant.parameters().get(override.getKey()), variant.name() + " "
                        + override.getKey().key());
            }
        }
        assertEquals(0, scenario.variant("two").orElseThrow().parameters().get(Parameter.STRESS_BASELINE));
    }

    @Test
    void theScenariosOwnParametersOverrideThePreset() {
        Scenario scenario = ScenarioLoader.parse(BASE + "preset: hospitality\nparameters:\n  attrition.annualRate: 0.2\n",
                FILE);
        ParameterSet parameters = scenario.baselineVariant().parameters();
        assertEquals(0.2, parameters.get(Parameter.QUIT_ANNUAL_RATE));
        assertEquals(SectorPreset.HOSPITALITY.overrides().get(Parameter.SICK_SPELLS_PER_YEAR),
                parameters.get(Parameter.SICK_SPELLS_PER_YEAR));
    }

    @Test
    void knowledgeWorkIsTheDefaults() {
        Scenario scenario = ScenarioLoader.parse(BASE + "preset: knowledge-work\n", FILE);
        assertEquals(ParameterSet.defaults(), scenario.baselineVariant().parameters());
    }

    @Test
    void anUnknownPresetNamesThePlaceAndTheKnownPresets() {
        ScenarioException problem = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(BASE + "preset: retail\n", FILE));
        assertEquals("presets.yaml: preset must be one of knowledge-work, care, hospitality, finance, public, "
                + "was \"retail\"", problem.getMessage());
    }

    @Test
    void aPresetIsTextNotANumber() {
        ScenarioException problem = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(BASE + "preset: 3\n", FILE));
        assertTrue(problem.getMessage().startsWith("presets.yaml: preset must be one of knowledge-work"),
                problem.getMessage());
    }

    @Test
    void aPresetBelongsToTheScenarioNotToAVariant() {
        ScenarioException problem = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(BASE + "variants:\n  - name: one\n    preset: care\n", FILE));
        assertTrue(problem.getMessage().contains("variants[0].preset is not a known field"), problem.getMessage());
    }
}
