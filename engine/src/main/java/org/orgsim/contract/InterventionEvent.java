package org.orgsim.contract;

import java.util.Objects;

/**
 * One applied intervention, as it appears in {@code events.csv}.
 *
 * @param week   the week in which the action took effect
 * @param rule   the name of the rule that asked for it
 * @param action the action, e.g. {@code mergeTeams}
 * @param target what it acted on (team names or pseudonymous person ids)
 * @param detail its effect in words and numbers
 */
public record InterventionEvent(int week, String rule, String action, String target, String detail)
        implements java.io.Serializable {
    public InterventionEvent {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(action, "action");
        target = target == null ? "" : target;
        detail = detail == null ? "" : detail;
    }
}
