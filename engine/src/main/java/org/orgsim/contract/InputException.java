package org.orgsim.contract;

/**
 * Bad input: a scenario, rule, data or results file, or a command-line value, that cannot be used
 * as it is. The message names the file and the place (a YAML path such as {@code teams[2].size}, a
 * column, or {@code file:line:column}) so that the user can fix it without reading a stack trace.
 * The command line maps every input exception to exit code 2 and writes no output.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
