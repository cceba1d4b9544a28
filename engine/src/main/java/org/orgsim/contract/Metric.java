package org.orgsim.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The metrics the model records every week, with the names of the output contract: the one place
 * that says what a metric is called, in which unit it is written, which way is better, whether its
 * files hold a share between 0 and 1, and whether it is a headline metric. The engine, the reports
 * and the workshop page all read these facts from here. How each metric is computed from the
 * week's state is declared next to the model ({@code org.orgsim.model.MetricDefinitions});
 * {@code docs/model.md} defines each one in words.
 *
 * <p>The declaration order is the column order of every recorded row, so a new metric goes last
 * (before none of the existing ones) and the existing outputs keep their layout.
 */
public enum Metric {
    THROUGHPUT("throughput", Group.EFFICIENCY, Direction.HIGHER_IS_BETTER, "items/week", Scale.AMOUNT, Rank.HEADLINE, Scope.PER_TEAM),
    CYCLE_TIME("cycle_time", Group.EFFICIENCY, Direction.LOWER_IS_BETTER, "weeks", Scale.AMOUNT, Rank.HEADLINE, Scope.ORGANIZATION),
    BACKLOG("backlog", Group.EFFICIENCY, Direction.LOWER_IS_BETTER, "items", Scale.AMOUNT, Rank.DETAIL, Scope.PER_TEAM),
    DECISION_LATENCY("decision_latency", Group.EFFICIENCY, Direction.LOWER_IS_BETTER, "working days", Scale.AMOUNT, Rank.HEADLINE, Scope.PER_TEAM),
    COORDINATION_SHARE("coordination_share", Group.EFFICIENCY, Direction.LOWER_IS_BETTER, "share of hours", Scale.SHARE, Rank.DETAIL, Scope.ORGANIZATION),
    REWORK_RATE("rework_rate", Group.EFFICIENCY, Direction.LOWER_IS_BETTER, "share of finished items", Scale.SHARE, Rank.DETAIL, Scope.ORGANIZATION),
    COST("cost", Group.EFFICIENCY, Direction.LOWER_IS_BETTER, "currency/week", Scale.AMOUNT, Rank.HEADLINE, Scope.ORGANIZATION),
    STRESS("stress", Group.HUMAN, Direction.LOWER_IS_BETTER, "mean 0-1", Scale.AMOUNT, Rank.HEADLINE, Scope.PER_TEAM),
    BURNOUT_RATE("burnout_rate", Group.HUMAN, Direction.LOWER_IS_BETTER, "share of staff", Scale.SHARE, Rank.HEADLINE, Scope.PER_TEAM),
    ENGAGEMENT("engagement", Group.HUMAN, Direction.HIGHER_IS_BETTER, "mean 0-1", Scale.AMOUNT, Rank.HEADLINE, Scope.PER_TEAM),
    ENGAGED_SHARE("engaged_share", Group.HUMAN, Direction.HIGHER_IS_BETTER, "share of staff", Scale.SHARE, Rank.DETAIL, Scope.ORGANIZATION),
    PSYCH_SAFETY("psych_safety", Group.HUMAN, Direction.HIGHER_IS_BETTER, "mean 0-1", Scale.AMOUNT, Rank.DETAIL, Scope.PER_TEAM),
    COHESION("cohesion", Group.HUMAN, Direction.HIGHER_IS_BETTER, "mean 0-1", Scale.AMOUNT, Rank.DETAIL, Scope.PER_TEAM),
    ATTRITION("attrition", Group.HUMAN, Direction.LOWER_IS_BETTER, "cumulative leavers / initial headcount", Scale.SHARE, Rank.HEADLINE, Scope.ORGANIZATION),
    HEADCOUNT("headcount", Group.HUMAN, Direction.HIGHER_IS_BETTER, "people", Scale.AMOUNT, Rank.DETAIL, Scope.ORGANIZATION),
    SICK_LEAVE("sick_leave", Group.HUMAN, Direction.LOWER_IS_BETTER, "share of scheduled workdays", Scale.SHARE, Rank.DETAIL, Scope.PER_TEAM),
    /**
     * Careers: responsibility-weighted competence of all positions as a percentage of its maximum.
     * Recorded only in scenarios with careers (see {@link #recordedIn}); last, so that the other
     * metrics keep their ordinals.
     */
    BENCH_STRENGTH("bench_strength", Group.CAREERS, Direction.HIGHER_IS_BETTER, "% of maximum", Scale.AMOUNT, Rank.DETAIL, Scope.ORGANIZATION);

    /** Exhaustion at or above which a person reports burnout complaints. Fixed for all scenarios. */
    public static final double BURNOUT_COMPLAINT_THRESHOLD = 0.5;
    /** Engagement at or above which a person counts as engaged. Fixed for all scenarios. */
    public static final double ENGAGED_THRESHOLD = 0.7;

    /** Which column group of a report a metric belongs to. */
    public enum Group { EFFICIENCY, HUMAN, CAREERS }

    /**
     * How a value is shown: a share (0-1 in the files) as a percentage, whose changes read in
     * percentage points; an amount in its own unit.
     */
    public enum Scale { SHARE, AMOUNT }

    /** A headline metric is held to the precision target unless a scenario says otherwise. */
    public enum Rank { HEADLINE, DETAIL }

    /**
     * Where a metric is measured: for the whole organization only, or also per team, in which case
     * rules see each team's value and its recent history ({@code Team.weeksAbove("stress", 0.6)}).
     */
    public enum Scope { ORGANIZATION, PER_TEAM }

    /** Which way is better, for {@code probBetter} and for colouring a report. */
    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    private static final List<Metric> ALL = List.of(values());
    private static final List<Metric> HEADLINES = ALL.stream().filter(Metric::isHeadline).toList();
    private static final List<Metric> PER_TEAM = ALL.stream().filter(Metric::isPerTeam).toList();
    private static final List<Metric> WITHOUT_CAREERS = ALL.stream().filter(m -> m != BENCH_STRENGTH).toList();
    /** What a run that steps from review to review has: people and their competence, no teams or work. */
    private static final List<Metric> LEVELS_ONLY = List.of(ATTRITION, HEADCOUNT, BENCH_STRENGTH);

    private final String key;
    private final Group group;
    private final Direction direction;
    private final String unit;
    private final Scale scale;
    private final Rank rank;
    private final Scope scope;

    Metric(String key, Group group, Direction direction, String unit, Scale scale, Rank rank, Scope scope) {
        this.key = key;
        this.group = group;
        this.direction = direction;
        this.unit = unit;
        this.scale = scale;
        this.rank = rank;
        this.scope = scope;
    }

    /** The contract name, as written in every output file. */
    public String key() { return key; }
    public Group group() { return group; }
    public Direction direction() { return direction; }
    public String unit() { return unit; }

    /** True when the files hold a share between 0 and 1 (shown as a percentage, changes in points). */
    public boolean isShare() { return scale == Scale.SHARE; }

    /** True for a headline metric: held to the precision target unless a scenario says otherwise. */
    public boolean isHeadline() { return rank == Rank.HEADLINE; }

    /** True when the metric is measured per team too, so that rules see each team's value and history. */
    public boolean isPerTeam() { return scope == Scope.PER_TEAM; }

    /** Message key of the metric's name in the report bundles ({@code metric.<key>.name}). */
    public String nameKey() { return "metric." + key + ".name"; }

    /** Message key of the metric's unit in the report bundles. */
    public String unitKey() { return "metric." + key + ".unit"; }

    /** Message key of the sentence on the mechanism behind the metric in the report bundles. */
    public String mechanismKey() { return "metric." + key + ".mechanism"; }

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
     * The metrics a run records, in {@link Metric} order, and so the metrics of its scenario's
     * output files: every metric but {@code bench_strength} without careers (the output of such
     * scenarios is as it always was); all of them with careers in an organization of teams; and for
     * an organization described as levels, only {@code attrition}, {@code headcount} and
     * {@code bench_strength}, since it has no teams, work or wellbeing to measure.
     */
    public static List<Metric> recordedIn(boolean levelsOnly, boolean careers) {
        if (levelsOnly) {
            return LEVELS_ONLY;
        }
        return careers ? ALL : WITHOUT_CAREERS;
    }

    /** The metrics measured per team too ({@link #isPerTeam}), in {@link Metric} order. */
    public static List<Metric> perTeam() {
        return PER_TEAM;
    }

    /** The headline metrics, in {@link Metric} order. */
    public static List<Metric> headlines() {
        return HEADLINES;
    }

    /** The metrics of a scenario without careers: all but {@code bench_strength}. */
    public static List<Metric> recordedWithoutCareers() {
        return WITHOUT_CAREERS;
    }

    public static Optional<Metric> byKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
