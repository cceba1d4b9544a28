package org.orgsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.orgsim.model.ActionRequest;
import org.orgsim.model.InterventionPolicy;
import org.orgsim.model.WeeklyFacts;

/**
 * Several rule sessions acting together, each from its own first week: a variant's own rules from
 * week 1, rules added by a fork from the fork week. Before its week a stage does not even see the
 * facts, so the run up to the fork is exactly the recorded one.
 */
final class StagedPolicy implements InterventionPolicy {
    private final List<InterventionPolicy> stages;
    private final int[] fromWeek;

    StagedPolicy(List<InterventionPolicy> stages, int[] fromWeek) {
        this.stages = List.copyOf(stages);
        this.fromWeek = fromWeek.clone();
    }

    @Override
    public List<ActionRequest> decide(WeeklyFacts facts) {
        List<ActionRequest> actions = new ArrayList<>();
        for (int stage = 0; stage < stages.size(); stage++) {
            if (facts.week().getNumber() >= fromWeek[stage]) {
                actions.addAll(stages.get(stage).decide(facts));
            }
        }
        return actions;
    }

    @Override
    public boolean needsPeople() {
        return stages.stream().anyMatch(InterventionPolicy::needsPeople);
    }

    @Override
    public void close() {
        stages.forEach(InterventionPolicy::close);
    }
}
