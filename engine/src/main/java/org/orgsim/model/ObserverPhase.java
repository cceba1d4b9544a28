package org.orgsim.model;

import java.util.List;
import org.orgsim.contract.InterventionEvent;
import sim.engine.SimState;
import sim.engine.Steppable;

/** The last phase of an observed run's week: hands the week's facts to the observer. */
final class ObserverPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final OrgModel model;
    private final WeekObserver observer;
    private final FactsBuilder facts;
    /** False when the interventions phase keeps the team histories already. */
    private final boolean keepsHistory;
    private int eventsSeen;

    ObserverPhase(OrgModel model, WeekObserver observer, boolean keepsHistory) {
        this.model = model;
        this.observer = observer;
        this.facts = new FactsBuilder(model);
        this.keepsHistory = keepsHistory;
    }

    @Override
    public void step(SimState state) {
        if (keepsHistory) {
            facts.recordHistory();
        }
        if (model.week < 0) {
            return;
        }
        List<InterventionEvent> thisWeek = List.copyOf(model.events.subList(eventsSeen, model.events.size()));
        eventsSeen = model.events.size();
        observer.weekEnded(facts.build(true), model.metricsOfWeek(model.week), thisWeek);
    }
}
