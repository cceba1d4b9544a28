package org.orgsim.model;

import org.orgsim.scenario.Parameter;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Records every metric at the end of each week from week 0 on. Flow metrics that are undefined in
 * a week without any event (no item finished, no decision taken) carry the last defined value
 * forward, so that a quiet week does not read as a zero cycle time.
 */
final class MetricsRecorder implements Steppable {
    private static final long serialVersionUID = 1L;

    private final OrgModel model;
    private final double[][] weekly;
    /** The latest value of every metric, kept through the warm-up so week 0 can carry values too. */
    private final double[] current = new double[Metric.count()];
    private int leaversSinceStart;
    private double initialHeadcount;

    MetricsRecorder(OrgModel model, int weeks) {
        this.model = model;
        this.weekly = new double[weeks + 1][Metric.count()];
    }

    double[][] series() {
        return weekly;
    }

    @Override
    public void step(SimState state) {
        int week = model.week;
        WeekTally tally = model.tally;
        double[] row = current;

        row[Metric.THROUGHPUT.ordinal()] = tally.itemsCompleted;
        if (tally.itemsCompleted > 0) {
            row[Metric.CYCLE_TIME.ordinal()] = tally.cycleTimeSum / tally.itemsCompleted;
        }
        int backlog = 0;
        for (Team team : model.organization.teams) {
            backlog += team.backlog.size() + team.upstream.size();
        }
        row[Metric.BACKLOG.ordinal()] = backlog;
        if (tally.decisionsTaken > 0) {
            row[Metric.DECISION_LATENCY.ordinal()] = tally.decisionLatencyDaysSum / tally.decisionsTaken;
        }
        if (tally.availableHours > 0) {
            row[Metric.COORDINATION_SHARE.ordinal()] = tally.coordinationHours / tally.availableHours;
        }
        if (tally.itemsSubmitted > 0) {
            row[Metric.REWORK_RATE.ordinal()] = (double) tally.reworksFound / tally.itemsSubmitted;
        }

        double cost = tally.hiringCost + tally.coachingCost;
        double stress = 0;
        double burnout = 0;
        double engagement = 0;
        double engaged = 0;
        double safety = 0;
        for (Person person : model.organization.staff) {
            cost += model.weeklyCost(person);
            stress += person.stress;
            burnout += person.hasBurnoutComplaints() ? 1 : 0;
            engagement += person.engagement;
            engaged += person.engagement >= Metric.ENGAGED_THRESHOLD ? 1 : 0;
            safety += person.safety;
        }
        int headcount = model.organization.staff.size();
        double perPerson = headcount > 0 ? 1.0 / headcount : 0;
        row[Metric.COST.ordinal()] = cost;
        row[Metric.STRESS.ordinal()] = stress * perPerson;
        row[Metric.BURNOUT_RATE.ordinal()] = burnout * perPerson;
        row[Metric.ENGAGEMENT.ordinal()] = engagement * perPerson;
        row[Metric.ENGAGED_SHARE.ordinal()] = engaged * perPerson;
        row[Metric.PSYCH_SAFETY.ordinal()] = safety * perPerson;
        row[Metric.COHESION.ordinal()] = cohesion();
        if (week == 0) {
            initialHeadcount = headcount;
        } else if (week > 0) {
            leaversSinceStart += tally.leavers;
        }
        row[Metric.ATTRITION.ordinal()] = initialHeadcount > 0 ? leaversSinceStart / initialHeadcount : 0;
        row[Metric.HEADCOUNT.ordinal()] = headcount;
        row[Metric.SICK_LEAVE.ordinal()] = tally.scheduledDays > 0 ? tally.absentDays / tally.scheduledDays : 0;
        if (week >= 0) {
            System.arraycopy(current, 0, weekly[week], 0, current.length);
        }
        if (model.diagnostics != null) {
            model.diagnostics.weekRecorded(week, cost - tally.hiringCost - tally.coachingCost, current, model.organization);
        }
    }

    /** Mean familiarity within teams, weighted by the people in each team (teams of one left out). */
    private double cohesion() {
        double weighted = 0;
        int people = 0;
        for (Team team : model.organization.teams) {
            int size = team.headcount();
            if (size >= 2) {
                weighted += team.cohesion * size;
                people += size;
            }
        }
        return people > 0 ? weighted / people : 0;
    }

    static double weeklyCost(Person person, org.orgsim.scenario.ParameterSet parameters) {
        double factor = switch (person.role) {
            case MEMBER -> 1;
            case LEAD -> parameters.get(Parameter.LEAD_COST_FACTOR);
            case MANAGER -> parameters.get(Parameter.MANAGER_COST_FACTOR);
        };
        return person.fte * parameters.get(Parameter.MEMBER_WEEKLY_COST) * factor;
    }
}
