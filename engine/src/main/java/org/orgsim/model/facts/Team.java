package org.orgsim.model.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.orgsim.contract.Metric;

/**
 * A team as rules see it this week: its structure and its current metrics, with a short history so
 * that a rule can say "for 4 weeks" ({@code weeksAbove("burnout_rate", 0.30) >= 4}). Immutable;
 * rules change the organization only through the action API.
 */
public final class Team {
    /**
     * Weekly team metrics kept for {@link #weeksAbove} and {@link #weeksBelow}, newest first: the
     * metrics measured per team ({@link Metric#isPerTeam}), in {@link Metric} order.
     */
    public static final List<String> HISTORY_METRICS = Metric.perTeam().stream().map(Metric::key).toList();
    private static final int METRICS = HISTORY_METRICS.size();
    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        for (int index = 0; index < HISTORY_METRICS.size(); index++) {
            INDEX.put(HISTORY_METRICS.get(index), index);
        }
    }

    private final String name;
    private final String leadership;
    private final int headcount;
    private final int members;
    private final boolean leadVacant;
    private final int vacancies;
    private final String manager;
    private final int weeksSinceFormed;
    private final int wipLimit;
    private final boolean aiSupport;
    private final boolean coached;
    private final double demandFactor;
    /**
     * The team's history log, oldest week first, each week's values of {@link #HISTORY_METRICS} in
     * their order; this week's values start at {@link #newest}. The engine only ever appends to a
     * log (and starts a new one when it is full), so what this fact sees never changes.
     */
    private final double[] history;
    private final int newest;
    private final int historyLength;
    /** The week the facts are of (rules run from week 1); the history before it is warm-up. */
    private final int week;

    public Team(String name, String leadership, int headcount, int members, boolean leadVacant, int vacancies, String manager,
                int weeksSinceFormed, int wipLimit, boolean aiSupport, boolean coached, double demandFactor,
                double[] history, int newest, int historyLength, int week) {
        this.week = week;
        this.name = name;
        this.leadership = leadership;
        this.headcount = headcount;
        this.members = members;
        this.leadVacant = leadVacant;
        this.vacancies = vacancies;
        this.manager = manager;
        this.weeksSinceFormed = weeksSinceFormed;
        this.wipLimit = wipLimit;
        this.aiSupport = aiSupport;
        this.coached = coached;
        this.demandFactor = demandFactor;
        this.history = history;
        this.newest = newest;
        this.historyLength = historyLength;
    }

    public String getName() { return name; }
    /** "hierarchical" or "horizontal". */
    public String getLeadership() { return leadership; }
    public boolean isHierarchical() { return leadership.equals("hierarchical"); }
    public int getHeadcount() { return headcount; }
    /** Members, not counting a lead. */
    public int getMembers() { return members; }
    public boolean isLeadVacant() { return leadVacant; }
    /** Open member vacancies (being filled, or waiting for a hiring freeze to end). */
    public int getVacancies() { return vacancies; }
    /** Id of the management position above the team, or "" at the top. */
    public String getManager() { return manager; }
    public int getWeeksSinceFormed() { return weeksSinceFormed; }
    /** Work-in-progress limit in items, 0 when there is none. */
    public int getWipLimit() { return wipLimit; }
    public boolean isAiSupport() { return aiSupport; }
    /** True when the team's lead is in, or has finished, a coaching program. */
    public boolean isCoached() { return coached; }
    public double getDemandFactor() { return demandFactor; }

    public double getBurnoutRate() { return current("burnout_rate"); }
    public double getStress() { return current("stress"); }
    public double getEngagement() { return current("engagement"); }
    public double getPsychSafety() { return current("psych_safety"); }
    public double getCohesion() { return current("cohesion"); }
    public double getBacklog() { return current("backlog"); }
    public double getThroughput() { return current("throughput"); }
    public double getSickLeave() { return current("sick_leave"); }
    public double getDecisionLatency() { return current("decision_latency"); }

    /** This week's value of a team metric (one of {@link #HISTORY_METRICS}). */
    public double current(String metric) {
        return history[newest + index(metric)];
    }

    /** The value {@code weeksAgo} weeks ago (0 = this week), or NaN before the record starts. */
    public double value(String metric, int weeksAgo) {
        return weeksAgo < historyLength ? history[newest - weeksAgo * METRICS + index(metric)] : Double.NaN;
    }

    /** How many consecutive weeks, up to and including this one, the metric has been above the threshold. */
    public int weeksAbove(String metric, double threshold) {
        int index = index(metric);
        int count = 0;
        while (count < historyLength && history[newest - count * METRICS + index] > threshold) {
            count++;
        }
        return count;
    }

    /** How many consecutive weeks, up to and including this one, the metric has been below the threshold. */
    public int weeksBelow(String metric, double threshold) {
        int index = index(metric);
        int count = 0;
        while (count < historyLength && history[newest - count * METRICS + index] < threshold) {
            count++;
        }
        return count;
    }

    /**
     * Like {@link #weeksAbove}, but counting only weeks of the run (week 1 on), not the warm-up:
     * in week 3 it is at most 3. For conditions that must not fire in the first weeks on the
     * strength of the warm-up alone.
     */
    public int weeksAboveSinceStart(String metric, double threshold) {
        return Math.min(weeksAbove(metric, threshold), Math.max(0, week));
    }

    /** Like {@link #weeksBelow}, counting only weeks of the run (week 1 on), not the warm-up. */
    public int weeksBelowSinceStart(String metric, double threshold) {
        return Math.min(weeksBelow(metric, threshold), Math.max(0, week));
    }

    private static int index(String metric) {
        Integer index = INDEX.get(metric); // rules ask for a metric by name at every evaluation
        if (index == null) {
            throw new IllegalArgumentException("no team metric '" + metric + "' (team metrics: "
                    + String.join(", ", HISTORY_METRICS) + ")");
        }
        return index;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Team(%s, %s, %d people, burnout %.2f)", name, leadership, headcount,
                getBurnoutRate());
    }
}
