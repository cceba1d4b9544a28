package org.orgsim.model;

import java.util.List;
import org.orgsim.contract.InterventionEvent;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The rules phase, right after the work phase: the policy sees this week's facts and asks for
 * actions; the engine applies them at once, with their consequences, and logs each one that
 * changed something. Team histories are kept from the warm-up on, so that "for 4 weeks" works
 * from week 1.
 */
final class InterventionPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final OrgModel model;
    private final InterventionPolicy policy;
    private final FactsBuilder facts;
    private final Interventions interventions;

    InterventionPhase(OrgModel model, InterventionPolicy policy) {
        this.model = model;
        this.policy = policy;
        this.facts = new FactsBuilder(model);
        this.interventions = new Interventions(model);
    }

    @Override
    public void step(SimState state) {
        // Rules run from week 1 and look back at most HISTORY_WEEKS weeks: earlier weeks of the
        // warm-up would be recorded only to be overwritten (a quarter of the rules' cost).
        if (model.week > -FactsBuilder.HISTORY_WEEKS) {
            facts.recordHistory();
        }
        if (model.week < 1) {
            return;
        }
        List<ActionRequest> requests = policy.decide(facts.build(policy.needsPeople()));
        for (ActionRequest request : requests) {
            InterventionEvent event = interventions.apply(request);
            if (event != null) {
                model.events.add(event);
            }
        }
        model.updateStaff(List.of());
    }
}
