package org.orgsim.cli;

/** Entry point of the {@code orgsim} command; the launcher script at the repository root calls it. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(OrgsimCommand.execute(args));
    }
}
