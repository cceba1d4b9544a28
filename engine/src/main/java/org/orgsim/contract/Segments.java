package org.orgsim.contract;

import java.util.List;
import java.util.Objects;

/**
 * The segments every run of an organization of teams is cut into (issue 15): cohorts of the people
 * employed at week 0, fixed then and followed wherever a reorganization moves them. A person who
 * leaves leaves the segment; people hired after week 0 belong to none. Four kinds:
 * <ul>
 *   <li>{@code team}: the team a person was in at week 0, by its name (the pseudonym of an imported
 *       team with {@code teamNames: pseudonymize}); managers are in no team;</li>
 *   <li>{@code team_age}: how long that team had existed at week 0 (its {@code formedWeeksAgo}):
 *       {@code new} under {@value #ESTABLISHED_TEAM_WEEKS} weeks, {@code established} up to
 *       {@value #LONG_STANDING_TEAM_WEEKS}, {@code long-standing} from then on;</li>
 *   <li>{@code role}: {@code member}, {@code team-lead} or {@code manager} at week 0;</li>
 *   <li>{@code tenure}: {@code under-2y}, {@code 2-10y} or {@code 10y-plus} years employed at week 0.</li>
 * </ul>
 * A segment with fewer than {@value #SMALLEST_GROUP_WITH_FIGURES} people at week 0 gets no figures
 * in any output (the small-group rule of {@code docs/privacy.md}). Definitions of every segment
 * metric are in {@code docs/model.md} (section "Segments").
 */
public final class Segments {
    /** Fewer people than this at week 0 and a segment shows no figures anywhere: the small-group rule. */
    public static final int SMALLEST_GROUP_WITH_FIGURES = SmallGroupSuppression.MINIMUM_GROUP_SIZE;
    /** A team formed this many weeks before week 0 or longer is established (one year). */
    public static final int ESTABLISHED_TEAM_WEEKS = 52;
    /** A team formed this many weeks before week 0 or longer is long-standing (five years). */
    public static final int LONG_STANDING_TEAM_WEEKS = 260;
    /** Tenure bounds in weeks: two and ten years. */
    static final int TWO_YEARS = 104;
    static final int TEN_YEARS = 520;

    /** Segment kinds in output order. */
    public static final List<String> KINDS = List.of("team", "team_age", "role", "tenure");
    public static final List<String> TEAM_AGES = List.of("new", "established", "long-standing");
    public static final List<String> ROLES = List.of("member", "team-lead", "manager");
    public static final List<String> TENURES = List.of("under-2y", "2-10y", "10y-plus");

    /**
     * The metrics recorded per segment, in output order ({@link Metric} order). {@code throughput}
     * is per head: each team's finished items shared equally among its people that week.
     */
    public static final List<Metric> METRICS = List.of(Metric.THROUGHPUT, Metric.STRESS, Metric.BURNOUT_RATE,
            Metric.ENGAGEMENT, Metric.ENGAGED_SHARE, Metric.PSYCH_SAFETY, Metric.COHESION, Metric.ATTRITION,
            Metric.HEADCOUNT, Metric.SICK_LEAVE);

    /** One segment: its kind (one of {@link #KINDS}) and its name within the kind. */
    public record Segment(String kind, String name) implements java.io.Serializable {
        public Segment {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("unknown segment kind '" + kind + "'");
            }
        }

        /**
         * Whether {@code metric} means something for this segment: cohesion is the familiarity
         * within a team, and managers work in no team, so the {@code manager} role has none.
         */
        public boolean measures(Metric metric) {
            return metric != Metric.COHESION || !(kind.equals("role") && name.equals("manager"));
        }
    }

    private Segments() {
    }

    /** The {@code team_age} of a team that had existed {@code formedWeeksAgo} weeks at week 0. */
    public static String teamAge(int formedWeeksAgo) {
        if (formedWeeksAgo < ESTABLISHED_TEAM_WEEKS) {
            return TEAM_AGES.get(0);
        }
        return formedWeeksAgo < LONG_STANDING_TEAM_WEEKS ? TEAM_AGES.get(1) : TEAM_AGES.get(2);
    }

    /** The {@code tenure} segment of somebody employed {@code tenureWeeks} weeks at week 0. */
    public static String tenure(int tenureWeeks) {
        if (tenureWeeks < TWO_YEARS) {
            return TENURES.get(0);
        }
        return tenureWeeks < TEN_YEARS ? TENURES.get(1) : TENURES.get(2);
    }

}
