package org.orgsim.rules;

import org.orgsim.model.InterventionPolicy;
import org.orgsim.model.OrgModel;
import org.orgsim.model.RunRecord;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.Variant;

/** Runs replications with a variant's compiled rule book: one fresh session per replication. */
public final class Rules {
    private Rules() {
    }

    public static InterventionPolicy openSession(RuleBook book, Variant variant) {
        return new RuleSession(book, (int) variant.parameters().get(Parameter.RULES_MAX_FIRINGS_PER_WEEK), variant.name());
    }

    /** One replication of a variant, with its compiled rules ({@code rules} null when it has none). */
    public static RunRecord simulate(Variant variant, RuleBook rules, long seed, int replication, int weeks) {
        if (rules == null) {
            return OrgModel.simulate(variant, seed, replication, weeks);
        }
        return OrgModel.simulate(variant, seed, replication, weeks, openSession(rules, variant));
    }
}
