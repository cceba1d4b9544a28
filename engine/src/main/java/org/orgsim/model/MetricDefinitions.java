package org.orgsim.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.orgsim.contract.Metric;

/**
 * How each metric is computed from the state of a week, declared once per metric (in the spirit of
 * Mesa's DataCollector): the recorder writes the whole-organization values into the output rows,
 * the rule facts read the organization's values and keep each team's history from the per-team
 * values. Name, unit, direction and display flags live with {@link Metric}; {@code docs/model.md}
 * defines each metric in words.
 *
 * <p>Flow metrics that are undefined in a week without any event (no item finished, no decision
 * taken) carry the last defined value forward, so that a quiet week does not read as a zero cycle
 * time: their measure answers NaN for "undefined this week".
 *
 * <p>{@code bench_strength} has no weekly measure: the career review records it (it needs the
 * review's positions), and a levels-only run records its three metrics itself.
 */
final class MetricDefinitions {
    /** Computes a whole-organization metric at the end of a week. */
    @FunctionalInterface
    interface OrganizationMeasure {
        double of(MeasuredWeek week);
    }

    /** Computes a metric of one team this week. */
    @FunctionalInterface
    interface TeamMeasure {
        double of(Team team);
    }

    /**
     * A person's value in the staff arrays that a team metric averages over the team's people
     * (summed in {@code addStaffValues}).
     */
    enum StaffValue {
        STRESS, BURNOUT_COMPLAINTS, ENGAGEMENT, SAFETY, SICK_DAYS;

        static final int COUNT = values().length;
    }

    /**
     * A team measure that is the mean of a person's value over the team's people (the lead first,
     * then the members), divided by {@code divisor}; {@link #perTeamValues} takes all of them in one
     * pass over the team.
     */
    record PersonMean(StaffValue value, double divisor) implements TeamMeasure {
        @Override
        public double of(Team team) {
            double[] byValue = new double[StaffValue.COUNT];
            int count = sumStaffValues(team, byValue);
            return byValue[value.ordinal()] * (count > 0 ? 1.0 / count : 0) / divisor;
        }
    }

    /**
     * What a metric is computed from: the model at the end of the week (its tally of the week's
     * events, its organization) and the run's running totals.
     */
    record MeasuredWeek(OrgModel model, int leaversSinceStart, double initialHeadcount, StaffSums staffSums) {
        MeasuredWeek(OrgModel model, int leaversSinceStart, double initialHeadcount) {
            this(model, leaversSinceStart, initialHeadcount, StaffSums.of(model, true));
        }

        WeekTally tally() {
            return model.tally;
        }

        List<Person> staff() {
            return model.organization.staff;
        }
    }

    /**
     * The person-level sums of the whole-organization metrics, taken in one pass over the staff: at
     * 100,000 people each pass is a walk through memory the cache does not hold, and there were six.
     * Each sum is added in staff order, as a pass per metric added it, so the values are the same to
     * the last bit.
     */
    record StaffSums(int count, double stress, double burnoutComplaints, double engagement, double engaged,
                     double safety, double cost) {
        /**
         * The sums; without {@code withCost} the cost is NaN and no person object is read (the pass
         * stays in the arrays: the rules' facts need the human figures every week, not the cost).
         */
        static StaffSums of(OrgModel model, boolean withCost) {
            double stress = 0;
            double burnout = 0;
            double engagement = 0;
            double engaged = 0;
            double safety = 0;
            double cost = withCost ? model.tally.hiringCost + model.tally.coachingCost : Double.NaN; // hiring and coaching, then pay
            // Slots are the staff order, so these sums are taken in the order they always were.
            StaffState state = model.organization.state;
            for (int slot = 0; slot < state.size; slot++) {
                if (state.people[slot] == null) {
                    continue; // a hole left by somebody who left
                }
                stress += state.stress[slot];
                burnout += state.exhaustion[slot] >= Metric.BURNOUT_COMPLAINT_THRESHOLD ? 1 : 0;
                engagement += state.engagement[slot];
                engaged += state.engagement[slot] >= Metric.ENGAGED_THRESHOLD ? 1 : 0;
                safety += state.safety[slot];
                if (withCost) {
                    cost += model.weeklyCost(state.people[slot]);
                }
            }
            return new StaffSums(model.organization.staff.size(), stress, burnout, engagement, engaged, safety, cost);
        }

        /** A sum over the staff as a mean per person (0 for an empty staff). */
        double mean(double sum) {
            double perPerson = count > 0 ? 1.0 / count : 0;
            return sum * perPerson;
        }
    }

    /**
     * One metric's computation.
     *
     * @param organization    the whole-organization value, or null when another part records it
     * @param carriesForward  true for a flow metric whose measure answers NaN in a week without events
     * @param team            the value of one team, or null when the metric is not {@link Metric#isPerTeam}
     */
    record Definition(Metric metric, OrganizationMeasure organization, boolean carriesForward, TeamMeasure team) {
    }

    private static final Map<Metric, Definition> DEFINITIONS = new EnumMap<>(Metric.class);

    static {
        define(Metric.THROUGHPUT, week -> week.tally().itemsCompleted, team -> team.completedThisWeek);
        flow(Metric.CYCLE_TIME, week -> week.tally().itemsCompleted > 0
                ? week.tally().cycleTimeSum / week.tally().itemsCompleted : Double.NaN, null);
        define(Metric.BACKLOG, MetricDefinitions::backlog, team -> team.backlog.size() + team.upstream.size());
        flow(Metric.DECISION_LATENCY, week -> week.tally().decisionsTaken > 0
                ? week.tally().decisionLatencyDaysSum / week.tally().decisionsTaken : Double.NaN,
                team -> team.meanDecisionLatencyDays);
        flow(Metric.COORDINATION_SHARE, week -> week.tally().availableHours > 0
                ? week.tally().coordinationHours / week.tally().availableHours : Double.NaN, null);
        flow(Metric.REWORK_RATE, week -> week.tally().itemsSubmitted > 0
                ? (double) week.tally().reworksFound / week.tally().itemsSubmitted : Double.NaN, null);
        define(Metric.COST, week -> week.staffSums().cost(), null);
        define(Metric.STRESS, week -> week.staffSums().mean(week.staffSums().stress()),
                new PersonMean(StaffValue.STRESS, 1));
        define(Metric.BURNOUT_RATE, week -> week.staffSums().mean(week.staffSums().burnoutComplaints()),
                new PersonMean(StaffValue.BURNOUT_COMPLAINTS, 1));
        define(Metric.ENGAGEMENT, week -> week.staffSums().mean(week.staffSums().engagement()),
                new PersonMean(StaffValue.ENGAGEMENT, 1));
        define(Metric.ENGAGED_SHARE, week -> week.staffSums().mean(week.staffSums().engaged()), null);
        define(Metric.PSYCH_SAFETY, week -> week.staffSums().mean(week.staffSums().safety()),
                new PersonMean(StaffValue.SAFETY, 1));
        define(Metric.COHESION, week -> cohesion(week.model().organization), team -> team.cohesion);
        define(Metric.ATTRITION, week -> week.initialHeadcount() > 0
                ? week.leaversSinceStart() / week.initialHeadcount() : 0, null);
        define(Metric.HEADCOUNT, week -> week.staff().size(), null);
        // Per team: sick days per person per workday; for the organization, absent over scheduled days.
        define(Metric.SICK_LEAVE, week -> week.tally().scheduledDays > 0
                ? week.tally().absentDays / week.tally().scheduledDays : 0,
                new PersonMean(StaffValue.SICK_DAYS, 5));
        recordedElsewhere(Metric.BENCH_STRENGTH);
        for (Metric metric : Metric.all()) {
            Definition definition = DEFINITIONS.get(metric);
            if (definition == null || metric.isPerTeam() != (definition.team() != null)) {
                throw new IllegalStateException("metric " + metric.key() + " needs one definition, with a team "
                        + "measure exactly when it is measured per team");
            }
        }
    }

    private static final List<Definition> PER_TEAM = Metric.perTeam().stream().map(DEFINITIONS::get).toList();

    private MetricDefinitions() {
    }

    static Definition of(Metric metric) {
        return DEFINITIONS.get(metric);
    }

    /** The definitions of the metrics measured per team, in {@link Metric#perTeam()} order. */
    static List<Definition> perTeam() {
        return PER_TEAM;
    }

    /** This week's values of a team's per-team metrics, in {@link Metric#perTeam()} order. */
    static double[] perTeamValues(Team team) {
        double[] values = new double[PER_TEAM.size()];
        // The means over the team's people in one pass over them, straight from the staff arrays,
        // instead of one pass per metric (every week for every team when rules run); each sum is
        // added in the order a pass of its own added it.
        double[] byValue = new double[StaffValue.COUNT];
        int count = sumStaffValues(team, byValue);
        double perPerson = count > 0 ? 1.0 / count : 0;
        for (int metric = 0; metric < values.length; metric++) {
            TeamMeasure measure = PER_TEAM.get(metric).team();
            values[metric] = measure instanceof PersonMean mean
                    ? byValue[mean.value().ordinal()] * perPerson / mean.divisor() : measure.of(team);
        }
        return values;
    }

    /**
     * Each {@link StaffValue} summed over the team's people, the lead first, into {@code byValue}
     * (by ordinal); returns the people counted.
     */
    private static int sumStaffValues(Team team, double[] byValue) {
        Person lead = team.lead();
        if (lead != null) {
            addStaffValues(lead, byValue);
        }
        for (Person member : team.members) {
            addStaffValues(member, byValue);
        }
        return team.members.size() + (lead == null ? 0 : 1);
    }

    private static void addStaffValues(Person person, double[] byValue) {
        StaffState staff = person.staffState();
        int slot = person.slot;
        byValue[StaffValue.STRESS.ordinal()] += staff.stress[slot];
        byValue[StaffValue.BURNOUT_COMPLAINTS.ordinal()] += staff.exhaustion[slot] >= Metric.BURNOUT_COMPLAINT_THRESHOLD ? 1 : 0;
        byValue[StaffValue.ENGAGEMENT.ordinal()] += staff.engagement[slot];
        byValue[StaffValue.SAFETY.ordinal()] += staff.safety[slot];
        byValue[StaffValue.SICK_DAYS.ordinal()] += staff.sickDays[slot];
    }

    /** Every definition with a weekly whole-organization measure, in {@link Metric} order. */
    static List<Definition> weekly() {
        List<Definition> weekly = new ArrayList<>();
        for (Metric metric : Metric.all()) {
            if (DEFINITIONS.get(metric).organization() != null) {
                weekly.add(DEFINITIONS.get(metric));
            }
        }
        return List.copyOf(weekly);
    }

    private static void define(Metric metric, OrganizationMeasure organization, TeamMeasure team) {
        DEFINITIONS.put(metric, new Definition(metric, organization, false, team));
    }

    private static void flow(Metric metric, OrganizationMeasure organization, TeamMeasure team) {
        DEFINITIONS.put(metric, new Definition(metric, organization, true, team));
    }

    private static void recordedElsewhere(Metric metric) {
        DEFINITIONS.put(metric, new Definition(metric, null, false, null));
    }

    private static double backlog(MeasuredWeek week) {
        int backlog = 0;
        for (Team team : week.model().organization.teams) {
            backlog += team.backlog.size() + team.upstream.size();
        }
        return backlog;
    }

    /** Mean familiarity within teams, weighted by the people in each team (teams of one left out). */
    private static double cohesion(Organization organization) {
        double weighted = 0;
        int people = 0;
        for (Team team : organization.teams) {
            int size = team.headcount();
            if (size >= 2) {
                weighted += team.cohesion * size;
                people += size;
            }
        }
        return people > 0 ? weighted / people : 0;
    }
}
