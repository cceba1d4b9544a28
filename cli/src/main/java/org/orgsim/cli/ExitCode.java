package org.orgsim.cli;

/** Exit statuses of the contract. */
final class ExitCode {
    static final int SUCCESS = 0;
    static final int INTERNAL_ERROR = 1;
    static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
