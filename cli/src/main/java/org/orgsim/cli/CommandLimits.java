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

    /**
     * The scenario's size against the heap: refused (exit 2, with the estimate) when its
     * organization has more people than {@code --max-people}, which defaults to what the heap holds
     * with this many worker threads.
     */
    static org.orgsim.experiment.SizeEstimate size(org.orgsim.scenario.Scenario scenario, java.nio.file.Path file, int threads,
                                                   Long maxPeople) {
        if (maxPeople != null && maxPeople < 1) {
            throw new ScenarioException("--max-people must be at least 1, was " + maxPeople);
        }
        org.orgsim.experiment.SizeEstimate estimate = org.orgsim.experiment.SizeEstimate.of(scenario, threads);
        long limit = maxPeople != null ? maxPeople
                : org.orgsim.experiment.SizeEstimate.defaultMaxPeople(Runtime.getRuntime().maxMemory(), estimate.concurrentRuns());
        estimate.requireAtMost(limit, maxPeople != null, file.toString());
        return estimate;
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
