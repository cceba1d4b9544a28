package org.orgsim.hris;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.orgsim.contract.SmallGroupSuppression;
import org.orgsim.hris.ImportedOrganization.Manager;
import org.orgsim.hris.ImportedOrganization.Person;
import org.orgsim.hris.ImportedOrganization.SurveyTargets;
import org.orgsim.hris.ImportedOrganization.Team;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.contract.InputException;

/**
 * Reads an HRIS export and a pulse survey into an {@link ImportedOrganization}: the one entry
 * point of this package. Order of work, and why:
 *
 * <ol>
 *   <li>the people file streams through once; each id is pseudonymized as its cell is read, unused
 *       columns are skipped unread, every cell is checked ({@link PeopleFile});</li>
 *   <li>manager ids are checked, reporting cycles ruled out, and reporting lines turned into teams,
 *       leads and management levels ({@link ReportingLines});</li>
 *   <li>the survey is read and matched to the teams ({@link SurveyFile});</li>
 *   <li>the result is sorted by pseudonym and team name, so that it does not depend on the order of
 *       the rows in the export.</li>
 * </ol>
 *
 * The first problem stops the import as a {@link InputException} naming {@code file:line};
 * allowed oddities (ignored columns, teams without survey data, small teams) are warnings.
 */
public final class HrisImport {
    /** An organization smaller than this would show figures of a group too small to show. */
    static final int MIN_PEOPLE = SmallGroupSuppression.MINIMUM_GROUP_SIZE;
    private static final int TEAMS_NAMED_IN_WARNINGS = 8;

    private HrisImport() {
    }

    public static ImportedOrganization read(ImportRequest request, Pseudonymizer pseudonyms, Consumer<String> warnings) {
        String file = request.peopleName();
        PeopleFile people = PeopleFile.read(request.people(), file, pseudonyms, warnings);
        if (people.size < MIN_PEOPLE) {
            throw new InputException(file + ": has " + people.size + " people; an imported organization needs at "
                    + "least " + MIN_PEOPLE + ", since no figure about a smaller group may be shown (docs/privacy.md)");
        }
        ReportingLines lines = ReportingLines.derive(people);

        int referenceDay = referenceDay(request, people);
        int[] tenure = new int[people.size];
        int hiredLater = 0;
        int firstHiredLater = -1;
        for (int row = 0; row < people.size; row++) {
            int days = referenceDay - people.hireDay[row];
            if (days < 0 && hiredLater++ == 0) {
                firstHiredLater = people.line[row];
            }
            tenure[row] = Math.max(0, days) / 7;
        }
        if (hiredLater > 0) {
            warnings.accept(file + ":" + firstHiredLater + ": " + hiredLater + (hiredLater == 1 ? " person is" : " people are")
                    + " hired after the reference date " + LocalDate.ofEpochDay(referenceDay)
                    + "; they start with no tenure (this is the first)");
        }

        List<String> names = teamNames(lines, people, pseudonyms, request.pseudonymizeTeams());
        Map<Integer, SurveyFile.Row> survey = readSurvey(request, lines, people, warnings);

        // Managers: top level first, then by pseudonym.
        List<Integer> managerRows = new ArrayList<>(lines.managers);
        managerRows.sort(Comparator.<Integer>comparingInt(row -> lines.level[row]).thenComparing(people::pseudonym));
        Map<Integer, Integer> managerIndex = new HashMap<>();
        for (int index = 0; index < managerRows.size(); index++) {
            managerIndex.put(managerRows.get(index), index);
        }
        List<Manager> managers = new ArrayList<>(managerRows.size());
        for (int row : managerRows) {
            int above = people.manager(row);
            managers.add(new Manager(person(people, row, tenure), lines.level[row], above < 0 ? -1 : managerIndex.get(above)));
        }

        Map<String, Team> teams = new TreeMap<>();
        for (int index = 0; index < lines.teams.size(); index++) {
            ReportingLines.TeamDraft draft = lines.teams.get(index);
            List<Person> members = new ArrayList<>(draft.members().length);
            int formed = draft.lead() < 0 ? 0 : tenure[draft.lead()];
            for (int row : draft.members()) {
                members.add(person(people, row, tenure));
                formed = Math.max(formed, tenure[row]);
            }
            members.sort(Comparator.comparing(Person::id));
            SurveyFile.Row row = survey.get(draft.cell());
            SurveyTargets targets = row == null || row.targets().respondents() == 0 ? null : row.targets();
            String name = names.get(index);
            String raw = people.teamNames.get(draft.cell());
            teams.put(name, new Team(name, styleOf(request, raw, draft.part() == 0 ? raw : raw + "/" + draft.part(), name),
                    draft.lead() < 0 ? null : person(people, draft.lead(), tenure), members,
                    draft.parent() < 0 ? -1 : managerIndex.get(draft.parent()), targets, formed));
        }
        checkStyleKeys(request, people, lines, teams.keySet());
        List<String> dataFiles = new ArrayList<>(List.of(request.people().toString()));
        if (request.survey() != null) {
            dataFiles.add(request.survey().toString());
        }
        ImportedOrganization organization = new ImportedOrganization(file, dataFiles, lines.levelNames, managers,
                List.copyOf(teams.values()));
        warn(organization, lines, request, warnings);
        return organization;
    }

    private static int referenceDay(ImportRequest request, PeopleFile people) {
        if (request.referenceDate() != null) {
            return Math.toIntExact(request.referenceDate().toEpochDay());
        }
        int latest = Integer.MIN_VALUE;
        for (int row = 0; row < people.size; row++) {
            latest = Math.max(latest, people.hireDay[row]);
        }
        return latest;
    }

    private static Person person(PeopleFile people, int row, int[] tenure) {
        return new Person(people.pseudonym(row), people.fte[row], tenure[row]);
    }

    /**
     * Team names: the team column's value (or its keyed pseudonym), with "/1", "/2", ... when the
     * reporting lines split one value into several teams.
     */
    private static List<String> teamNames(ReportingLines lines, PeopleFile people, Pseudonymizer pseudonyms,
                                          boolean pseudonymize) {
        List<String> names = new ArrayList<>(lines.teams.size());
        Set<String> taken = new HashSet<>();
        for (ReportingLines.TeamDraft draft : lines.teams) {
            String raw = people.teamNames.get(draft.cell());
            String base = pseudonymize ? pseudonyms.teamName(raw) : raw;
            String name = draft.part() == 0 ? base : base + "/" + draft.part();
            if (!taken.add(name)) {
                throw new InputException(people.file + ": the team name " + (pseudonymize ? name : "\"" + name + "\"")
                        + " is used twice: once in the team column and once for a team the reporting lines split off "
                        + "(name/1, name/2, ...); rename the team in the export");
            }
            names.add(name);
        }
        return names;
    }

    private static Map<Integer, SurveyFile.Row> readSurvey(ImportRequest request, ReportingLines lines,
                                                           PeopleFile people, Consumer<String> warnings) {
        if (request.survey() == null) {
            return Map.of();
        }
        Map<String, Integer> teamCells = new HashMap<>();
        for (ReportingLines.TeamDraft draft : lines.teams) {
            teamCells.put(people.teamNames.get(draft.cell()), draft.cell());
        }
        Map<Integer, SurveyFile.Row> rows = SurveyFile.read(request.survey(), request.surveyName(), teamCells,
                request.scale(), !request.pseudonymizeTeams(), warnings);
        Map<Integer, Integer> headcountOfCell = new HashMap<>();
        for (ReportingLines.TeamDraft draft : lines.teams) {
            headcountOfCell.merge(draft.cell(), draft.headcount(), Integer::sum);
        }
        for (SurveyFile.Row row : rows.values()) {
            if (row.targets().respondents() > headcountOfCell.get(row.cell())) {
                // No figures: the team may be small, and its size is a team-level figure.
                warnings.accept(request.surveyName() + ":" + row.line() + ": more respondents than people in the team "
                        + "(is the survey from another date than the export?)");
            }
        }
        return rows;
    }

    /** A team's own style (by its name, or its split name in the export's terms), else its team column's, else the default. */
    private static LeadershipStyle styleOf(ImportRequest request, String rawName, String rawSplitName, String name) {
        Map<String, LeadershipStyle> styles = request.teamStyles();
        LeadershipStyle own = styles.containsKey(name) ? styles.get(name) : styles.get(rawSplitName);
        return own != null ? own : styles.getOrDefault(rawName, request.leadership());
    }

    private static void checkStyleKeys(ImportRequest request, PeopleFile people, ReportingLines lines,
                                       Set<String> teamNames) {
        Set<String> known = new HashSet<>(teamNames);
        for (ReportingLines.TeamDraft draft : lines.teams) {
            String raw = people.teamNames.get(draft.cell());
            known.add(raw);
            known.add(draft.part() == 0 ? raw : raw + "/" + draft.part());
        }
        for (String key : new TreeMap<>(request.teamStyles()).keySet()) {
            if (!known.contains(key)) {
                throw request.unknownTeam().apply(key);
            }
        }
    }

    private static void warn(ImportedOrganization organization, ReportingLines lines, ImportRequest request,
                             Consumer<String> warnings) {
        String file = request.peopleName();
        if (request.survey() != null) {
            List<String> withoutSurvey = organization.teams().stream().filter(team -> team.survey() == null)
                    .map(Team::name).toList();
            if (!withoutSurvey.isEmpty()) {
                warnings.accept(request.surveyName() + ": no survey data for " + count(withoutSurvey.size(), "team")
                        + " (" + names(withoutSurvey) + "); " + (withoutSurvey.size() == 1 ? "it starts" : "they start")
                        + " from the model's defaults");
            }
        }
        List<String> small = organization.teams().stream()
                .filter(team -> SmallGroupSuppression.isSuppressed(team.headcount())).map(Team::name).toList();
        if (!small.isEmpty()) {
            warnings.accept(file + ": " + count(small.size(), "team") + " of fewer than "
                    + SmallGroupSuppression.MINIMUM_GROUP_SIZE + " people (" + names(small)
                    + "): outputs withhold their team-level figures (docs/privacy.md)");
        }
        long leadless = organization.teams().stream().filter(team -> team.dataLead() == null && team.headcount() >= 2
                && team.style() == LeadershipStyle.HIERARCHICAL).count();
        if (leadless > 0) {
            warnings.accept(file + ": " + count((int) leadless, "team") + " without a lead in the export; under "
                    + "hierarchical leadership the member with the longest tenure leads " + (leadless == 1 ? "it" : "each"));
        }
        if (lines.roleLeadsAsMembers > 0) {
            warnings.accept(file + ": " + count(lines.roleLeadsAsMembers, "person") + " with the role lead "
                    + (lines.roleLeadsAsMembers == 1 ? "is a member" : "are members")
                    + " of a team that somebody else leads (by the reporting lines)");
        }
        if (lines.reportingElsewhere > 0) {
            warnings.accept(file + ": " + count(lines.reportingElsewhere, "person") + " report to somebody who is "
                    + "neither their team's lead nor the manager above their team; the team column places them");
        }
    }

    private static String count(int count, String noun) {
        return count + " " + (count == 1 ? noun : noun.equals("person") ? "people" : noun + "s");
    }

    private static String names(List<String> names) {
        if (names.size() <= TEAMS_NAMED_IN_WARNINGS) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, TEAMS_NAMED_IN_WARNINGS)) + " and "
                + (names.size() - TEAMS_NAMED_IN_WARNINGS) + " more";
    }
}
