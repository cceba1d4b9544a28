package org.orgsim.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.orgsim.experiment.Experiment;

/**
 * The progress bar on standard error: runs done / total and the time left. Shown only when
 * standard error is a terminal and the user did not ask for quiet.
 */
final class ProgressBarListener implements Experiment.ProgressListener, AutoCloseable {
    private final ProgressBar bar;

    private ProgressBarListener(ProgressBar bar) {
        this.bar = bar;
    }

    static ProgressBarListener openIfTerminal(boolean quiet, int totalRuns) {
        if (quiet || !standardErrorIsTerminal()) {
            return new ProgressBarListener(null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName("runs").setInitialMax(totalRuns)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250).showSpeed().build();
        return new ProgressBarListener(bar);
    }

    /** The launcher knows (test -t 2); without it, fall back to Java's view of the console. */
    private static boolean standardErrorIsTerminal() {
        String fromLauncher = System.getenv("ORGSIM_STDERR_IS_TERMINAL");
        if (fromLauncher != null) {
            return fromLauncher.equals("1");
        }
        return System.console() != null;
    }

    @Override
    public void runFinished(int finished, int total) {
        if (bar != null) {
            bar.stepTo(finished);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
