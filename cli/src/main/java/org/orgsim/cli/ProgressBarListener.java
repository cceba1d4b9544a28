package org.orgsim.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.orgsim.experiment.Experiment;

/**
 * The progress bar on standard error: runs done / total and the time left (ETA), counting the
 * runs of a sweep and of a sensitivity screening too. The total grows when
 * {@code replications: auto} adds a batch. Shown only when standard error is a terminal and the
 * user did not ask for quiet.
 */
final class ProgressBarListener implements Experiment.ProgressListener, AutoCloseable {
    private final ProgressBar bar;
    private long total;

    private ProgressBarListener(ProgressBar bar, long total) {
        this.bar = bar;
        this.total = total;
    }

    static ProgressBarListener openIfTerminal(boolean quiet, long totalRuns) {
        if (quiet || !standardErrorIsTerminal()) {
            return new ProgressBarListener(null, totalRuns);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName("runs").setInitialMax(totalRuns)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250).showSpeed().build();
        return new ProgressBarListener(bar, totalRuns);
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
    public void runFinished(int finished, int newTotal) {
        if (bar == null) {
            return;
        }
        if (newTotal != total) {
            total = newTotal;
            bar.maxHint(newTotal);
        }
        bar.stepTo(finished);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
