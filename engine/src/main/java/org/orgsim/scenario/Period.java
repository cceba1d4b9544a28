package org.orgsim.scenario;

import java.util.Objects;

/**
 * A stretch of weeks over which impacts are judged, both ends included. Every scenario has the
 * {@link #HORIZON} period (weeks 1..end: every simulated week, not the initial state); a scenario
 * may name its own ({@code periods: {after-merger: [26, 78]}}), and a period named {@link #MAIN} is
 * the one the report and the terminal summary lead with.
 *
 * @param name  the name, unique in the scenario
 * @param first the first week, at least 1
 * @param last  the last week, at least {@code first}
 */
public record Period(String name, int first, int last) {
    /** The period every scenario has: weeks 1..weeks. */
    public static final String HORIZON = "horizon";
    /** The name of the period a scenario may ask the report to lead with instead of the horizon. */
    public static final String MAIN = "main";

    public Period {
        Objects.requireNonNull(name, "name");
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("period '" + name + "' must have 1 <= first <= last, was ["
                    + first + ", " + last + "]");
        }
    }

    /** The horizon of a scenario of {@code weeks} weeks. */
    public static Period horizon(int weeks) {
        return new Period(HORIZON, 1, Math.max(1, weeks));
    }

    /** How many weeks the period spans. */
    public int length() {
        return last - first + 1;
    }
}
