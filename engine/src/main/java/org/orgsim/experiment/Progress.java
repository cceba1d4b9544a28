package org.orgsim.experiment;

/**
 * Counts finished runs against the runs planned so far and tells the listener. The plan can grow
 * while the experiment runs: {@code replications: auto} adds batches, and a sweep after it runs as
 * many replications as the experiment ended with.
 */
final class Progress {
    private final Experiment.ProgressListener listener;
    private int finished;
    private int total;

    Progress(Experiment.ProgressListener listener) {
        this.listener = listener;
    }

    void plan(int plannedTotal) {
        total = Math.max(plannedTotal, finished);
    }

    void runFinished() {
        finished++;
        total = Math.max(total, finished);
        if (listener != null) {
            listener.runFinished(finished, total);
        }
    }
}
