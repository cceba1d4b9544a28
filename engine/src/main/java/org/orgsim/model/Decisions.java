package org.orgsim.model;

import java.util.ArrayDeque;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Decision-making, the mechanism in which the two leadership styles differ most.
 *
 * <p><b>Hierarchical</b>: decisions queue at the position (lead, then manager for escalations).
 * Its holder can spend at most a share of their hours on decisions, after supervision of every
 * direct report, less when stressed: a wide span of control or a stressed leader makes the queue,
 * and so the latency, grow. The queue is served first-in first-out in continuous time within the
 * week (a fluid approximation of a single-server queue), so latency is measured in working days,
 * not in whole weeks. A vacant position passes its queue one level up, or holds it if there is no
 * level above.
 *
 * <p><b>Horizontal</b>: the team decides together. A decision takes longer in a larger team and
 * costs team hours that grow with size (hours x size^exponent) and shrink with familiarity and
 * psychological safety; those hours are charged to the work phase as coordination.
 */
final class Decisions implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final double TEAM_LATENCY_SMOOTHING = 0.2;

    private final OrgModel model;

    Decisions(OrgModel model) {
        this.model = model;
    }

    @Override
    public void step(SimState state) {
        for (Team team : model.organization.teams) {
            team.decisionHoursThisWeek = 0;
            if (!team.teamDecisions.isEmpty()) {
                decideTogether(team);
            }
        }
        for (Position position : model.positionsBottomUp) {
            serve(position);
        }
    }

    private void decideTogether(Team team) {
        ParameterSet p = model.parameters;
        int size = Math.max(1, team.members.size());
        double meanSafety = 0;
        for (Person person : team.members) {
            meanSafety += person.safety();
        }
        meanSafety /= size;
        double hoursPerDecision = (1 - p.get(Parameter.AI_DECISION_SPEEDUP) * model.aiSupport(team))
                * p.get(Parameter.HORIZONTAL_DECISION_HOURS)
                * Math.pow(size, p.get(Parameter.HORIZONTAL_DECISION_EXPONENT))
                * (1 - p.get(Parameter.COORDINATION_FAMILIARITY_RELIEF) * team.cohesion)
                * (1 - p.get(Parameter.COORDINATION_SAFETY_RELIEF) * meanSafety);
        double latencyWeeks = p.get(Parameter.HORIZONTAL_LATENCY_DAYS)
                * (1 + p.get(Parameter.HORIZONTAL_LATENCY_PER_MEMBER) * (size - 1)) / 5;
        double weekEnd = model.week + 1;
        ArrayDeque<DecisionRequest> pending = team.teamDecisions;
        int count = pending.size();
        for (int index = 0; index < count; index++) {
            DecisionRequest request = pending.poll();
            double decidedAt = request.availableAt + latencyWeeks;
            if (decidedAt > weekEnd) {
                pending.add(request);
                continue;
            }
            team.decisionHoursThisWeek += hoursPerDecision;
            if (request.escalationsLeft > 0 && team.parent != null) {
                request.escalationsLeft--;
                request.availableAt = decidedAt;
                team.parent.queue.add(request);
            } else {
                conclude(request, decidedAt);
            }
        }
    }

    private void serve(Position position) {
        ParameterSet p = model.parameters;
        Person holder = position.holder;
        position.decisionHoursUsed = 0;
        if (holder == null || holder.presence() == 0) {
            // Nobody to decide this week (vacancy, or the holder is absent): the level above
            // deputizes if there is one; otherwise the decisions wait.
            position.decisionCapacity = 0;
            if (position.parent != null) {
                position.parent.queue.addAll(position.queue);
                position.queue.clear();
            } else {
                deputize(position, position.queue.size());
            }
            return;
        }
        double hours = holder.fte * p.get(Parameter.HOURS_PER_FTE) * holder.presence();
        double afterSupervision = hours * (1 - p.get(Parameter.COORDINATION_BASE_SHARE))
                - p.get(Parameter.SUPERVISION_HOURS_PER_REPORT) * position.span();
        double decisionHours = Math.min(p.get(Parameter.LEADER_DECISION_SHARE) * hours, Math.max(0, afterSupervision))
                * (1 - p.get(Parameter.LEADER_STRESS_CAPACITY_LOSS) * holder.stress());
        double ai = position.teams.isEmpty() || position.teams.get(0).leadPosition != position
                ? 0 : model.aiSupport(position.teams.get(0));
        double hoursPerDecision = p.get(Parameter.DECISION_HOURS) * (1 - p.get(Parameter.AI_DECISION_SPEEDUP) * ai);
        double serviceWeeks = hoursPerDecision / Math.max(decisionHours, 1e-9);
        position.decisionCapacity = decisionHours / hoursPerDecision;
        double minimumDelay = p.get(Parameter.DECISION_MINIMUM_DAYS) / 5;
        double clock = model.week;
        double weekEnd = model.week + 1;
        double hoursUsed = 0;
        while (!position.queue.isEmpty()) {
            DecisionRequest request = position.queue.peek();
            double start = Math.max(clock, request.availableAt + minimumDelay);
            double decidedAt = start + serviceWeeks;
            if (decidedAt > weekEnd) {
                break;
            }
            position.queue.poll();
            clock = decidedAt;
            hoursUsed += hoursPerDecision;
            if (request.escalationsLeft > 0 && position.parent != null) {
                request.escalationsLeft--;
                request.availableAt = decidedAt;
                position.parent.queue.add(request);
            } else {
                conclude(request, decidedAt);
            }
        }
        position.decisionHoursUsed = hoursUsed;
        escalateOverdue(position, weekEnd, p);
    }

    /**
     * Decisions that have waited longer than the escalation norm go to the position above, if its
     * holder is at work this week (it is served after this one), or else to a deputy. A leader who
     * cannot keep up does not hold up the team: the overflow goes where there is capacity.
     */
    private void escalateOverdue(Position position, double weekEnd, ParameterSet p) {
        double limitWeeks = p.get(Parameter.DECISION_ESCALATE_AFTER_DAYS) / 5;
        int overdue = 0;
        for (DecisionRequest request : position.queue) {
            if (weekEnd - request.availableAt > limitWeeks) {
                overdue++;
            }
        }
        if (overdue == 0) {
            return;
        }
        Person above = position.parent == null ? null : position.parent.holder;
        if (above != null && above.presence() > 0) {
            moveOverdue(position, limitWeeks, weekEnd, position.parent.queue);
        } else {
            deputize(position, overdue);
        }
    }

    private static void moveOverdue(Position position, double limitWeeks, double weekEnd, java.util.Collection<DecisionRequest> to) {
        for (java.util.Iterator<DecisionRequest> it = position.queue.iterator(); it.hasNext(); ) {
            DecisionRequest request = it.next();
            if (weekEnd - request.availableAt > limitWeeks) {
                it.remove();
                to.add(request);
            }
        }
    }

    /**
     * A deputy: with nobody available above, a team lead's oldest {@code count} decisions are taken
     * by the team itself from next week on, at the cost and pace of a team decision (a senior member
     * deputizes, consulting colleagues). A manager's queue without anybody above simply waits.
     */
    private void deputize(Position position, int count) {
        if (position.teams.isEmpty() || position.teams.get(0).leadPosition != position) {
            return;
        }
        Team team = position.teams.get(0);
        for (int index = 0; index < count && !position.queue.isEmpty(); index++) {
            team.teamDecisions.add(position.queue.poll());
        }
    }

    private void conclude(DecisionRequest request, double decidedAt) {
        double latencyDays = (decidedAt - request.requestedAt) * 5;
        request.item.awaitingDecision = false;
        model.tally.decisionsTaken++;
        model.tally.decisionLatencyDaysSum += latencyDays;
        // The team's own figure is smoothed: single decisions are too noisy for a rule to act on.
        request.team.meanDecisionLatencyDays += TEAM_LATENCY_SMOOTHING * (latencyDays - request.team.meanDecisionLatencyDays);
    }
}
