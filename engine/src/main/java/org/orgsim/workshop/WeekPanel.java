package org.orgsim.workshop;

import java.util.List;
import org.orgsim.model.InterventionEvent;

/**
 * What a facilitator sees for one week of a replayed run: every metric with its change since the
 * week before, the teams that crossed a threshold, and the interventions applied that week.
 *
 * @param week          the week
 * @param metrics       metric values, indexed by Metric ordinal
 * @param changes       change since the previous week (0 in week 0), indexed by Metric ordinal
 * @param crossings     teams that crossed a threshold this week, in words
 * @param interventions interventions applied this week, in order
 */
public record WeekPanel(int week, double[] metrics, double[] changes, List<String> crossings,
                        List<InterventionEvent> interventions) {
    public WeekPanel {
        metrics = metrics.clone();
        changes = changes.clone();
        crossings = List.copyOf(crossings);
        interventions = List.copyOf(interventions);
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
