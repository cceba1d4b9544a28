package org.orgsim.model;

import java.util.List;

/**
 * What decides the interventions of one run: given this week's facts, the actions to apply. The
 * rules package implements it with a Drools session; the model depends only on this interface.
 */
public interface InterventionPolicy extends AutoCloseable {
    List<ActionRequest> decide(WeeklyFacts facts);

    /**
     * At a career review, for the vacancies of one level: the appointments the promotion rules make
     * ({@link Action.Appoint} requests), in
     * the order made, each already checked to name an open vacancy and an unappointed candidate of
     * these facts. A policy without promotion rules appoints nobody: the vacancies stay open.
     */
    default List<ActionRequest> decideVacancies(ReviewFacts facts) {
        return List.of();
    }

    /** False when the policy never looks at individual people, so their facts need not be built. */
    default boolean needsPeople() {
        return true;
    }

    /** Releases the session; called once when the run ends, also when it fails. */
    @Override
    void close();
}
