package org.orgsim.cli;

import org.orgsim.experiment.Experiment;
import org.orgsim.scenario.ScenarioException;

/** The command-line options every experiment command shares, checked the same way everywhere. */
final class CommandLimits {
    static final int MAX_REPLICATIONS = 100_000;
    static final int MAX_THREADS = 1024;

    private CommandLimits() {
    }

    /** {@code --threads}, or all cores when not given. */
    static int threads(Integer requested) {
        int workers = requested == null ? Experiment.defaultThreads() : requested;
        if (workers < 1 || workers > MAX_THREADS) {
            throw new ScenarioException("--threads must be between 1 and " + MAX_THREADS + ", was " + workers);
        }
        return workers;
    }

    /** {@code --replications}, or the given default when not given. */
    static int replications(Integer requested, int fallback) {
        int count = requested == null ? fallback : requested;
        if (count < 1 || count > MAX_REPLICATIONS) {
            throw new ScenarioException("--replications must be between 1 and " + MAX_REPLICATIONS + ", was " + count);
        }
        return count;
    }
}
