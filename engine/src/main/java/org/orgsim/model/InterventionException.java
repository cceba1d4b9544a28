package org.orgsim.model;

import org.orgsim.scenario.ScenarioException;

/**
 * A rule asked for something the organization cannot do (an unknown team, merging a team with
 * itself, promoting into no vacancy) or misbehaved (looped, threw). It is bad input — the rule
 * file needs fixing — so the command line reports it with exit status 2, naming rule and week.
 */
public class InterventionException extends ScenarioException {
    private static final long serialVersionUID = 1L;

    public InterventionException(String message) {
        super(message);
    }

    public InterventionException(String message, Throwable cause) {
        super(message, cause);
    }
}
