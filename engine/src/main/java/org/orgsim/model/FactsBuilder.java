package org.orgsim.model;

import java.util.ArrayList;
import java.util.List;
import org.orgsim.contract.Metric;
import org.orgsim.model.facts.Level;
import org.orgsim.model.facts.Organization;
import org.orgsim.model.facts.Person;
import org.orgsim.model.facts.Team;
import org.orgsim.model.facts.Week;

/**
 * Turns the mutable state of a run into the immutable facts rules see, and keeps each team's
 * short metric history (so rules can ask "for 4 weeks"). Runs only when a variant has rules: a
 * run without rules pays nothing for it.
 *
 * <p>The fact classes keep the names rule authors write ({@code Team}, {@code Person},
 * {@code Organization}), which are also the names of the model's own classes; this class imports
 * the fact classes and leaves the model's objects to {@code var}, so neither needs spelling out.
 */
final class FactsBuilder {
    /** Weeks of team history rules can look back on. */
    static final int HISTORY_WEEKS = 26;
    /** Weeks a team's history log holds before it continues in a new one (twice what rules can see). */
    private static final int LOG_WEEKS = 2 * HISTORY_WEEKS;
    /** How many metrics a team's history keeps: those of {@link Team#HISTORY_METRICS}. */
    private static final int METRICS = Team.HISTORY_METRICS.size();

    private final OrgModel model;

    FactsBuilder(OrgModel model) {
        this.model = model;
    }

    /**
     * Appends this week's team metrics to every team's history log. A full log continues in a new
     * one that starts with the last weeks a rule can look back on: last week's facts keep the old
     * one, unchanged, and no fact needs a copy of its own.
     */
    void recordHistory() {
        for (var team : model.organization.teams) {
            if (team.history == null || team.historyWeeks == LOG_WEEKS) {
                double[] log = new double[LOG_WEEKS * METRICS];
                int kept = team.history == null ? 0 : HISTORY_WEEKS - 1;
                if (kept > 0) {
                    System.arraycopy(team.history, (LOG_WEEKS - kept) * METRICS, log, 0, kept * METRICS);
                }
                team.history = log;
                team.historyWeeks = kept;
            }
            System.arraycopy(MetricDefinitions.perTeamValues(team), 0, team.history, team.historyWeeks * METRICS, METRICS);
            team.historyWeeks++;
            team.historyLength = Math.min(HISTORY_WEEKS, team.historyLength + 1);
        }
    }

    WeeklyFacts build(boolean withPeople) {
        int week = model.week;
        List<Team> teams = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        for (var team : model.organization.teams) {
            var lead = team.lead();
            teams.add(new Team(team.name, team.style.yamlName(), team.headcount(),
                    team.members.size(), team.leadPosition != null && lead == null, team.memberVacancies.size(),
                    team.parent == null ? "" : team.parent.id, Math.max(0, week - team.formedWeek), team.wipLimit,
                    model.aiSupport(team) > 0, team.isCoached(), team.demandFactor, team.history, (team.historyWeeks - 1) * METRICS, team.historyLength, week));
        }
        if (withPeople) {
            for (var person : model.organization.staff) {
                people.add(new Person(person.id, person.team == null ? "" : person.team.name,
                    person.role.factName, person.tenureWeeks(week), person.competence,
                    person.stress(), person.exhaustion(), person.engagement(), person.safety(),
                    person.hasBurnoutComplaints(), person.onLongLeave() || person.absentDays() >= 5));
            }
        }
        int headcount = model.organization.staff.size();
        List<Level> levels = new ArrayList<>();
        for (int rank = 0; rank < model.organization.levels.size(); rank++) {
            var positions = model.organization.levels.get(rank);
            int vacant = 0;
            for (var position : positions) {
                vacant += position.isVacant() ? 1 : 0;
            }
            levels.add(new Level(model.organization.levelNames.get(rank), rank, positions.size(), vacant));
        }
        // One pass over the staff for the four (each measured alone took a pass of its own).
        double[] now = model.measureNow(Metric.BURNOUT_RATE, Metric.STRESS, Metric.ENGAGEMENT, Metric.SICK_LEAVE);
        Organization organization = new Organization(headcount, teams.size(), now[0], now[1], now[2], now[3], model.hiringFrozen);
        return new WeeklyFacts(new Week(week), organization, teams, people, levels);
    }
}
