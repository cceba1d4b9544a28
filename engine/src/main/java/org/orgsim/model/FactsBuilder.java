package org.orgsim.model;

import java.util.ArrayList;
import java.util.List;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.contract.Metric;
import org.orgsim.model.MetricDefinitions.Definition;

/**
 * Turns the mutable state of a run into the immutable facts rules see, and keeps each team's
 * short metric history (so rules can ask "for 4 weeks"). Runs only when a variant has rules: a
 * run without rules pays nothing for it.
 */
final class FactsBuilder {
    /** Weeks of team history rules can look back on. */
    static final int HISTORY_WEEKS = 26;
    /** The per-team metrics, in the order of {@link org.orgsim.model.facts.Team#HISTORY_METRICS}. */
    private static final List<Definition> METRICS = MetricDefinitions.perTeam();

    private final OrgModel model;

    FactsBuilder(OrgModel model) {
        this.model = model;
    }

    /** Shifts every team's history by one week and records this week's team metrics. */
    void recordHistory() {
        for (Team team : model.organization.teams) {
            if (team.history == null) {
                team.history = new double[METRICS.size()][HISTORY_WEEKS];
            }
            double[] now = teamMetrics(team);
            for (int metric = 0; metric < METRICS.size(); metric++) {
                System.arraycopy(team.history[metric], 0, team.history[metric], 1, HISTORY_WEEKS - 1);
                team.history[metric][0] = now[metric];
            }
            team.historyLength = Math.min(HISTORY_WEEKS, team.historyLength + 1);
        }
    }

    WeeklyFacts build(boolean withPeople) {
        int week = model.week;
        List<org.orgsim.model.facts.Team> teams = new ArrayList<>();
        List<org.orgsim.model.facts.Person> people = new ArrayList<>();
        for (Team team : model.organization.teams) {
            double[][] history = new double[METRICS.size()][];
            for (int metric = 0; metric < METRICS.size(); metric++) {
                history[metric] = team.history[metric].clone();
            }
            Person lead = team.lead();
            teams.add(new org.orgsim.model.facts.Team(team.name, team.style.yamlName(), team.headcount(),
                    team.members.size(), team.leadPosition != null && lead == null, team.memberVacancies.size(),
                    team.parent == null ? "" : team.parent.id, Math.max(0, week - team.formedWeek), team.wipLimit,
                    model.aiSupport(team) > 0, isCoached(team), team.demandFactor, history, team.historyLength, week));
        }
        if (withPeople) {
            for (Person person : model.organization.staff) {
                people.add(new org.orgsim.model.facts.Person(person.id, person.team == null ? "" : person.team.name,
                    person.role.factName, person.tenureWeeks(week), person.competence,
                    person.stress, person.exhaustion, person.engagement, person.safety,
                    person.hasBurnoutComplaints(), person.onLongLeave() || person.absentDays >= 5));
            }
        }
        int headcount = model.organization.staff.size();
        List<org.orgsim.model.facts.Level> levels = new ArrayList<>();
        for (int rank = 0; rank < model.organization.levels.size(); rank++) {
            List<Position> positions = model.organization.levels.get(rank);
            int vacant = 0;
            for (Position position : positions) {
                vacant += position.isVacant() ? 1 : 0;
            }
            levels.add(new org.orgsim.model.facts.Level(model.organization.levelNames.get(rank), rank, positions.size(), vacant));
        }
        org.orgsim.model.facts.Organization organization = new org.orgsim.model.facts.Organization(headcount,
                teams.size(), model.measureNow(Metric.BURNOUT_RATE), model.measureNow(Metric.STRESS),
                model.measureNow(Metric.ENGAGEMENT), model.measureNow(Metric.SICK_LEAVE), model.hiringFrozen);
        return new WeeklyFacts(new org.orgsim.model.facts.Week(week), organization, teams, people, levels);
    }

    private static boolean isCoached(Team team) {
        if (team.style == LeadershipStyle.HIERARCHICAL) {
            Person lead = team.lead();
            return lead != null && (lead.leadershipSkill > 0 || lead.coachingWeeksLeft > 0);
        }
        for (Person member : team.members) {
            if (member.leadershipSkill > 0 || member.coachingWeeksLeft > 0) {
                return true;
            }
        }
        return false;
    }

    /** This week's team metrics in {@link #METRICS} order. */
    private static double[] teamMetrics(Team team) {
        double[] values = new double[METRICS.size()];
        for (int metric = 0; metric < values.length; metric++) {
            values[metric] = METRICS.get(metric).team().of(team);
        }
        return values;
    }
}
