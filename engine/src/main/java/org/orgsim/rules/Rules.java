package org.orgsim.rules;

import org.orgsim.model.InterventionPolicy;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.Variant;

/** Opens a replication's intervention policy from a variant's compiled rule book. */
public final class Rules {
    private Rules() {
    }

    public static InterventionPolicy openSession(RuleBook book, Variant variant) {
        return new RuleSession(book, (int) variant.parameters().get(Parameter.RULES_MAX_FIRINGS_PER_WEEK), variant.name(),
                variant.ruleParameters(), variant.parameters().get(Parameter.RULES_MAX_SECONDS_PER_WEEK));
    }
}
