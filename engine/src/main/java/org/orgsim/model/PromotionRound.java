package org.orgsim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Asks the promotion rules who fills the vacancies of one level at a career review, and turns their
 * answer into appointments of the engine's own seats and people. Both kinds of career organization
 * (levels only, and teams) fill their vacancies through here, so the rules see the same facts and
 * obey the same checks in both.
 */
final class PromotionRound {
    /** An appointment: {@code person} takes {@code seat}, as the rule named {@code rule} decided. */
    record Appointment<S, P>(String rule, S seat, P person) {
    }

    private PromotionRound() {
    }

    /**
     * The appointments the policy makes, in the order made. {@code seats} maps the vacancies' ids to
     * the engine's seats; {@code people} holds the engine's person of each candidate, in the order of
     * {@code facts.candidates()}. Every appointment names an open vacancy and a
     * candidate, each at most once (the rule session checks this as rules fire; it is checked here
     * again for any other policy).
     */
    static <S, P> List<Appointment<S, P>> fill(InterventionPolicy policy, ReviewFacts facts, Map<String, S> seats,
                                               List<P> people) {
        if (policy == null || facts.vacancies().isEmpty() || facts.candidates().isEmpty()) {
            return List.of();
        }
        List<ActionRequest> requests = policy.decideVacancies(facts);
        Map<String, P> named = named(requests, facts, people);
        List<Appointment<S, P>> appointments = new ArrayList<>();
        Set<String> filled = new HashSet<>();
        Set<String> appointed = new HashSet<>();
        for (ActionRequest request : requests) {
            Action.Appoint appointment = request.action() instanceof Action.Appoint appoint ? appoint : null;
            S seat = appointment == null ? null : seats.get(appointment.vacancyId());
            P person = appointment == null ? null : named.get(appointment.candidateId());
            if (seat == null || person == null
                    || !filled.add(appointment.vacancyId()) || !appointed.add(appointment.candidateId())) {
                throw new InterventionException("rule '" + request.rule() + "' in the career review of week "
                        + facts.review().getWeek() + " of variant '" + facts.variant() + "': "
                        + request.action().name() + " " + request.action().target().replace(",", " to ")
                        + " is not an appointment of a candidate to an open vacancy of this review");
            }
            appointments.add(new Appointment<>(request.rule(), seat, person));
        }
        return appointments;
    }

    /**
     * The engine's person of each candidate the requests name: one pass over the candidates looking
     * each up among the few names, rather than a map of every candidate per level and review.
     */
    private static <P> Map<String, P> named(List<ActionRequest> requests, ReviewFacts facts, List<P> people) {
        Map<String, P> named = new HashMap<>(2 * requests.size() + 2);
        for (ActionRequest request : requests) {
            if (request.action() instanceof Action.Appoint appoint) {
                named.put(appoint.candidateId(), null);
            }
        }
        List<org.orgsim.model.facts.Candidate> candidates = facts.candidates();
        for (int index = 0; index < candidates.size(); index++) {
            String id = candidates.get(index).getPersonId();
            if (named.containsKey(id)) {
                named.put(id, people.get(index));
            }
        }
        return named;
    }
}
