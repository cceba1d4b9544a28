package org.orgsim.experiment;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.orgsim.model.OrgModel;
import org.orgsim.model.RunRecord;
import org.orgsim.results.Results;
import org.orgsim.results.ResultsBuilder;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.Variant;

/**
 * Runs every variant of a scenario for every replication, in parallel, and folds the runs into
 * {@link Results}.
 *
 * <p>Reproducibility does not depend on the thread count: each run draws only from streams keyed
 * by (seed, replication, purpose, entity), and finished runs are folded into the accumulators in
 * a fixed order (replication-major, variants in scenario order), whatever order the threads
 * finish in. Only a bounded window of runs is in flight, so memory does not grow with the number
 * of replications.
 */
public final class Experiment {
    /** Told after each finished run; called from the thread that called {@link #run}. */
    public interface ProgressListener {
        void runFinished(int finished, int total);
    }

    private final Scenario scenario;
    private final int threads;

    public Experiment(Scenario scenario, int threads) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.threads = threads;
    }

    /** All cores of this machine, the default of the command line. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public Results run(ProgressListener listener) throws InterruptedException {
        int variants = scenario.variants().size();
        int total = variants * scenario.replications();
        int window = Math.max(2, threads * 4);
        ResultsBuilder builder = new ResultsBuilder(scenario);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "orgsim-run-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            ArrayDeque<Future<RunRecord>> inFlight = new ArrayDeque<>();
            int submitted = 0;
            int finished = 0;
            while (finished < total) {
                while (submitted < total && inFlight.size() < window) {
                    Variant variant = scenario.variants().get(submitted % variants);
                    int replication = submitted / variants;
                    inFlight.add(pool.submit(() -> OrgModel.simulate(variant, scenario.seed(), replication, scenario.weeks())));
                    submitted++;
                }
                builder.accept(await(inFlight.poll()));
                finished++;
                if (listener != null) {
                    listener.runFinished(finished, total);
                }
            }
            return builder.build();
        } finally {
            pool.shutdownNow();
        }
    }

    private static RunRecord await(Future<RunRecord> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException failure) {
            Throwable cause = failure.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a simulation run failed", cause);
        }
    }
}
