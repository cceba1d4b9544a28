package org.orgsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orgsim.contract.Metric;
import org.orgsim.scenario.CareersSpec.EventLog;
import org.orgsim.scenario.CareersSpec.NewRoleCompetence;
import org.orgsim.scenario.DistributionSpec.OutOfRange;

/** The careers fields of a scenario: levels, careers, rule parameters, with their defaults and their errors. */
class CareersLoaderTest {
    private static final Path SOURCE = Path.of("scenarios", "c.yaml");
    private static final String PREFIX = SOURCE + ": ";

    private static final String LEVELS = """
            name: careers
            weeks: 520
            organization:
              levels:
                - {name: director, positions: 1, weight: 1.0}
                - {name: manager, positions: 4, weight: 0.6}
                - {name: staff, positions: 20, weight: 0.2}
            """;

    private static final String TEAMS = """
            name: teams
            weeks: 104
            organization:
              teams:
                - {name: alpha, size: 6}
                - {name: beta, size: 6}
              management:
                - {name: department, span: 2}
            """;

    private static Scenario parse(String yaml) {
        return ScenarioLoader.parse(yaml, SOURCE);
    }

    @Test
    void anOrganizationOfLevelsGetsTheDefaultCareers() {
        Scenario scenario = parse(LEVELS);
        Variant variant = scenario.baselineVariant();
        assertTrue(variant.organization().isLevelsOnly());
        assertEquals(List.of(new LevelSpec("director", 1, 1.0), new LevelSpec("manager", 4, 0.6),
                new LevelSpec("staff", 20, 0.2)), ((OrganizationSpec.Levels) variant.organization()).levels());
        assertEquals(25, variant.organization().headcount());
        CareersSpec careers = variant.careers();
        assertEquals(52, careers.reviewWeeks());
        assertEquals(DistributionSpec.normal(7, 2, 1, 10, OutOfRange.REDRAW), careers.competence());
        assertEquals(DistributionSpec.normal(25, 5, 18, 60, OutOfRange.REDRAW), careers.age());
        assertEquals(careers.age(), careers.hiringAge(), "the hiring age follows the age when not given");
        assertEquals(60, careers.retirementAge());
        assertTrue(!careers.dismisses());
        assertEquals(0, careers.quitRate());
        assertEquals(NewRoleCompetence.CARRY_OVER, careers.newRoleCompetence());
        assertEquals(1, careers.noise(), 1e-12, "a ninth of the competence range");
        assertEquals(EventLog.EACH, careers.events());
        assertEquals(Map.of(), variant.ruleParameters());
        assertEquals(List.of(Metric.ATTRITION, Metric.HEADCOUNT, Metric.BENCH_STRENGTH), variant.metrics());
    }

    @Test
    void everyCareersFieldIsReadAndVariantsOverrideFieldByField() {
        Scenario scenario = parse(LEVELS + """
                careers:
                  reviewWeeks: 26
                  competence: {distribution: uniform, min: 0, max: 100}
                  age: {mean: 40, sd: 8, min: 20, max: 64, outOfRange: clip}
                  hiringAge: {mean: 24}
                  retirementAge: 67
                  dismissalBelow: 10
                  quitRate: 0.05
                  promotion: {newRoleCompetence: blend, noise: 5, carryOverWeight: 0.8}
                  events: per-review
                ruleParameters: {p: 0.25, threshold: 3}
                variants:
                  - name: as-scenario
                  - name: peter
                    careers:
                      promotion: {newRoleCompetence: fresh}
                      age: {sd: 2}
                      dismissalBelow: none
                    ruleParameters: {p: 0.75}
                """);
        CareersSpec base = scenario.variants().get(0).careers();
        assertEquals(26, base.reviewWeeks());
        assertEquals(DistributionSpec.uniform(0, 100), base.competence());
        assertEquals(DistributionSpec.normal(40, 8, 20, 64, OutOfRange.CLIP), base.age());
        assertEquals(DistributionSpec.normal(24, 8, 20, 64, OutOfRange.CLIP), base.hiringAge(),
                "hiringAge starts from age and overrides the mean");
        assertEquals(67, base.retirementAge());
        assertEquals(10, base.dismissalBelow());
        assertEquals(0.05, base.quitRate());
        assertEquals(NewRoleCompetence.BLEND, base.newRoleCompetence());
        assertEquals(5, base.noise());
        assertEquals(0.8, base.carryOverWeight());
        assertEquals(EventLog.PER_REVIEW, base.events());
        assertEquals(Map.of("p", 0.25, "threshold", 3.0), scenario.variants().get(0).ruleParameters());

        CareersSpec peter = scenario.variants().get(1).careers();
        assertEquals(NewRoleCompetence.FRESH, peter.newRoleCompetence());
        assertEquals(5, peter.noise(), "other promotion fields are the scenario's");
        assertEquals(DistributionSpec.normal(40, 2, 20, 64, OutOfRange.CLIP), peter.age());
        assertTrue(!peter.dismisses());
        assertEquals(26, peter.reviewWeeks());
        assertEquals(Map.of("p", 0.75, "threshold", 3.0), scenario.variants().get(1).ruleParameters());
    }

    @Test
    void teamsWithCareersAreOneOrganizationWithTheTeamModelsCompetence() {
        Scenario scenario = parse(TEAMS + """
                careers:
                  weights: {department: 1.0, team lead: 0.6, member: 0.3}
                  dismissalBelow: 0.2
                variants:
                  - name: a
                  - name: b
                    careers: {promotion: {newRoleCompetence: fresh}}
                """);
        Variant variant = scenario.baselineVariant();
        CareersSpec careers = variant.careers();
        assertNull(careers.competence(), "competence is the team model's");
        assertEquals(1.0 / 9, careers.noise(), 1e-12, "a ninth of the 0-1 range");
        assertEquals(0.6, careers.weightOf("team lead"));
        assertEquals(1.0, careers.weightOf("not a level"));
        assertEquals(List.of("department", "team lead", "member"), variant.organization().careerLevelNames());
        assertEquals(Metric.all(), variant.metrics());
        assertEquals(NewRoleCompetence.FRESH, scenario.variants().get(1).careers().newRoleCompetence());
    }

    @Test
    void aScenarioWithoutCareersHasNone() {
        Scenario scenario = parse(TEAMS);
        assertNull(scenario.baselineVariant().careers());
        assertEquals(Metric.recordedWithoutCareers(), scenario.baselineVariant().metrics());
    }

    @Test
    void aCareersOnlyScenarioMayRunForCenturiesAndDefaultsItsPrecisionToBenchStrength() {
        Scenario scenario = parse(LEVELS.replace("weeks: 520", "weeks: 52000") + "replications: auto\n");
        assertEquals(52000, scenario.weeks());
        assertEquals(List.of(Metric.ATTRITION, Metric.BENCH_STRENGTH), scenario.precision().metrics());
    }

    static Stream<Arguments> badScenarios() {
        return Stream.of(
                bad("weight zero", LEVELS.replace("weight: 0.6", "weight: 0"),
                        "organization.levels[1].weight must be a positive number, was 0"),
                bad("weight negative", LEVELS.replace("weight: 0.6", "weight: -1"),
                        "organization.levels[1].weight must be a positive number, was -1"),
                bad("zero positions", LEVELS.replace("positions: 4", "positions: 0"),
                        "organization.levels[1].positions must be >= 1, was 0"),
                bad("no levels", "name: x\nweeks: 52\norganization:\n  levels: []\n",
                        "organization.levels must list at least one level"),
                bad("repeated level", LEVELS.replace("name: manager", "name: director"),
                        "organization.levels[1].name repeats the level name \"director\" of organization.levels[0]"),
                bad("levels and teams", LEVELS + "  teams: [{name: a, size: 3}]\n",
                        "organization.teams cannot be combined with levels"),
                bad("empty competence range", LEVELS + "careers:\n  competence: {min: 10, max: 1}\n",
                        "careers.competence is an empty range: min (10) must be below max (1)"),
                bad("equal competence bounds", LEVELS + "careers:\n  competence: {min: 5, max: 5}\n",
                        "careers.competence is an empty range: min (5) must be below max (5)"),
                bad("negative competence", LEVELS + "careers:\n  competence: {min: -1}\n",
                        "careers.competence.min must be >= 0 (bench_strength is a share of the highest competence), was -1"),
                bad("retirement below entry age", LEVELS + "careers:\n  retirementAge: 16\n",
                        "careers.retirementAge: the retirement age (16) must be above the entry age, the youngest "
                                + "hiring age hiringAge.min (18)"),
                bad("entry age above retirement in a variant", LEVELS + "careers:\n  retirementAge: 40\nvariants:\n"
                                + "  - name: a\n  - name: b\n    careers: {hiringAge: {min: 45, max: 50, mean: 47}}\n",
                        "variants[1].careers.hiringAge: the retirement age (40) must be above the entry age"),
                bad("unknown careers field", LEVELS + "careers:\n  retirmentAge: 65\n",
                        "careers.retirmentAge is not a known field (did you mean 'retirementAge'?"),
                bad("uniform with a mean", LEVELS + "careers:\n  competence: {distribution: uniform, mean: 5}\n",
                        "careers.competence.mean is not used by a uniform distribution"),
                bad("unknown distribution", LEVELS + "careers:\n  age: {distribution: lognormal}\n",
                        "careers.age.distribution must be one of normal, uniform, was \"lognormal\""),
                bad("unknown hypothesis", LEVELS + "careers:\n  promotion: {newRoleCompetence: peter}\n",
                        "careers.promotion.newRoleCompetence must be one of carry-over, fresh, blend, was \"peter\""),
                bad("weight of blend out of range", LEVELS + "careers:\n  promotion: {carryOverWeight: 1.5}\n",
                        "careers.promotion.carryOverWeight must be between 0 and 1, was 1.5"),
                bad("dismissal above the highest competence", LEVELS + "careers:\n  dismissalBelow: 11\n",
                        "careers.dismissalBelow: the dismissal threshold dismissalBelow (11) must not be above the "
                                + "highest competence (10)"),
                bad("weeks not a whole number of reviews", LEVELS.replace("weeks: 520", "weeks: 100"),
                        "weeks must be a whole number of career reviews in a careers-only scenario"),
                bad("variant with another review interval", LEVELS + "variants:\n  - name: a\n  - name: b\n"
                                + "    careers: {reviewWeeks: 26}\n",
                        "variants[1].careers.reviewWeeks must be the scenario's careers.reviewWeeks (52)"),
                bad("variant with teams in a careers-only scenario", LEVELS + "variants:\n  - name: a\n"
                                + "    organization: {teams: [{name: t, size: 3}]}\n",
                        "variants[0].organization must describe levels like the scenario's organization"),
                bad("leadership in a careers-only scenario", LEVELS + "variants:\n  - name: a\n    leadership: horizontal\n",
                        "variants[0].leadership is only for an organization of teams"),
                bad("variants with other levels", LEVELS + "variants:\n  - name: a\n  - name: b\n    organization:\n"
                                + "      levels: [{name: boss, positions: 1, weight: 1}, {name: staff, positions: 9, weight: 1}]\n",
                        "variants[1].organization has the career levels"),
                bad("competence with teams", TEAMS + "careers:\n  competence: {mean: 7}\n",
                        "careers.competence is only for an organization described as levels"),
                bad("quit rate with teams", TEAMS + "careers:\n  quitRate: 0.1\n",
                        "careers.quitRate is only for an organization described as levels"),
                bad("weights of unknown level", TEAMS + "careers:\n  weights: {departmnt: 1}\n",
                        "careers.weights.departmnt is not a level of the organization (did you mean 'department'?"),
                bad("weights with levels", LEVELS + "careers:\n  weights: {staff: 1}\n",
                        "careers.weights is only for an organization of teams"),
                bad("careers added by a variant only", TEAMS + "variants:\n  - name: a\n  - name: b\n    careers: {}\n",
                        "variants[1].careers cannot add careers to a scenario without them"),
                bad("bad rule parameter name", LEVELS + "ruleParameters: {2p: 1}\n",
                        "ruleParameters.2p is not a valid rule parameter name"),
                bad("rule parameter not a number", LEVELS + "variants:\n  - name: a\n    ruleParameters: {p: high}\n",
                        "variants[0].ruleParameters.p must be a number"),
                bad("bench strength without careers", TEAMS + "replications: auto\nprecision:\n  metrics: [bench_strength]\n",
                        "precision.metrics[0] is not recorded in this scenario (bench_strength needs careers)"),
                bad("team metric in a careers-only scenario", LEVELS + "replications: auto\nprecision:\n  metrics: [throughput]\n",
                        "precision.metrics[0] is not recorded in this scenario (an organization described as levels "
                                + "records only attrition, headcount, bench_strength)"),
                bad("a century with teams", TEAMS.replace("weeks: 104", "weeks: 5200"), "weeks must be <= 2600, was 5200"));
    }

    private static Arguments bad(String description, String yaml, String expected) {
        return Arguments.of(description, yaml, PREFIX + expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void badCareersInputNamesTheYamlPath(String description, String yaml, String expected) {
        ScenarioException failure = assertThrows(ScenarioException.class, () -> parse(yaml));
        assertTrue(failure.getMessage().startsWith(expected),
                () -> "expected a message starting with\n  " + expected + "\nbut was\n  " + failure.getMessage());
    }

    /** The level names become series names; names that differ only in characters outside the allowed ones collide. */
    @Test
    void levelNamesBecomeSeriesNames() {
        assertEquals("competence_level_team_lead", CareersSpec.seriesName("team lead"));
        ScenarioException failure = assertThrows(ScenarioException.class,
                () -> parse(LEVELS.replace("name: director,", "name: team lead,").replace("name: manager,", "name: team_lead,")));
        assertTrue(failure.getMessage().startsWith(PREFIX + "organization.levels[1].name repeats the level name "
                + "\"team_lead\" of organization.levels[0]"), failure.getMessage());
    }

    /**
     * The careers examples of docs/scenarios.md load: the complete careers-only scenario, the
     * careers map with every field (over an organization of levels) and careers with teams.
     */
    @Test
    void theCareersExamplesOfTheDocumentationLoad() throws java.io.IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !java.nio.file.Files.exists(root.resolve("docs/scenarios.md"))) {
            root = root.getParent();
        }
        String text = java.nio.file.Files.readString(root.resolve("docs/scenarios.md"));
        String careers = text.substring(text.indexOf("\n## Careers\n"), text.indexOf("\n## Automatic replication count\n"));
        java.util.regex.Matcher block = java.util.regex.Pattern.compile("```yaml\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(careers);
        String library = root.resolve("rules").toString() + "/";
        int loaded = 0;
        while (block.find()) {
            String yaml = block.group(1).replace("rules/", library);
            if (!yaml.contains("\nname: ") && !yaml.startsWith("name: ")) {
                boolean levelsGiven = yaml.contains("organization:");
                yaml = "name: example\nweeks: 520\n" + (levelsGiven ? "" : LEVELS.substring(LEVELS.indexOf("organization:"))) + yaml;
            }
            Scenario scenario = parse(yaml);
            assertTrue(scenario.baselineVariant().hasCareers(), yaml);
            loaded++;
        }
        assertEquals(4, loaded, "the examples of the careers section");
    }

    /** Careers with an imported organization are refused for now, with the place and the reason. */
    @Test
    void careersWithAnImportedOrganizationAreRefused() throws java.io.IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !java.nio.file.Files.exists(root.resolve("scenarios/example-org/scenario.yaml"))) {
            root = root.getParent();
        }
        Path file = root.resolve("scenarios/example-org/scenario.yaml");
        String yaml = java.nio.file.Files.readString(file) + "careers: {retirementAge: 67}\n";
        ScenarioException failure = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, file));
        assertTrue(failure.getMessage().startsWith(file + ": careers cannot be combined with organization.import yet"),
                failure.getMessage());
    }

    /** The example scenarios load: five policies under each competence hypothesis, and the scale check. */
    @Test
    void theCareersExampleScenariosLoad() throws java.io.IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !java.nio.file.Files.exists(root.resolve("scenarios/promotion-policies.yaml"))) {
            root = root.getParent();
        }
        String library = root.resolve("rules").toString() + "/";
        Path file = root.resolve("scenarios/promotion-policies.yaml");
        Scenario policies = ScenarioLoader.parse(java.nio.file.Files.readString(file).replace("rules/", library), file);
        assertEquals(10, policies.variants().size());
        assertEquals("random-carry-over", policies.baseline());
        assertEquals(52000, policies.weeks());
        assertEquals(5, policies.variants().stream()
                .filter(variant -> variant.careers().newRoleCompetence() == NewRoleCompetence.FRESH).count());
        assertTrue(policies.variants().stream().filter(variant -> variant.name().startsWith("mix"))
                .allMatch(variant -> variant.ruleParameters().equals(Map.of("p", 0.5))));
        assertEquals(EventLog.PER_REVIEW, policies.baselineVariant().careers().events());
        assertEquals(160, policies.baselineVariant().organization().headcount());

        Path scale = root.resolve("scenarios/careers-scale.yaml");
        Scenario check = ScenarioLoader.parse(java.nio.file.Files.readString(scale).replace("rules/", library), scale);
        assertEquals(50, check.replications());
        assertEquals(160, check.baselineVariant().organization().headcount());
    }
}
