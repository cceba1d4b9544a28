package org.orgsim.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.orgsim.results.ResultsWriter;

/**
 * No path may end with exit status 0 without results. A trusted rule (or anything else running in
 * the program) can call {@code System.exit(0)} in the middle of a run; Java 17 has no supported way
 * to forbid that (the SecurityManager is deprecated for removal), but it does run the shutdown
 * hooks. So a command that computes results arms this guard; if the program stops while the
 * command is still running, the hook removes any partial output and ends the program with status 1
 * and one line that says so, whatever status was asked for. Ctrl-C during a run therefore also ends
 * with status 1 rather than 130: the run did not finish, and nothing was written.
 *
 * <p>What this cannot catch: {@code Runtime.halt}, which skips the hooks. The rule check refuses
 * both; with {@code --trust-rules} the user has accepted that the rules are code.
 */
final class UnfinishedCommandGuard {
    private static final AtomicBoolean ARMED = new AtomicBoolean();
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();
    private static final PrintStream ERR = System.err;

    private UnfinishedCommandGuard() {
    }

    /** The command computes results from here on: stopping before {@link #disarm()} is a failure. */
    static void arm() {
        if (INSTALLED.compareAndSet(false, true)) {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(UnfinishedCommandGuard::onShutdown, "orgsim-unfinished-guard"));
            } catch (IllegalStateException alreadyStopping) {
                return;
            }
        }
        ARMED.set(true);
    }

    static void disarm() {
        ARMED.set(false);
    }

    private static void onShutdown() {
        if (!ARMED.get()) {
            return;
        }
        ResultsWriter.abandonPartialOutput();
        ERR.println("orgsim: stopped before the command finished (interrupted, or something in it, such as a rule, "
                + "ended the program); no results were written");
        ERR.flush();
        Runtime.getRuntime().halt(ExitCode.INTERNAL_ERROR);
    }
}
