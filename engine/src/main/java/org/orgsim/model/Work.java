package org.orgsim.model;

import java.util.ArrayList;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The work phase: each person's hours are split into coordination (communication everyone does,
 * alignment with teammates, supervision and decisions) and work on items; work hours count at the
 * person's productivity. The team works its backlog first-in first-out, skipping items that wait
 * for a decision. A finished item may need rework, more likely in a team with low competence,
 * low familiarity or low psychological safety (people who do not feel safe do not speak up about
 * errors: Edmondson 1999).
 */
final class Work implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Weight of the newest week in the smoothed demand and capacity (about a month's memory). */
    private static final double SMOOTHING = 0.25;

    private final OrgModel model;

    Work(OrgModel model) {
        this.model = model;
    }

    @Override
    public void step(SimState state) {
        for (Team team : model.organization.teams) {
            work(team);
        }
        ParameterSet p = model.parameters;
        for (int level = 0; level < model.organization.levels.size() - 1; level++) {
            for (Position position : model.organization.levels.get(level)) {
                Person manager = position.holder;
                if (manager != null) {
                    // Managing is coordination: every hour of a manager counts as such.
                    double hours = manager.fte * p.get(Parameter.HOURS_PER_FTE) * manager.presence();
                    model.tally.availableHours += hours;
                    model.tally.coordinationHours += hours;
                }
            }
        }
    }

    private void work(Team team) {
        ParameterSet p = model.parameters;
        WeekTally tally = model.tally;
        int week = model.week;
        admitFromUpstream(team);
        int people = team.headcount();
        double cohesion = team.cohesion;
        double hub = team.style == LeadershipStyle.HIERARCHICAL ? p.get(Parameter.COORDINATION_HUB_FACTOR) : 1;
        double alignHours = p.get(Parameter.COORDINATION_PAIR_HOURS) * alignmentPartners(people, p) * hub
                * (1 - p.get(Parameter.COORDINATION_FAMILIARITY_RELIEF) * team.workingCohesion);
        double baseShare = p.get(Parameter.COORDINATION_BASE_SHARE);
        // The forming dip starts when the team forms; before that its people worked elsewhere.
        double formingDip = week < team.formedWeek ? 0 : p.get(Parameter.FORMING_DIP_DEPTH) * team.changeAtForming
                * Math.exp(-(week - team.formedWeek) / p.get(Parameter.FORMING_DIP_WEEKS));
        double teamFactor = (1 - p.get(Parameter.FAMILIARITY_PRODUCTIVITY) * (1 - cohesion)) * (1 - formingDip);

        double presentHours = 0;
        for (Person person : team.members) {
            presentHours += person.fte * p.get(Parameter.HOURS_PER_FTE) * person.presence();
        }
        Diagnostics diagnostics = model.diagnostics != null && model.diagnostics.counts(week) ? model.diagnostics : null;
        double productiveHours = 0;
        double workHours = 0;
        double competenceSum = 0;
        double safetySum = 0;
        for (Person person : team.members) {
            double hours = person.fte * p.get(Parameter.HOURS_PER_FTE) * person.presence();
            double decisionShare = presentHours > 0 ? team.decisionHoursThisWeek * hours / presentHours : 0;
            double coordination = Math.min(hours, baseShare * hours + alignHours * person.presence() + decisionShare);
            tally.availableHours += hours;
            tally.coordinationHours += coordination;
            double coaching = coach(person, hours - coordination, p, tally);
            double output = (hours - coordination - coaching) * productivity(person, week, p) * teamFactor;
            productiveHours += output;
            workHours += hours - coordination - coaching;
            competenceSum += person.competence;
            safetySum += person.safety();
            if (diagnostics != null) {
                // What the same hours would have produced at full ramp-up (the ramp factor set to 1).
                double fullRamp = (hours - coordination - coaching) * productivity(person, FULLY_RAMPED, p) * teamFactor;
                diagnostics.memberWorked(week, person.tenureWeeks(week), person.fte * p.get(Parameter.HOURS_PER_FTE),
                        output, fullRamp, model.weeklyCost(person));
            }
        }
        double memberOutput = productiveHours;
        Person lead = team.lead();
        if (lead != null) {
            double hours = lead.fte * p.get(Parameter.HOURS_PER_FTE) * lead.presence();
            double coordination = Math.min(hours, baseShare * hours + alignHours * lead.presence()
                    + p.get(Parameter.SUPERVISION_HOURS_PER_REPORT) * team.members.size()
                    + team.leadPosition.decisionHoursUsed);
            tally.availableHours += hours;
            tally.coordinationHours += coordination;
            double coaching = coach(lead, hours - coordination, p, tally);
            productiveHours += (hours - coordination - coaching) * productivity(lead, week, p) * teamFactor;
            workHours += hours - coordination - coaching;
            competenceSum += lead.competence;
            safetySum += lead.safety();
        }
        if (diagnostics != null) {
            diagnose(diagnostics, team, productiveHours, workHours, memberOutput,
                    p.get(Parameter.COORDINATION_PAIR_HOURS) * alignmentPartners(people, p) * hub, p);
        }
        double reworkProbability = 0;
        if (people > 0) {
            double base = p.get(Parameter.REWORK_BASE_PROBABILITY);
            double drive = Math.log(base / (1 - base))
                    - p.get(Parameter.REWORK_COMPETENCE_EFFECT) * (competenceSum / people - 0.5)
                    - p.get(Parameter.REWORK_FAMILIARITY_EFFECT) * (cohesion - 0.5)
                    - p.get(Parameter.REWORK_SAFETY_EFFECT) * (safetySum / people - 0.5);
            reworkProbability = Wellbeing.logistic(drive);
        }
        double reworkHours = workBacklog(team, productiveHours, reworkProbability, p, tally, week);
        feelWorkload(team, team.arrivedHoursThisWeek + reworkHours, productiveHours);
    }

    /**
     * Diagnostics only: what the team's week would have produced if its newcomer members (tenure
     * under two years) were as familiar with everybody as the settled people are with each other,
     * and what its vacant member seats would have produced. Familiarity acts through alignment
     * hours (1 - relief x cohesion) and the team factor (1 - loss x (1 - cohesion)); the hours not
     * spent aligning are valued at the team's output per work hour.
     *
     * @param fullAlignHours alignment hours per person before the familiarity relief
     */
    private void diagnose(Diagnostics diagnostics, Team team, double output, double workHours, double memberOutput,
                          double fullAlignHours, ParameterSet p) {
        int week = model.week;
        double settledSum = 0;
        int settledPairs = 0;
        for (sim.field.network.Edge edge : team.ties) {
            Person a = (Person) edge.getFrom();
            Person b = (Person) edge.getTo();
            if (isNewcomerMember(a, week) || isNewcomerMember(b, week)) {
                continue;
            }
            settledSum += 1 - (1 - ((Tie) edge.info).strength) * team.pendingGrowth;
            settledPairs++;
        }
        double lost = 0;
        if (settledPairs > 0 && settledPairs < team.ties.length) {
            double deficit = Math.max(0, settledSum / settledPairs - team.cohesion);
            double factorLoss = p.get(Parameter.FAMILIARITY_PRODUCTIVITY);
            double familiarityFactor = 1 - factorLoss * (1 - team.cohesion);
            double settledFactor = 1 - factorLoss * (1 - team.cohesion - deficit);
            lost += familiarityFactor > 0 ? output * (settledFactor / familiarityFactor - 1) : 0;
            double presence = 0;
            for (Person person : team.people()) {
                presence += person.presence();
            }
            double alignSaved = fullAlignHours * p.get(Parameter.COORDINATION_FAMILIARITY_RELIEF) * deficit * presence;
            lost += workHours > 0 ? alignSaved * output / workHours : 0;
        }
        int members = team.members.size();
        double memberCost = p.get(Parameter.FTE) * p.get(Parameter.MEMBER_WEEKLY_COST);
        diagnostics.teamWorked(week, output, lost, team.memberVacancies.size(),
                members > 0 ? memberOutput / members : 0, memberCost);
    }

    private static boolean isNewcomerMember(Person person, int week) {
        return person.role == Role.MEMBER && person.tenureWeeks(week) < Diagnostics.TENURE_WEEKS_TRACKED;
    }

    /**
     * A week of a coaching program: it costs hours now (taken from work, not counted as
     * coordination) and builds leadership skill that pays off through support and inclusiveness.
     */
    private static double coach(Person person, double hoursLeft, ParameterSet p, WeekTally tally) {
        if (person.coachingWeeksLeft <= 0) {
            return 0;
        }
        person.coachingWeeksLeft--;
        tally.coachingCost += p.get(Parameter.COACHING_WEEKLY_COST); // the coach's fee, paid whether or not the session happens
        double hours = Math.min(Math.max(0, hoursLeft), p.get(Parameter.COACHING_HOURS) * person.presence());
        if (hours > 0) {
            person.setLeadershipSkill(person.leadershipSkill() + p.get(Parameter.COACHING_SKILL_GAIN) * (1 - person.leadershipSkill()));
        }
        return hours;
    }

    /** Takes items from upstream into the backlog while the team is under its WIP limit. */
    private void admitFromUpstream(Team team) {
        while (!team.upstream.isEmpty() && (team.wipLimit <= 0 || team.backlog.size() < team.wipLimit)) {
            admit(team, team.backlog, model.week);
        }
    }

    /**
     * Pull: the next item upstream is taken on at {@code time} (not before it arrived). A kanban
     * team pulls a ready item first, one whose decision has been taken, so a slot is not filled by
     * work that cannot move; the oldest item otherwise.
     */
    private static WorkItem admit(Team team, java.util.List<WorkItem> into, double time) {
        WorkItem chosen = null;
        // Removed where it was found: a second search of a long upstream queue doubled the cost.
        for (java.util.Iterator<WorkItem> items = team.upstream.iterator(); items.hasNext(); ) {
            WorkItem item = items.next();
            if (!item.awaitingDecision) {
                chosen = item;
                items.remove();
                break;
            }
        }
        if (chosen == null) {
            chosen = team.upstream.poll();
        }
        chosen.startedAt = Math.max(chosen.arrivalTime, time);
        team.arrivedHoursThisWeek += chosen.effortHours;
        into.add(chosen);
        return chosen;
    }

    /**
     * Colleagues a person aligns with: everyone in a small team, at most
     * {@code coordination.maxPartners} in a larger one, which works in subgroups (Hackman 2002;
     * Carton and Cummings 2012): coordination grows with team size only up to a working group.
     */
    static double alignmentPartners(int people, ParameterSet p) {
        return Math.min(Math.max(0, people - 1), p.get(Parameter.COORDINATION_MAX_PARTNERS));
    }

    /** A week far enough after anybody's hiring that their ramp-up is over (diagnostics only). */
    private static final int FULLY_RAMPED = Integer.MAX_VALUE / 2;

    private static double productivity(Person person, int week, ParameterSet p) {
        double skill = 1 + p.get(Parameter.COMPETENCE_PRODUCTIVITY) * (person.competence - 0.5);
        double rampWeeks = p.get(Parameter.RAMP_UP_WEEKS);
        int tenure = person.tenureWeeks(week);
        double ramp = tenure >= rampWeeks ? 1
                : p.get(Parameter.RAMP_UP_START) + (1 - p.get(Parameter.RAMP_UP_START)) * tenure / rampWeeks;
        return Math.max(0, skill) * ramp * (1 - p.get(Parameter.BURNOUT_PRODUCTIVITY) * person.exhaustion());
    }

    /** Works the backlog first-in first-out; returns the hours of rework found this week. */
    private static double workBacklog(Team team, double capacity, double reworkProbability, ParameterSet p,
                                      WeekTally tally, int week) {
        ArrayList<WorkItem> remaining = team.nextBacklog;
        remaining.clear();
        team.completedThisWeek = 0;
        double left = capacity;
        double reworkHours = 0;
        ArrayList<WorkItem> working = team.backlog;
        int inProgress = working.size();
        for (int index = 0; index < working.size(); index++) {
            WorkItem item = working.get(index);
            if (left <= 0 || item.awaitingDecision) {
                remaining.add(item);
                continue;
            }
            if (item.remainingHours > left) {
                item.remainingHours -= left;
                left = 0;
                remaining.add(item);
                continue;
            }
            left -= item.remainingHours;
            item.remainingHours = 0;
            tally.itemsSubmitted++;
            if (team.reworkRandom.nextDouble() < reworkProbability) {
                tally.reworksFound++;
                item.reworks++;
                item.remainingHours = p.get(Parameter.REWORK_EFFORT_FRACTION) * item.effortHours;
                reworkHours += item.remainingHours;
                remaining.add(item);
            } else {
                double finishedAt = Math.max(item.arrivalTime, week + (capacity - left) / capacity);
                tally.itemsCompleted++;
                team.completedThisWeek++;
                tally.cycleTimeSum += finishedAt - item.startedAt;
                inProgress--;
                // A WIP limit is a pull system: a finished item frees a slot at once, and the next
                // item waiting upstream is taken on then, not at the start of next week.
                if (team.wipLimit > 0 && inProgress < team.wipLimit && !team.upstream.isEmpty()) {
                    admit(team, working, finishedAt);
                    inProgress++;
                }
            }
        }
        team.nextBacklog = team.backlog;
        team.backlog = remaining;
        return reworkHours;
    }

    /**
     * Workload felt by the team: smoothed demand over smoothed capacity, plus pressure from a
     * backlog beyond one week of capacity (spread over eight weeks), so that a team which cannot
     * keep up feels more strain the longer it falls behind.
     */
    private static void feelWorkload(Team team, double demandHours, double capacityHours) {
        if (Double.isNaN(team.smoothedDemandHours)) {
            team.smoothedDemandHours = demandHours;
            team.smoothedCapacityHours = capacityHours;
        } else {
            team.smoothedDemandHours += SMOOTHING * (demandHours - team.smoothedDemandHours);
            team.smoothedCapacityHours += SMOOTHING * (capacityHours - team.smoothedCapacityHours);
        }
        double backlogHours = 0;
        for (WorkItem item : team.backlog) {
            backlogHours += item.remainingHours;
        }
        double capacity = Math.max(team.smoothedCapacityHours, 1);
        double excessWeeks = Math.max(0, backlogHours / capacity - 1);
        team.workload = team.smoothedDemandHours / capacity + excessWeeks / 8;
    }
}
