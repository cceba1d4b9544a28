package org.orgsim.workshop;

import java.util.List;
import org.orgsim.contract.InterventionEvent;

/**
 * What a facilitator sees for one week of a replayed run: every metric with its change since the
 * week before, the teams that crossed a threshold, the interventions applied that week, and every
 * team's figures (for the workshop page's drawing of the organization).
 *
 * @param week          the week
 * @param metrics       metric values, indexed by Metric ordinal
 * @param changes       change since the previous week (0 in week 0), indexed by Metric ordinal
 * @param crossings     teams that crossed a threshold this week, in words
 * @param interventions interventions applied this week, in order
 * @param teams         every team at the end of the week, with its team metrics (for drawing the
 *                      organization); per-team figures only
 */
public record WeekPanel(int week, double[] metrics, double[] changes, List<String> crossings,
                        List<InterventionEvent> interventions, List<TeamFigures> teams) {
    public WeekPanel {
        metrics = metrics.clone();
        changes = changes.clone();
        crossings = List.copyOf(crossings);
        interventions = List.copyOf(interventions);
        teams = List.copyOf(teams);
    }

    /** A panel without team figures. */
    public WeekPanel(int week, double[] metrics, double[] changes, List<String> crossings,
                     List<InterventionEvent> interventions) {
        this(week, metrics, changes, crossings, interventions, List.of());
    }

    @Override
    public double[] metrics() {
        return metrics.clone();
    }

    @Override
    public double[] changes() {
        return changes.clone();
    }
}
