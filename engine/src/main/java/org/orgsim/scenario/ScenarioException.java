package org.orgsim.scenario;

import org.orgsim.contract.InputException;

/**
 * Bad input found while loading a scenario or its rule files: an {@link InputException} (exit code
 * 2), kept as its own type so that callers of the loader read as what they catch.
 */
public class ScenarioException extends InputException {
    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
