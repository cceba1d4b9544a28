package org.orgsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orgsim.contract.LeadershipStyle;

class ScenarioLoaderTest {
    private static final Path SOURCE = Path.of("scenarios", "x.yaml");
    private static final String PREFIX = SOURCE + ": ";

    /** A valid scenario; the bad cases below change one thing in it. */
    private static final String MINIMAL = """
            name: minimal
            weeks: 52
            organization:
              teams:
                - name: alpha
                  size: 8
            """;

    private static final String THREE_TEAMS = """
            name: three
            weeks: 52
            organization:
              teams:
                - name: alpha
                  size: 8
                - name: beta
                  size: 6
                - name: gamma
                  size: %s
            """;

    static Stream<Arguments> badScenarios() {
        return Stream.of(
                bad("unknown top-level field", MINIMAL + "colour: blue\n",
                        PREFIX + "colour is not a known field (known fields: name, description, weeks, replications, "
                                + "seed, baseline, organization, work, parameters, variants, precision, sweep, "
                                + "sensitivity, careers, ruleParameters, preset, periods, discovery)"),
                bad("period beyond the horizon", MINIMAL + "periods: {year-2: [40, 60]}\n",
                        PREFIX + "periods.year-2[1] must be <= 52, was 60"),
                bad("period starting at week 0", MINIMAL + "periods: {start: [0, 10]}\n",
                        PREFIX + "periods.start[0] must be >= 1, was 0"),
                bad("period ending before it starts", MINIMAL + "periods: {late: [30, 20]}\n",
                        PREFIX + "periods.late[1] ends before the period starts (week 30)"),
                bad("period with one week given", MINIMAL + "periods: {late: [30]}\n",
                        PREFIX + "periods.late must be [first week, last week], e.g. [26, 78]"),
                bad("horizon is reserved", MINIMAL + "periods: {horizon: [1, 10]}\n",
                        PREFIX + "periods.horizon is reserved"),
                bad("periods as a list", MINIMAL + "periods: [[1, 10]]\n",
                        PREFIX + "periods must be a map from a period name to [first week, last week]"),
                bad("rules are per variant, not per scenario", MINIMAL + "rules: [a.drl]\n",
                        PREFIX + "rules is not a known field (known fields: "),
                bad("unknown team field with suggestion", MINIMAL.replace("size: 8", "sise: 8"),
                        PREFIX + "organization.teams[0].sise is not a known field (did you mean 'size'? known fields: "
                                + "name, size, leadership, formedWeeksAgo, count)"),
                bad("missing name", MINIMAL.replace("name: minimal\n", ""),
                        PREFIX + "name is missing ("),
                bad("missing weeks", MINIMAL.replace("weeks: 52\n", ""),
                        PREFIX + "weeks is missing (a whole number of weeks, e.g. weeks: 52)"),
                bad("null weeks counts as missing", MINIMAL.replace("weeks: 52", "weeks:"),
                        PREFIX + "weeks is missing ("),
                bad("missing organization", "name: x\nweeks: 52\n",
                        PREFIX + "organization is missing ("),
                bad("string for size", MINIMAL.replace("size: 8", "size: eight"),
                        PREFIX + "organization.teams[0].size must be a whole number, was \"eight\""),
                bad("quoted number for size", MINIMAL.replace("size: 8", "size: '8'"),
                        PREFIX + "organization.teams[0].size must be a whole number, was \"8\""),
                bad("map for teams", "name: x\nweeks: 52\norganization:\n  teams:\n    alpha: 8\n",
                        PREFIX + "organization.teams must be a list of teams"),
                bad("string for replications", MINIMAL + "replications: many\n",
                        PREFIX + "replications must be a whole number or auto, was \"many\""),
                bad("zero replications", MINIMAL + "replications: 0\n",
                        PREFIX + "replications must be >= 1, was 0"),
                bad("boolean for weeks", MINIMAL.replace("weeks: 52", "weeks: yes"),
                        PREFIX + "weeks must be a whole number, was true"),
                bad("number for name", MINIMAL.replace("name: minimal", "name: 2024"),
                        PREFIX + "name must be text, was 2024 (put it in quotes to use it as text)"),
                bad("list for organization", "name: x\nweeks: 52\norganization: [a, b]\n",
                        PREFIX + "organization must be a map with teams"),
                bad("size 0 in the third team", THREE_TEAMS.formatted("0"),
                        PREFIX + "organization.teams[2].size must be >= 1, was 0"),
                bad("size above the maximum", THREE_TEAMS.formatted("501"),
                        PREFIX + "organization.teams[2].size must be <= 500, was 501"),
                bad("weeks above the maximum", MINIMAL.replace("weeks: 52", "weeks: 2601"),
                        PREFIX + "weeks must be <= 2600, was 2601"),
                bad("fractional whole number", MINIMAL.replace("weeks: 52", "weeks: 52.5"),
                        PREFIX + "weeks must be a whole number, was 52.5"),
                bad("seed beyond 64 bits", MINIMAL + "seed: 99999999999999999999\n",
                        PREFIX + "seed must be <= 9223372036854775807, was 99999999999999999999"),
                bad("empty team list", "name: x\nweeks: 52\norganization:\n  teams: []\n",
                        PREFIX + "organization.teams must list at least one team"),
                bad("duplicate team names", MINIMAL + "    - name: alpha\n      size: 3\n",
                        PREFIX + "organization.teams[1].name repeats the team name \"alpha\" of organization.teams[0]"),
                bad("duplicate team names after count expansion",
                        MINIMAL.replace("size: 8", "size: 8\n      count: 3") + "    - name: alpha-2\n      size: 3\n",
                        PREFIX + "organization.teams[1].name repeats the team name \"alpha-2\" of "
                                + "organization.teams[0]"),
                bad("empty team name", MINIMAL.replace("name: alpha", "name: '  '"),
                        PREFIX + "organization.teams[0].name must not be empty"),
                bad("duplicate layer names",
                        MINIMAL + "  management:\n    - {name: dept, span: 4}\n    - {name: dept, span: 2}\n",
                        PREFIX + "organization.management[1].name repeats the layer name \"dept\" of "
                                + "organization.management[0]"),
                bad("duplicate variant names", MINIMAL + "variants:\n  - name: a\n  - name: b\n  - name: a\n",
                        PREFIX + "variants[2].name repeats the variant name \"a\" of variants[0]"),
                bad("empty variant list", MINIMAL + "variants: []\n",
                        PREFIX + "variants must list at least one variant"),
                bad("unknown variant field", MINIMAL + "variants:\n  - name: a\n    colour: blue\n",
                        PREFIX + "variants[0].colour is not a known field (known fields: name, description, "
                                + "leadership, organization, work, parameters, rules, careers, ruleParameters)"),
                bad("misspelt variant rules", MINIMAL + "variants:\n  - name: a\n    rule: [x.drl]\n",
                        PREFIX + "variants[0].rule is not a known field (did you mean 'rules'?"),
                bad("unknown baseline", MINIMAL + "baseline: base\nvariants:\n  - name: current\n  - name: merged\n",
                        PREFIX + "baseline must be the name of a variant (current, merged), was \"base\""),
                bad("baseline without variants", MINIMAL + "baseline: current\n",
                        PREFIX + "baseline must be the name of a variant (baseline), was \"current\""),
                bad("unknown parameter with suggestion", MINIMAL + "parameters:\n  stress.basline: 1\n",
                        PREFIX + "parameters.stress.basline is not a known parameter (did you mean stress.baseline?)"),
                bad("unknown nested parameter with suggestion", MINIMAL + "parameters:\n  stress:\n    basline: 1\n",
                        PREFIX + "parameters.stress.basline is not a known parameter (did you mean stress.baseline?)"),
                bad("unknown work parameter", MINIMAL + "work:\n  arrivals: 1\n",
                        PREFIX + "work.arrivals is not a known parameter (did you mean arrivalsPerMemberPerWeek?)"),
                bad("unknown variant parameter",
                        MINIMAL + "variants:\n  - name: a\n    parameters: {stres.baseline: 1}\n",
                        PREFIX + "variants[0].parameters.stres.baseline is not a known parameter "
                                + "(did you mean stress.baseline?)"),
                bad("parameter out of range", MINIMAL + "parameters:\n  stress.baseline: 12\n",
                        PREFIX + "parameters.stress.baseline must be between -10 and 10, was 12"),
                bad("fractional range bounds", MINIMAL + "work:\n  effortMeanHours: 0.25\n",
                        PREFIX + "work.effortMeanHours must be between 0.5 and 1000, was 0.25"),
                bad("parameter not a number", MINIMAL + "parameters:\n  stress.baseline: high\n",
                        PREFIX + "parameters.stress.baseline must be a number between -10 and 10, was \"high\""),
                bad("whole-number parameter with a fraction", MINIMAL + "parameters:\n  hiring.vacancyWeeks: 2.5\n",
                        PREFIX + "parameters.hiring.vacancyWeeks must be a whole number, was 2.5"),
                bad("parameter in work and in parameters",
                        MINIMAL + "work:\n  effortSigma: 1\nparameters:\n  work.effortSigma: 1.5\n",
                        PREFIX + "parameters.work.effortSigma sets work.effortSigma a second time "
                                + "(first at work.effortSigma)"),
                bad("parameter flat and nested", MINIMAL + "parameters:\n  stress.baseline: 1\n  stress:\n"
                                + "    baseline: 2\n",
                        PREFIX + "parameters.stress.baseline sets stress.baseline a second time"),
                bad("parameter group given a value", MINIMAL + "parameters:\n  stress: 1\n",
                        PREFIX + "parameters.stress is a group of parameters, not a parameter (its parameters: "
                                + "adaptWeeks, "),
                bad("duplicate YAML key", MINIMAL + "weeks: 10\n",
                        SOURCE + ":7:"),
                bad("malformed YAML", "name: x\nweeks: [1, 2\nseed: 3\n",
                        SOURCE + ":3:5: malformed YAML: "),
                bad("tab indentation", "name: x\norganization:\n\tteams: []\n",
                        SOURCE + ":3:1: malformed YAML: found character '\\t(TAB)'"),
                bad("two documents", MINIMAL + "---\nname: other\n",
                        SOURCE + ":8:1: holds more than one YAML document (a second one starts here)"),
                bad("empty file", "", PREFIX + "file is empty"),
                bad("only comments", "# nothing yet\n", PREFIX + "file is empty"),
                bad("top level is a list", "- name: x\n",
                        PREFIX + "the document must be a map of scenario fields (name, description, "),
                bad("bad leadership value", MINIMAL + "  leadership: flat\n",
                        PREFIX + "organization.leadership must be one of hierarchical, horizontal, was \"flat\""),
                bad("bad team leadership value", MINIMAL.replace("size: 8", "size: 8\n      leadership: 3"),
                        PREFIX + "organization.teams[0].leadership must be one of hierarchical, horizontal, was 3"),
                bad("bad name characters", MINIMAL.replace("name: minimal", "name: merge two/teams"),
                        PREFIX + "name must be letters, digits, '.', '_' and '-' only, starting with a letter or "
                                + "digit (it becomes a folder name), was \"merge two/teams\""),
                bad("name starting with a dot", MINIMAL.replace("name: minimal", "name: .."),
                        PREFIX + "name must be letters, digits"),
                bad("bad variant name characters", MINIMAL + "variants:\n  - name: a b\n",
                        PREFIX + "variants[0].name must be letters, digits"));
    }

    private static Arguments bad(String label, String yaml, String expectedMessageStart) {
        return Arguments.of(label, yaml, expectedMessageStart);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void reportsTheFirstProblemWithFileAndPath(String label, String yaml, String expectedMessageStart) {
        ScenarioException exception = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, SOURCE));
        String message = exception.getMessage();
        assertTrue(message.startsWith(expectedMessageStart),
                () -> "expected a message starting with\n  " + expectedMessageStart + "\nbut was\n  " + message);
        assertEquals(-1, message.indexOf('\n'), () -> "one line expected, was: " + message);
    }

    @Test
    void periodsFollowTheHorizonInTheOrderWritten() {
        Scenario scenario = ScenarioLoader.parse(MINIMAL + "periods: {main: [26, 52], first-half: [1, 26]}\n", SOURCE);
        assertEquals(List.of(new Period("horizon", 1, 52), new Period("main", 26, 52), new Period("first-half", 1, 26)),
                scenario.periods());
        assertEquals(new Period("main", 26, 52), scenario.mainPeriod());
        Scenario plain = ScenarioLoader.parse(MINIMAL, SOURCE);
        assertEquals(List.of(new Period("horizon", 1, 52)), plain.periods());
        assertEquals(Period.HORIZON, plain.mainPeriod().name());
    }

    @Test
    void exactMessageForAnOutOfRangeTeamSize() {
        ScenarioException exception = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(THREE_TEAMS.formatted("0"), SOURCE));
        assertEquals("scenarios/x.yaml: organization.teams[2].size must be >= 1, was 0",
                exception.getMessage().replace('\\', '/'));
    }

    @Test
    void duplicateKeyNamesTheKeyAndItsLine() {
        ScenarioException exception = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(MINIMAL + "weeks: 10\n", SOURCE));
        assertTrue(exception.getMessage().matches(".*x\\.yaml:7:\\d+: malformed YAML: Duplicate field 'weeks'"),
                exception.getMessage());
    }

    @Test
    void missingFileIsReported(@TempDir Path folder) {
        Path missing = folder.resolve("nowhere.yaml");
        ScenarioException exception = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(missing));
        assertEquals(missing + ": file not found", exception.getMessage());
    }

    @Test
    void directoryIsReported(@TempDir Path folder) {
        ScenarioException exception = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(folder));
        assertEquals(folder + ": cannot be read: it is a directory", exception.getMessage());
    }

    @Test
    void emptyFileIsReported(@TempDir Path folder) throws IOException {
        Path empty = Files.createFile(folder.resolve("empty.yaml"));
        ScenarioException exception = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(empty));
        assertTrue(exception.getMessage().startsWith(empty + ": file is empty"), exception.getMessage());
    }

    @Test
    void invalidUtf8IsReported(@TempDir Path folder) throws IOException {
        byte[] latin1Text = {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9};
        Path latin1 = Files.write(folder.resolve("latin1.yaml"), latin1Text);
        ScenarioException exception = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(latin1));
        assertEquals(latin1 + ": cannot be read: it is not UTF-8 text", exception.getMessage());
    }

    @Test
    void loadKeepsTheExactTextAndTheSource(@TempDir Path folder) throws IOException {
        String text = "# café\n" + MINIMAL + "description: '  trimmed  '\n";
        Path file = Files.writeString(folder.resolve("minimal.yaml"), text, StandardCharsets.UTF_8);
        Scenario scenario = ScenarioLoader.load(file);
        assertEquals(text, scenario.sourceText());
        assertEquals(file, scenario.source());
        assertEquals("trimmed", scenario.description());
    }

    @Test
    void minimalScenarioGetsTheDefaults() {
        Scenario scenario = ScenarioLoader.parse(MINIMAL, SOURCE);
        assertEquals("minimal", scenario.name());
        assertEquals("", scenario.description());
        assertEquals(52, scenario.weeks());
        assertEquals(20, scenario.replications());
        assertEquals(1L, scenario.seed());
        assertEquals("baseline", scenario.baseline());
        assertEquals(1, scenario.variants().size());
        Variant baseline = scenario.baselineVariant();
        assertEquals("baseline", baseline.name());
        assertEquals(ParameterSet.defaults(), baseline.parameters());
        assertEquals(List.of(), baseline.rules());
        assertEquals(new OrganizationSpec.Teams(List.of(new TeamSpec("alpha", 8, LeadershipStyle.HIERARCHICAL, 104)),
                List.of()), baseline.organization());
    }

    @Test
    void fullScenarioResolvesEveryVariant() {
        String yaml = """
                name: merge-two-teams
                description: Merge two teams and flatten a layer
                weeks: 78
                replications: 30
                seed: -42
                organization:
                  leadership: hierarchical
                  formedWeeksAgo: 52
                  teams:
                    - name: alpha
                      size: 8
                      count: 10
                    - name: beta
                      size: 5
                      leadership: horizontal
                      formedWeeksAgo: 0
                    - name: gamma
                      size: 3
                      count: 2
                  management:
                    - name: department
                      span: 2
                    - {name: unit, span: 6}
                work:
                  arrivalsPerMemberPerWeek: 1.0
                parameters:
                  stress.baseline: -0.5
                  hiring: {vacancyWeeks: 12}
                variants:
                  - name: current
                  - name: horizontal
                    description: every team self-manages
                    leadership: horizontal
                    work: {effortSigma: 0.9}
                    parameters:
                      stress: {baseline: -1}
                  - name: merged
                    organization:
                      teams:
                        - {name: merged, size: 13, count: 1}
                    parameters:
                      work.arrivalsPerMemberPerWeek: 2
                """;
        Scenario scenario = ScenarioLoader.parse(yaml, SOURCE);
        assertEquals("merge-two-teams", scenario.name());
        assertEquals("Merge two teams and flatten a layer", scenario.description());
        assertEquals(78, scenario.weeks());
        assertEquals(30, scenario.replications());
        assertEquals(-42L, scenario.seed());
        assertEquals("current", scenario.baseline(), "the first variant is the baseline by default");
        assertEquals(SOURCE, scenario.source());
        assertEquals(yaml, scenario.sourceText());
        assertEquals(List.of("current", "horizontal", "merged"),
                scenario.variants().stream().map(Variant::name).toList());

        OrganizationSpec organization = scenario.variant("current").orElseThrow().organization();
        List<String> teamNames = organization.teams().stream().map(TeamSpec::name).toList();
        assertEquals(List.of("alpha-01", "alpha-02", "alpha-03", "alpha-04", "alpha-05", "alpha-06", "alpha-07",
                "alpha-08", "alpha-09", "alpha-10", "beta", "gamma-1", "gamma-2"), teamNames);
        assertEquals(new TeamSpec("alpha-07", 8, LeadershipStyle.HIERARCHICAL, 52), organization.teams().get(6));
        assertEquals(new TeamSpec("beta", 5, LeadershipStyle.HORIZONTAL, 0), organization.teams().get(10));
        assertEquals(List.of(new ManagementLayer("department", 2), new ManagementLayer("unit", 6)),
                organization.management());

        ParameterSet scenarioLevel = ParameterSet.defaults()
                .with(Parameter.ARRIVALS_PER_MEMBER, 1.0)
                .with(Parameter.STRESS_BASELINE, -0.5)
                .with(Parameter.VACANCY_WEEKS, 12);
        assertEquals(scenarioLevel, scenario.variant("current").orElseThrow().parameters());

        Variant horizontal = scenario.variant("horizontal").orElseThrow();
        assertEquals("every team self-manages", horizontal.description());
        assertEquals(organization.withLeadership(LeadershipStyle.HORIZONTAL), horizontal.organization());
        assertTrue(horizontal.organization().teams().stream()
                .allMatch(team -> team.leadership() == LeadershipStyle.HORIZONTAL));
        assertEquals(scenarioLevel.with(Parameter.EFFORT_SIGMA, 0.9).with(Parameter.STRESS_BASELINE, -1),
                horizontal.parameters(), "variant overrides go on top of the scenario's");

        Variant merged = scenario.variant("merged").orElseThrow();
        assertEquals(new OrganizationSpec.Teams(List.of(new TeamSpec("merged", 13, LeadershipStyle.HIERARCHICAL, 104)),
                List.of()), merged.organization(), "a variant organization replaces the scenario's completely");
        assertEquals(scenarioLevel.with(Parameter.ARRIVALS_PER_MEMBER, 2), merged.parameters());
    }

    @Test
    void explicitBaselineIsKept() {
        String yaml = MINIMAL + "baseline: b\nvariants:\n  - name: a\n  - name: b\n";
        Scenario scenario = ScenarioLoader.parse(yaml, SOURCE);
        assertEquals("b", scenario.baseline());
        assertEquals("b", scenario.baselineVariant().name());
    }

    @Test
    void nestedFlatAndMixedParametersGiveTheSameSet() {
        String flat = """
                parameters:
                  stress.baseline: -0.5
                  stress.workloadWeight: 3
                  work.effortSigma: 0.8
                  hiring.vacancyWeeks: 8
                """;
        String nested = """
                parameters:
                  stress:
                    baseline: -0.5
                    workloadWeight: 3
                  work:
                    effortSigma: 0.8
                  hiring: {vacancyWeeks: 8}
                """;
        String mixed = """
                work:
                  effortSigma: 0.8
                parameters:
                  stress.baseline: -0.5
                  stress: {workloadWeight: 3.0}
                  hiring:
                    vacancyWeeks: 8.0
                """;
        ParameterSet expected = ParameterSet.defaults()
                .with(Parameter.STRESS_BASELINE, -0.5)
                .with(Parameter.STRESS_WORKLOAD_WEIGHT, 3)
                .with(Parameter.EFFORT_SIGMA, 0.8)
                .with(Parameter.VACANCY_WEEKS, 8);
        for (String parameters : List.of(flat, nested, mixed)) {
            ParameterSet actual = ScenarioLoader.parse(MINIMAL + parameters, SOURCE).baselineVariant().parameters();
            assertEquals(expected, actual, parameters);
        }
    }

    @Test
    void emptyOptionalSectionsCountAsAbsent() {
        Scenario scenario = ScenarioLoader.parse(MINIMAL + "description:\nwork:\nparameters:\nseed:\n", SOURCE);
        assertEquals("", scenario.description());
        assertEquals(1L, scenario.seed());
        assertEquals(ParameterSet.defaults(), scenario.baselineVariant().parameters());
    }

    /** The examples in the documentation are what users copy, so every complete one must load. */
    @Test
    void documentedScenariosLoad() throws IOException {
        Path documentation = Path.of("").toAbsolutePath();
        while (documentation != null && !Files.exists(documentation.resolve("docs/scenarios.md"))) {
            documentation = documentation.getParent();
        }
        assertNotNull(documentation, "docs/scenarios.md not found above the working directory");
        String text = Files.readString(documentation.resolve("docs/scenarios.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```yaml\n(name:.*?)```", Pattern.DOTALL).matcher(text);
        int scenarios = 0;
        while (block.find()) {
            Scenario scenario = ScenarioLoader.parse(block.group(1), Path.of("docs/scenarios.md"));
            assertFalse(scenario.variants().isEmpty());
            scenarios++;
        }
        assertTrue(scenarios >= 2, "expected the minimal and the complete example, found " + scenarios);
    }

    @Test
    void parseWithoutSourceUsesAGenericName() {
        Scenario scenario = ScenarioLoader.parse(MINIMAL, null);
        assertNull(scenario.source());
        ScenarioException exception = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("", null));
        assertTrue(exception.getMessage().startsWith("scenario: file is empty"), exception.getMessage());
    }
}
