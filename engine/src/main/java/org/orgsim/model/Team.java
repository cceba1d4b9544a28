package org.orgsim.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.orgsim.contract.LeadershipStyle;
import sim.field.network.Edge;

/** A team's state inside one run: members, lead position, backlog, decisions and ties. */
final class Team {
    final String name;
    final long entityKey;
    LeadershipStyle style;
    /** Members, not counting the lead. */
    final List<Person> members = new ArrayList<>();
    /** The lead's position for hierarchical teams; null for self-managing teams. */
    Position leadPosition;
    /** The management position the team (or its lead) reports to; null at the top. */
    Position parent;
    /** Absolute week of the last formation or reorganization (forming dip, role ambiguity). */
    int formedWeek;
    /** Weeks the initial members had worked together at week 0 (capped by their tenure). */
    int initialTogetherWeeks;

    ArrayList<WorkItem> backlog = new ArrayList<>();
    ArrayList<WorkItem> nextBacklog = new ArrayList<>();
    /** Decisions a self-managing team still has to take together. */
    final ArrayDeque<DecisionRequest> teamDecisions = new ArrayDeque<>();
    /** Vacant member slots: the absolute weeks at which each will be filled. */
    final List<Integer> memberVacancies = new ArrayList<>();
    int hireSequence;

    /** Ties between every pair of current people (members and lead), rebuilt when membership changes. */
    Edge[] ties = new Edge[0];
    boolean tiesStale = true;
    double cohesion;
    /**
     * Growth not yet written into the cached ties: every tie's unfamiliarity (1 - w) shrinks by the
     * same factor each week together, so a week costs O(1) per team and the ties are brought up to
     * date only when the team's composition changes.
     */
    double pendingGrowth = 1;
    /** Mean unfamiliarity (1 - w) of the cached ties when growth was last written into them. */
    double unfamiliarityAtSync;
    /**
     * Familiarity of the ties people work through: each person aligns with at most
     * {@code coordination.maxPartners} colleagues, the ones they know best, so this is the mean
     * strength of the team's strongest people x partners / 2 ties. In a team no larger than that it
     * equals {@link #cohesion}; after a merger it stays high while half the pairs are strangers.
     */
    double workingCohesion;
    /** Mean unfamiliarity of those working ties when growth was last written into them. */
    double workingUnfamiliarityAtSync;
    /**
     * How much changed for the team's people when it was last reorganized, 0-1 ({@link Identity}):
     * scales the forming dip and role ambiguity, so a team of strangers under a new lead goes
     * through them fully and a merger of two familiar halves about half. A team as the scenario
     * forms it starts from scratch: 1.
     */
    double changeAtForming = 1;
    int lastGrowthWeek = Integer.MIN_VALUE;

    /**
     * Job insecurity in the team after a layoff, 0-1; fades with a half-life (Sverke et al. 2002).
     * It raises stress and the quit hazard of the survivors.
     */
    double insecurity;
    /** Work-in-progress limit in items; 0 means none. Items beyond it wait upstream. */
    int wipLimit;
    /** Items that arrived while the team was at its WIP limit, oldest first. */
    final ArrayDeque<WorkItem> upstream = new ArrayDeque<>();
    /** Absolute week AI support was adopted, or {@link Integer#MAX_VALUE} if never. */
    int aiAdoptedWeek = Integer.MAX_VALUE;
    /**
     * Recent team metrics for rules: a log of weeks, oldest first, each week the values of the
     * per-team metrics in {@link org.orgsim.contract.Metric#perTeam()} order, only ever appended to
     * ({@code FactsBuilder}); null when no rules run.
     */
    double[] history;
    /** Weeks written into {@link #history}. */
    int historyWeeks;
    int historyLength;
    /** Items this team finished this week, for its own metrics. */
    int completedThisWeek;
    /** Mean latency of the team's decisions concluded recently (working days), carried forward. */
    double meanDecisionLatencyDays;
    /**
     * The team's share of the organization's work, in member seats. It does not follow headcount:
     * a vacancy or a layoff leaves its work to the others, and a hire adds hands, not work. Only
     * reorganizations (merge, split) move work between teams.
     */
    int workSeats;
    /** Multiplier of the work arriving (1 = the scenario's rate); interventions may change it. */
    double demandFactor = 1;
    /** Effort hours that arrived this week. */
    double arrivedHoursThisWeek;
    /** Smoothed weekly demand in hours (arrivals and rework), for the workload felt by the team. */
    double smoothedDemandHours = Double.NaN;
    /** Smoothed weekly productive capacity in hours. */
    double smoothedCapacityHours = Double.NaN;
    /** Team hours owed to decisions taken together this week (self-managing teams). */
    double decisionHoursThisWeek;
    /** Workload relative to capacity, felt by everybody in the team; 1 = fully loaded. */
    double workload;

    final UniformRandomProvider arrivalsRandom;
    final UniformRandomProvider effortRandom;
    final UniformRandomProvider exceptionsRandom;
    final UniformRandomProvider reworkRandom;
    final UniformRandomProvider hiringRandom;

    Team(String name, LeadershipStyle style, int formedWeek, RandomStreams streams) {
        this.name = name;
        this.style = style;
        this.formedWeek = formedWeek;
        this.entityKey = RandomStreams.entityKey("team:" + name);
        this.arrivalsRandom = streams.stream(StreamPurpose.ARRIVALS, entityKey);
        this.effortRandom = streams.stream(StreamPurpose.EFFORT, entityKey);
        this.exceptionsRandom = streams.stream(StreamPurpose.EXCEPTIONS, entityKey);
        this.reworkRandom = streams.stream(StreamPurpose.REWORK, entityKey);
        this.hiringRandom = streams.stream(StreamPurpose.HIRING, entityKey);
    }

    Person lead() {
        return leadPosition == null ? null : leadPosition.holder;
    }

    /**
     * True when whoever leads the team is in, or has finished, a coaching program: the lead of a
     * hierarchical team, any member of a self-managing one.
     */
    boolean isCoached() {
        if (style == LeadershipStyle.HIERARCHICAL) {
            Person lead = lead();
            return lead != null && (lead.leadershipSkill() > 0 || lead.coachingWeeksLeft > 0);
        }
        for (Person member : members) {
            if (member.leadershipSkill() > 0 || member.coachingWeeksLeft > 0) {
                return true;
            }
        }
        return false;
    }

    /** Members plus the lead, if there is one: everybody who works in the team. */
    List<Person> people() {
        Person lead = lead();
        if (lead == null) {
            return members;
        }
        List<Person> everybody = new ArrayList<>(members.size() + 1);
        everybody.add(lead);
        everybody.addAll(members);
        return everybody;
    }

    int headcount() {
        return members.size() + (lead() == null ? 0 : 1);
    }
}
