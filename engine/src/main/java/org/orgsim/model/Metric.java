package org.orgsim.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The metrics the model records every week, with the names of the output contract. Each metric
 * knows whether higher is better, so that a paired comparison can say which variant did better.
 * {@code docs/model.md} defines each one precisely.
 */
public enum Metric {
    THROUGHPUT("throughput", Group.EFFICIENCY, Direction.HIGHER_IS_BETTER, "items/week"),
    CYCLE_TIME("cycle_time", Group.EFFICIENCY, Direction.LOWER_IS_BETTER, "weeks"),
    BACKLOG("backlog", Group.EFFICIENCY, Direction.LOWER_IS_BETTER, "items"),
    DECISION_LATENCY("decision_latency", Group.EFFICIENCY, Direction.LOWER_IS_BETTER, "working days"),
    COORDINATION_SHARE("coordination_share", Group.EFFICIENCY, Direction.LOWER_IS_BETTER, "share of hours"),
    REWORK_RATE("rework_rate", Group.EFFICIENCY, Direction.LOWER_IS_BETTER, "share of finished items"),
    COST("cost", Group.EFFICIENCY, Direction.LOWER_IS_BETTER, "currency/week"),
    STRESS("stress", Group.HUMAN, Direction.LOWER_IS_BETTER, "mean 0-1"),
    BURNOUT_RATE("burnout_rate", Group.HUMAN, Direction.LOWER_IS_BETTER, "share of staff"),
    ENGAGEMENT("engagement", Group.HUMAN, Direction.HIGHER_IS_BETTER, "mean 0-1"),
    ENGAGED_SHARE("engaged_share", Group.HUMAN, Direction.HIGHER_IS_BETTER, "share of staff"),
    PSYCH_SAFETY("psych_safety", Group.HUMAN, Direction.HIGHER_IS_BETTER, "mean 0-1"),
    COHESION("cohesion", Group.HUMAN, Direction.HIGHER_IS_BETTER, "mean 0-1"),
    ATTRITION("attrition", Group.HUMAN, Direction.LOWER_IS_BETTER, "cumulative leavers / initial headcount"),
    HEADCOUNT("headcount", Group.HUMAN, Direction.HIGHER_IS_BETTER, "people"),
    SICK_LEAVE("sick_leave", Group.HUMAN, Direction.LOWER_IS_BETTER, "share of scheduled workdays"),
    /**
     * Careers: responsibility-weighted competence of all positions as a percentage of its maximum.
     * Recorded only in scenarios with careers (see {@link #recordedIn}); last, so that the other
     * metrics keep their ordinals.
     */
    BENCH_STRENGTH("bench_strength", Group.CAREERS, Direction.HIGHER_IS_BETTER, "% of maximum");

    /** Exhaustion at or above which a person reports burnout complaints. Fixed for all scenarios. */
    public static final double BURNOUT_COMPLAINT_THRESHOLD = 0.5;
    /** Engagement at or above which a person counts as engaged. Fixed for all scenarios. */
    public static final double ENGAGED_THRESHOLD = 0.7;

    /** Which column group of a report a metric belongs to. */
    public enum Group { EFFICIENCY, HUMAN, CAREERS }

    /** Which way is better, for {@code probBetter} and for colouring a report. */
    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    private static final List<Metric> ALL = List.of(values());
    private static final List<Metric> WITHOUT_CAREERS = ALL.stream().filter(m -> m != BENCH_STRENGTH).toList();
    /** What a run that steps from review to review has: people and their competence, no teams or work. */
    private static final List<Metric> LEVELS_ONLY = List.of(ATTRITION, HEADCOUNT, BENCH_STRENGTH);

    private final String key;
    private final Group group;
    private final Direction direction;
    private final String unit;

    Metric(String key, Group group, Direction direction, String unit) {
        this.key = key;
        this.group = group;
        this.direction = direction;
        this.unit = unit;
    }

    /** The contract name, as written in every output file. */
    public String key() { return key; }
    public Group group() { return group; }
    public Direction direction() { return direction; }
    public String unit() { return unit; }

    /** True when {@code difference} (variant minus baseline) is an improvement. */
    public boolean isImprovement(double difference) {
        return direction == Direction.HIGHER_IS_BETTER ? difference > 0 : difference < 0;
    }

    public static List<Metric> all() {
        return ALL;
    }

    public static int count() {
        return ALL.size();
    }

    /**
     * The metrics a variant records, in {@link Metric} order, and so the metrics of its scenario's
     * output files: every metric but {@code bench_strength} without careers (the output of such
     * scenarios is as it always was); all of them with careers in an organization of teams; and for
     * an organization described as levels, only {@code attrition}, {@code headcount} and
     * {@code bench_strength}, since it has no teams, work or wellbeing to measure.
     */
    public static List<Metric> recordedIn(org.orgsim.scenario.Variant variant) {
        if (variant.organization().isLevelsOnly()) {
            return LEVELS_ONLY;
        }
        return variant.hasCareers() ? ALL : WITHOUT_CAREERS;
    }

    /** The metrics of a scenario without careers: all but {@code bench_strength}. */
    public static List<Metric> recordedWithoutCareers() {
        return WITHOUT_CAREERS;
    }

    public static Optional<Metric> byKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
