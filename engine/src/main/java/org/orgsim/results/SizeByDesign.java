package org.orgsim.results;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.model.SeriesLayout;

/**
 * Whether a variant changes the organization's size by design, so that its headcount, throughput,
 * cost and the totals built on them differ from the baseline's by construction and are shown
 * without a better/worse verdict ({@link PeriodMeasures#SIZE_BY_CONSTRUCTION}). Two signs, either
 * enough:
 * <ul>
 *   <li>its initial organization has another size: the mean headcount of week 0 differs from the
 *       baseline's by more than half a person and 1% (another span of control, another team size,
 *       another import);</li>
 *   <li>one of its rules applied an action that changes size: hiring, laying off, freezing hiring,
 *       adding or removing a management layer.</li>
 * </ul>
 * Turnover alone is not by design: people leaving and vacancies refilled slowly are outcomes, and
 * keep their verdicts.
 */
final class SizeByDesign {
    /** The names in events.csv of the actions that change size (org.orgsim.model.Action's records). */
    static final Set<String> SIZE_ACTIONS = Set.of("hire", "layOff", "freezeHiring", "addManagementLayer",
            "removeManagementLayer");

    private SizeByDesign() {
    }

    /** Why the variant's size differs by design, or null when it does not. */
    static String reason(Estimate[][] weekly, Estimate[][] baselineWeekly, SeriesLayout layout,
                         List<List<InterventionEvent>> events) {
        if (layout.metrics().contains(Metric.HEADCOUNT)) {
            double initial = weekly[0][Metric.HEADCOUNT.ordinal()].mean();
            double baseline = baselineWeekly[0][Metric.HEADCOUNT.ordinal()].mean();
            // Half a person or 1%: initial vacancies drawn at random make week-0 headcounts differ
            // a little between variants that have the same organization by design.
            if (Math.abs(initial - baseline) > Math.max(0.5, 0.01 * baseline)) {
                return "its initial organization has " + Numbers.format(initial) + " people, the baseline's "
                        + Numbers.format(baseline);
            }
        }
        Set<String> actions = new TreeSet<>();
        for (List<InterventionEvent> run : events) {
            for (InterventionEvent event : run) {
                if (SIZE_ACTIONS.contains(event.action())) {
                    actions.add(event.action());
                }
            }
        }
        return actions.isEmpty() ? null : "its rules change the organization's size (" + String.join(", ", actions) + ")";
    }
}
