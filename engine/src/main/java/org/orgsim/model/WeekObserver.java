package org.orgsim.model;

import java.util.List;
import org.orgsim.contract.InterventionEvent;

/**
 * Watches a run week by week, for replaying it: called at the end of every recorded week with the
 * facts as rules would see them (teams with their metrics, pseudonymous people), the week's metric
 * row and the interventions applied that week. Only an observed run pays for building the facts.
 */
public interface WeekObserver {
    void weekEnded(WeeklyFacts facts, double[] metrics, List<InterventionEvent> interventions);
}
