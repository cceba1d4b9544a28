package org.orgsim.model;

import java.util.Objects;

/**
 * One action a rule asked for, applied by the engine after the rules phase of the week (or, for an
 * appointment, by the career review).
 *
 * @param rule   name of the rule that asked
 * @param action what to do, with its typed arguments
 */
public record ActionRequest(String rule, Action action) {
    public ActionRequest {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(action, "action");
    }
}
