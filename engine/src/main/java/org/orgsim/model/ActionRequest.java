package org.orgsim.model;

import java.util.Objects;

/**
 * One action a rule asked for, applied by the engine after the rules phase of the week.
 *
 * @param rule     name of the rule that asked
 * @param type     what to do
 * @param target   the team, person id or level it acts on
 * @param argument a second name where the action needs one (team to merge, new team name, style)
 * @param amount   a number where the action needs one (people, weeks, factor, items)
 */
public record ActionRequest(String rule, ActionType type, String target, String argument, double amount) {
    public ActionRequest {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(type, "type");
        target = target == null ? "" : target;
        argument = argument == null ? "" : argument;
    }
}
