package org.orgsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.orgsim.model.Action;
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

    /** At a career review every stage acting by the review's week fills vacancies, in stage order. */
    @Override
    public List<ActionRequest> decideVacancies(org.orgsim.model.ReviewFacts facts) {
        List<ActionRequest> appointments = new ArrayList<>();
        org.orgsim.model.ReviewFacts open = facts;
        for (int stage = 0; stage < stages.size(); stage++) {
            if (facts.review().getWeek() >= fromWeek[stage]) {
                List<ActionRequest> made = stages.get(stage).decideVacancies(open);
                appointments.addAll(made);
                open = remaining(open, made);
            }
        }
        return appointments;
    }

    /** The review's facts without the vacancies filled and the candidates appointed by an earlier stage. */
    private static org.orgsim.model.ReviewFacts remaining(org.orgsim.model.ReviewFacts facts, List<ActionRequest> made) {
        if (made.isEmpty()) {
            return facts;
        }
        java.util.Set<String> people = new java.util.HashSet<>();
        java.util.Set<String> seats = new java.util.HashSet<>();
        made.forEach(request -> {
            if (request.action() instanceof Action.Appoint appointment) {
                people.add(appointment.candidateId());
                seats.add(appointment.vacancyId());
            }
        });
        return new org.orgsim.model.ReviewFacts(facts.variant(), facts.review(),
                facts.vacancies().stream().filter(vacancy -> !seats.contains(vacancy.getId())).toList(),
                facts.candidates().stream().filter(candidate -> !people.contains(candidate.getPersonId())).toList());
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
