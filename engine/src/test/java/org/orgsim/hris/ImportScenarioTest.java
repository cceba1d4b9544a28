package org.orgsim.hris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.scenario.OrganizationSpec;
import org.orgsim.scenario.Scenario;
import org.orgsim.contract.InputException;
import org.orgsim.scenario.ScenarioLoader;
import org.orgsim.scenario.Variant;

/** {@code organization: {import: ...}} in a scenario file, and the example organization. */
class ImportScenarioTest {
    private static final Path EXAMPLE = Path.of("..", "scenarios", "example-org", "scenario.yaml");

    @TempDir
    Path temp;
    private String keyFileBefore;

    @BeforeEach
    void useATestKey() throws IOException {
        keyFileBefore = System.getProperty(Pseudonymizer.KEY_FILE_PROPERTY);
        Path key = temp.resolve("pseudonym.key");
        Files.writeString(key, HexFormat.of().formatHex(Imports.KEY) + "\n");
        System.setProperty(Pseudonymizer.KEY_FILE_PROPERTY, key.toString());
    }

    @AfterEach
    void restoreTheKey() {
        if (keyFileBefore == null) {
            System.clearProperty(Pseudonymizer.KEY_FILE_PROPERTY);
        } else {
            System.setProperty(Pseudonymizer.KEY_FILE_PROPERTY, keyFileBefore);
        }
    }

    private Scenario load(Path file, List<String> warnings) {
        return ImportWarnings.redirect(warnings::add, () -> ScenarioLoader.load(file));
    }

    @Test
    void theExampleOrganizationLoads() {
        List<String> warnings = new ArrayList<>();
        Scenario scenario = load(EXAMPLE, warnings);
        ImportedOrganization organization = imported(scenario.baselineVariant());
        assertEquals(293, organization.headcount());
        assertEquals(List.of("directie", "afdeling", "unit"), organization.levelNames());
        assertEquals(30, organization.teams().size());
        assertTrue(organization.teams().stream().anyMatch(team -> team.name().equals("Operations/2")));
        assertEquals(LeadershipStyle.HORIZONTAL, organization.teams().stream()
                .filter(team -> team.name().equals("Servicedesk")).findFirst().orElseThrow().style());
        assertTrue(imported(scenario.variant("self-managing").orElseThrow()).teams().stream()
                .allMatch(team -> team.style() == LeadershipStyle.HORIZONTAL));
        assertEquals(293, scenario.variant("self-managing").orElseThrow().organization().headcount());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("ignoring columns \"naam\", \"e-mail\", \"afdeling\", "
                + "\"opmerking\"")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("no survey data for 1 team (Inkoop)")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("(Juridisch, Security)")), warnings.toString());
    }

    private Path scenario(String organization) throws IOException {
        Files.writeString(temp.resolve("people.csv"), Imports.PEOPLE);
        Files.writeString(temp.resolve("survey.csv"), Imports.SURVEY);
        Path file = temp.resolve("x.yaml");
        Files.writeString(file, "name: x\nweeks: 4\norganization:\n" + organization);
        return file;
    }

    @Test
    void pathsAreFoundBesideTheScenario() throws IOException {
        Scenario scenario = load(scenario("""
                  import:
                    people: people.csv
                    survey: survey.csv
                    scale: 1-5
                    leadership: horizontal
                    teams: {alpha: hierarchical}
                    referenceDate: 2025-01-01
                """), new ArrayList<>());
        ImportedOrganization organization = imported(scenario.baselineVariant());
        assertEquals(LeadershipStyle.HIERARCHICAL, organization.teams().get(0).style());
        assertEquals(LeadershipStyle.HORIZONTAL, organization.teams().get(1).style());
        assertEquals(0.625, organization.teams().get(0).survey().engagement(), 1e-12);
    }

    static Stream<Arguments> badImports() {
        return Stream.of(
                Arguments.of("import and teams", "  teams: [{name: a, size: 3}]\n  import: {people: people.csv}\n",
                        "organization.teams cannot be combined with import"),
                Arguments.of("no people", "  import: {survey: survey.csv}\n",
                        "organization.import.people is missing (the HRIS export, e.g. people: data/people.csv)"),
                Arguments.of("a file that is not there", "  import: {people: nobody.csv}\n",
                        "organization.import.people: nobody.csv not found (looked in "),
                Arguments.of("a misspelt field", "  import: {people: people.csv, survy: survey.csv}\n",
                        "organization.import.survy is not a known field (did you mean 'survey'?"),
                Arguments.of("an unknown scale", "  import: {people: people.csv, survey: survey.csv, scale: 1-7}\n",
                        "organization.import.scale must be one of 1-5, 0-10, 0-100, was \"1-7\""),
                Arguments.of("a date that is not one", "  import: {people: people.csv, referenceDate: 2025-02-30}\n",
                        "organization.import.referenceDate must be a date written yyyy-mm-dd"),
                Arguments.of("a style of a team that does not exist",
                        "  import: {people: people.csv, teams: {gamma: horizontal}}\n",
                        "organization.import.teams.gamma names no team of the people file"),
                Arguments.of("an unknown style", "  import: {people: people.csv, teams: {alpha: flat}}\n",
                        "organization.import.teams.alpha must be one of hierarchical, horizontal, was \"flat\""),
                Arguments.of("team names", "  import: {people: people.csv, teamNames: hide}\n",
                        "organization.import.teamNames must be one of keep, pseudonymize, was \"hide\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badImports")
    void badImportBlocksNameTheYamlPath(String name, String organization, String message) throws IOException {
        Path file = scenario(organization);
        InputException problem = assertThrows(InputException.class, () -> load(file, new ArrayList<>()));
        assertTrue(problem.getMessage().startsWith(file + ": " + message), problem.getMessage());
    }

    @Test
    void aDataProblemNamesTheDataFileAsTheScenarioNamesIt() throws IOException {
        Path file = scenario("  import: {people: people.csv}\n");
        Files.writeString(temp.resolve("people.csv"), Imports.PEOPLE.replace(",0.6,", ",2,"));
        InputException problem = assertThrows(InputException.class, () -> load(file, new ArrayList<>()));
        assertTrue(problem.getMessage().startsWith("people.csv:10: the FTE must be above 0 and at most 1.2"),
                problem.getMessage());
    }

    @Test
    void aVariantMayImportAnotherExport() throws IOException {
        Files.writeString(temp.resolve("later.csv"), Imports.PEOPLE + "3007,3001,beta,analyst,1.0,2025-01-01,,2001\n");
        Path file = scenario("  import: {people: people.csv}\nvariants:\n  - name: now\n  - name: later\n"
                + "    organization: {import: {people: later.csv}}\n");
        Scenario scenario = load(file, new ArrayList<>());
        assertEquals(12, scenario.variant("now").orElseThrow().organization().headcount());
        assertEquals(13, scenario.variant("later").orElseThrow().organization().headcount());
    }

    /** The imported organization of a variant that imports one. */
    private static ImportedOrganization imported(Variant variant) {
        return ((OrganizationSpec.Imported) variant.organization()).organization();
    }
}
