package org.orgsim.scenario;

/**
 * Bad input: a scenario, rule or data file that cannot be used as it is. The message names the
 * file and the place (a YAML path such as {@code teams[2].size}, or {@code file:line:column}) so
 * that the user can fix it without reading a stack trace. The command line maps it to exit code 2.
 */
public class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
