package org.orgsim.experiment;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.orgsim.contract.RunRecord;

/**
 * Worker threads that run simulation jobs in parallel and hand the results back strictly in job
 * order, on the calling thread. Results folded in that order are the same bits whatever the number
 * of threads. Only a bounded window of jobs is in flight, so memory does not grow with the number
 * of jobs.
 */
final class RunPool implements UnitExecutor {
    private final ExecutorService pool;
    private final int window;
    private final ScenarioUnits runner;

    RunPool(int threads, ScenarioUnits runner) {
        this.runner = runner;
        AtomicInteger threadNumber = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "orgsim-run-" + threadNumber.incrementAndGet());
            // Daemon threads: an interrupted program must not wait for runs nobody will look at.
            thread.setDaemon(true);
            return thread;
        });
        this.window = Math.max(2, threads * 4);
    }

    @Override
    public void run(int count, IntFunction<Unit> units, Sink sink) throws InterruptedException {
        ArrayDeque<Future<RunRecord>> inFlight = new ArrayDeque<>();
        int submitted = 0;
        for (int delivered = 0; delivered < count; delivered++) {
            while (submitted < count && inFlight.size() < window) {
                Unit unit = units.apply(submitted);
                Callable<RunRecord> job = () -> runner.run(unit);
                inFlight.add(pool.submit(job));
                submitted++;
            }
            sink.accept(delivered, await(inFlight.poll()));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static RunRecord await(Future<RunRecord> future) throws InterruptedException {
        try {
            while (true) {
                try {
                    return future.get(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException stillRunning) {
                    // A rule consequence that never returns and could not be stopped: give up on the run.
                    java.util.Optional<org.orgsim.model.InterventionException> stuck = org.orgsim.rules.RuleWatchdog.stuckFailure();
                    if (stuck.isPresent()) {
                        org.orgsim.rules.RuleWatchdog.clearStuckFailure();
                        throw stuck.get();
                    }
                }
            }
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
