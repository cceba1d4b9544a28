package org.orgsim.hris;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.orgsim.contract.LeadershipStyle;

/**
 * An organization read from an HRIS export and a pulse survey ({@code organization: {import: ...}}
 * in a scenario; read by {@code org.orgsim.hris.HrisImport}), as the model builds it: teams with
 * their lead and members, managers in levels, each person with a pseudonym, FTE and tenure, and
 * each team's survey targets. Immutable; shared by every variant and replication of a scenario.
 *
 * <p>Nothing here is a raw identifier or a name: people are known by pseudonyms only (see
 * {@code docs/privacy.md}). Teams keep the names of the export's team column (or pseudonyms of
 * them, with {@code teamNames: pseudonymize}).
 *
 * @param source     the people file, as the scenario names it (for messages)
 * @param dataFiles  the files read (people file, then survey file if any), as found: for provenance
 *                   (a manifest may record their sha-256, as it does for rule files)
 * @param levelNames names of the management levels, top first (the team leads' level is not among them)
 * @param managers   managers, top level first, then by pseudonym
 * @param teams      teams, sorted by name
 */
public record ImportedOrganization(String source, List<String> dataFiles, List<String> levelNames,
                                   List<Manager> managers, List<Team> teams) {
    public ImportedOrganization {
        Objects.requireNonNull(source, "source");
        dataFiles = List.copyOf(dataFiles);
        levelNames = List.copyOf(levelNames);
        managers = List.copyOf(managers);
        teams = List.copyOf(teams);
    }

    /**
     * One employee as the model needs them.
     *
     * @param id          pseudonym ({@code P} and 16 hexadecimal digits), also the key of the
     *                    person's random streams
     * @param fte         contract size, 0 &lt; fte &lt;= 1.2
     * @param tenureWeeks whole weeks employed at the reference date (week 0)
     */
    public record Person(String id, double fte, int tenureWeeks) {
        public Person {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A manager: somebody with a leader among their direct reports.
     *
     * @param person the manager
     * @param level  management level, 0 at the top
     * @param parent index in {@link #managers()} of the manager above, or -1 at the top
     */
    public record Manager(Person person, int level, int parent) {
        public Manager {
            Objects.requireNonNull(person, "person");
        }
    }

    /**
     * What a team's survey row says, each value mapped onto 0-1 (NaN where the row left it blank).
     * See {@code docs/scenarios.md} for the mapping.
     *
     * @param engagement    typical engagement of the team's people
     * @param workload      the workload score (0 = lowest, 0.5 = middle of the scale, 1 = highest),
     *                      which raises or lowers the team's stress
     * @param safety        typical psychological safety
     * @param complaints    share of the team's people with burnout complaints
     * @param respondents   respondents of the survey in this team
     */
    public record SurveyTargets(double engagement, double workload, double safety, double complaints, int respondents) {
    }

    /**
     * A team.
     *
     * @param name           unique team name (the team column's value; "/1", "/2" appended when reporting
     *                       lines split one value into several teams)
     * @param style          the leadership the scenario gives the team
     * @param dataLead       the lead according to the export, or null when the export names none
     * @param members        everybody else in the team, sorted by pseudonym
     * @param parent         index in {@link ImportedOrganization#managers()} of the manager the team
     *                       reports to, or -1
     * @param survey         the team's survey targets, or null without survey data
     * @param formedWeeksAgo the longest tenure in the team: how long it has existed at week 0
     */
    public record Team(String name, LeadershipStyle style, Person dataLead, List<Person> members, int parent,
                       SurveyTargets survey, int formedWeeksAgo) {
        public Team {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(style, "style");
            members = List.copyOf(members);
        }

        public int headcount() {
            return members.size() + (dataLead == null ? 0 : 1);
        }

        /**
         * The style the model runs: a team of one has nobody to lead and decides alone (horizontal),
         * whatever the scenario says.
         */
        public LeadershipStyle effectiveStyle() {
            return headcount() < 2 ? LeadershipStyle.HORIZONTAL : style;
        }

        /**
         * Who leads the team under hierarchical leadership: the export's lead, or else the member with
         * the longest tenure (the smallest pseudonym among equals) — the same people either way.
         */
        public Person hierarchicalLead() {
            if (dataLead != null) {
                return dataLead;
            }
            return members.stream()
                    .max(Comparator.comparingInt(Person::tenureWeeks).thenComparing(Person::id, Comparator.reverseOrder()))
                    .orElseThrow();
        }

        Team withStyle(LeadershipStyle newStyle) {
            return new Team(name, newStyle, dataLead, members, parent, survey, formedWeeksAgo);
        }
    }

    public int headcount() {
        int people = managers.size();
        for (Team team : teams) {
            people += team.headcount();
        }
        return people;
    }

    /** Positions per management level, top first. */
    public int[] managementPositions() {
        int[] positions = new int[levelNames.size()];
        for (Manager manager : managers) {
            positions[manager.level()]++;
        }
        return positions;
    }

    /** The same organization with every team under one style (a variant's {@code leadership:}). */
    public ImportedOrganization withLeadership(LeadershipStyle style) {
        return new ImportedOrganization(source, dataFiles, levelNames, managers,
                teams.stream().map(team -> team.withStyle(style)).toList());
    }

}
