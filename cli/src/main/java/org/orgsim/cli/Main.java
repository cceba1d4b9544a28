package org.orgsim.cli;

/** Entry point of the {@code orgsim} command; the launcher script at the repository root calls it. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Out of memory in a background thread: the command reports it in one line on its own
        // thread; the JVM's default handler would print a stack trace (or fail trying).
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            if (!(failure instanceof OutOfMemoryError)) {
                failure.printStackTrace();
            }
        });
        int status;
        try {
            status = OrgsimCommand.execute(args);
        } catch (OutOfMemoryError exhausted) {
            status = OrgsimCommand.outOfMemory(new java.io.PrintWriter(System.err, true));
        }
        System.exit(status);
    }
}
