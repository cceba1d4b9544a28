package org.orgsim.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.hris.HrisImport;
import org.orgsim.hris.ImportRequest;
import org.orgsim.hris.ImportWarnings;
import org.orgsim.hris.Pseudonymizer;
import org.orgsim.hris.SurveyScale;

/**
 * Reads {@code organization: {import: {...}}}: an organization that comes from an HRIS export and a
 * pulse survey instead of from the generator (the format is in {@code docs/scenarios.md},
 * "Importing an organization"). File paths are resolved as rule files are: relative to the working
 * directory first, then to the scenario's folder.
 */
final class YamlImport {
    static final String FIELD = "import";
    private static final List<String> IMPORT_FIELDS = List.of("people", "survey", "scale", "leadership", "teams",
            "referenceDate", "teamNames");
    private static final List<String> OTHER_ORGANIZATION_FIELDS = List.of("teams", "management", "leadership",
            "formedWeeksAgo", "levels");
    private static final List<String> TEAM_NAMES = List.of("keep", "pseudonymize");

    private YamlImport() {
    }

    /** True when an {@code organization} map asks for an import. */
    static boolean isImport(YamlNode organization) {
        return organization.isMap() && !organization.field(FIELD).isAbsent();
    }

    static OrganizationSpec organization(YamlNode organization) {
        for (String other : OTHER_ORGANIZATION_FIELDS) {
            if (!organization.field(other).isAbsent()) {
                throw organization.field(other).problem("cannot be combined with import: an imported organization "
                        + "takes its teams and levels from the people file (set leadership and per-team styles "
                        + "inside import)");
            }
        }
        YamlNode node = organization.field(FIELD);
        node.map("a map with people (and optionally survey, scale, leadership, teams, referenceDate, teamNames), "
                + "e.g. import: {people: hris.csv, survey: survey.csv}", IMPORT_FIELDS);
        Path scenarioDirectory = directoryOf(node.file());
        YamlNode peopleNode = node.field("people").required("the HRIS export, e.g. people: data/people.csv");
        Path people = file(peopleNode, scenarioDirectory);
        YamlNode surveyNode = node.field("survey");
        Path survey = surveyNode.isAbsent() ? null : file(surveyNode, scenarioDirectory);
        YamlNode scaleNode = node.field("scale");
        SurveyScale scale = null;
        if (!scaleNode.isAbsent()) {
            scale = SurveyScale.of(scaleNode.text()).orElseThrow(() -> scaleNode.mismatch("one of "
                    + String.join(", ", SurveyScale.texts())));
        }
        YamlNode leadershipNode = node.field("leadership");
        LeadershipStyle leadership = leadershipNode.isAbsent() ? ScenarioLoader.DEFAULT_LEADERSHIP : style(leadershipNode);
        YamlNode teamsNode = node.field("teams");
        Map<String, LeadershipStyle> teamStyles = new LinkedHashMap<>();
        if (!teamsNode.isAbsent()) {
            if (!teamsNode.isMap()) {
                throw teamsNode.mismatch("a map of team names to styles, e.g. teams: {Support: horizontal}");
            }
            for (String team : teamsNode.fieldNames()) {
                teamStyles.put(team.trim(), style(teamsNode.field(team)));
            }
        }
        LocalDate referenceDate = referenceDate(node.field("referenceDate"));
        YamlNode teamNamesNode = node.field("teamNames");
        boolean pseudonymizeTeams = false;
        if (!teamNamesNode.isAbsent()) {
            String value = teamNamesNode.isText() ? teamNamesNode.text().toLowerCase(Locale.ROOT) : "";
            if (!TEAM_NAMES.contains(value)) {
                throw teamNamesNode.mismatch("one of " + String.join(", ", TEAM_NAMES));
            }
            pseudonymizeTeams = value.equals("pseudonymize");
        }
        ImportRequest request = new ImportRequest(people, peopleNode.text(), survey,
                surveyNode.isAbsent() ? null : surveyNode.text(), scale, leadership, teamStyles,
                team -> teamsNode.field(team).problem("names no team of the people file (use a value of its team "
                        + "column, or a team name such as name/2 for a team the reporting lines split off)"),
                referenceDate, pseudonymizeTeams);
        Consumer<String> warnings = ImportWarnings.current();
        Pseudonymizer pseudonyms = Pseudonymizer.fromKeyFile(Pseudonymizer.keyFile(), warnings);
        return OrganizationSpec.of(HrisImport.read(request, pseudonyms, warnings));
    }

    private static LeadershipStyle style(YamlNode node) {
        return ScenarioLoader.leadership(node);
    }

    private static LocalDate referenceDate(YamlNode node) {
        if (node.isAbsent()) {
            return null;
        }
        if (node.isText()) {
            try {
                return LocalDate.parse(node.text());
            } catch (DateTimeException invalid) {
                // reported below
            }
        }
        throw node.mismatch("a date written yyyy-mm-dd, e.g. referenceDate: 2025-01-01");
    }

    private static Path file(YamlNode node, Path scenarioDirectory) {
        String written = node.nonEmptyText();
        Path asWritten;
        try {
            asWritten = Path.of(written);
        } catch (InvalidPathException invalid) {
            throw node.statement(written + " is not a valid path (" + invalid.getReason() + ")");
        }
        if (Files.isRegularFile(asWritten)) {
            return asWritten.normalize();
        }
        if (scenarioDirectory != null && !asWritten.isAbsolute()) {
            Path besideScenario = scenarioDirectory.resolve(asWritten);
            if (Files.isRegularFile(besideScenario)) {
                return besideScenario.normalize();
            }
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        String places = scenarioDirectory == null
                || scenarioDirectory.toAbsolutePath().normalize().equals(workingDirectory)
                ? workingDirectory.toString()
                : workingDirectory + " and " + scenarioDirectory.toAbsolutePath().normalize();
        throw node.statement(written + " not found (looked in " + places + ")");
    }

    private static Path directoryOf(String scenarioFile) {
        try {
            Path parent = Path.of(scenarioFile).getParent();
            return parent == null ? Path.of("") : parent;
        } catch (InvalidPathException notAPath) {
            return null;
        }
    }
}
