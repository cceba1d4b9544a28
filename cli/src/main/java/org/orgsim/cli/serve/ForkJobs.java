package org.orgsim.cli.serve;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.orgsim.contract.InputException;
import org.orgsim.results.Results;
import org.orgsim.workshop.Fork;

/**
 * Forks the page asked for, run one at a time on a background thread (each run uses the worker
 * threads of an ordinary experiment), with their progress for the page to poll. Keeps the last
 * {@value #KEPT} jobs.
 */
final class ForkJobs implements AutoCloseable {
    static final int KEPT = 32;
    /** Forks waiting or running at most: one runs at a time, so more would only queue up work nobody waits for. */
    static final int MAX_PENDING = 4;

    enum State { QUEUED, COMPILING, RUNNING, DONE, FAILED }

    /** One fork: its plan, where it got, and its results once done. */
    static final class Job {
        private final String id;
        private final Fork fork;
        private final String ruleFile;
        private volatile State state = State.QUEUED;
        private volatile int finished;
        private volatile int total;
        private volatile String problem;
        private volatile Results results;

        Job(String id, Fork fork, String ruleFile) {
            this.id = id;
            this.fork = fork;
            this.ruleFile = ruleFile;
            this.total = fork.scenario().variants().size() * fork.scenario().replications();
        }

        String id() { return id; }
        Fork fork() { return fork; }
        String ruleFile() { return ruleFile; }
        State state() { return state; }
        int finished() { return finished; }
        int total() { return total; }
        String problem() { return problem; }
        Results results() { return results; }
    }

    private final int threads;
    private final PrintWriter log;
    private final AtomicLong counter = new AtomicLong();
    private final ExecutorService runner;
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    ForkJobs(int threads, PrintWriter log) {
        this(threads, log, Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "orgsim-fork");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** With the executor that runs the forks one by one (tests hold it to fill the queue). */
    ForkJobs(int threads, PrintWriter log, ExecutorService runner) {
        this.threads = threads;
        this.log = log;
        this.runner = runner;
    }

    synchronized Job submit(Fork fork, String ruleFile) {
        long pending = jobs.values().stream().filter(queued -> queued.state != State.DONE && queued.state != State.FAILED).count();
        if (pending >= MAX_PENDING) {
            throw new ApiException(429, pending + " forks are already waiting or running; try again when one is done");
        }
        Job job = new Job("fork-" + counter.incrementAndGet(), fork, ruleFile);
        jobs.put(job.id, job);
        Iterator<Job> oldest = jobs.values().iterator();
        while (jobs.size() > KEPT && oldest.hasNext()) {
            Job old = oldest.next();
            if (old.state == State.DONE || old.state == State.FAILED) {
                oldest.remove();
            }
        }
        runner.execute(() -> run(job));
        return job;
    }

    synchronized Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(Job job) {
        job.state = State.COMPILING;
        try {
            job.results = job.fork.run(threads, (finished, total) -> {
                job.state = State.RUNNING;
                job.finished = finished;
                job.total = total;
            });
            job.finished = job.total;
            job.state = State.DONE;
        } catch (InputException failure) {
            job.problem = failure.getMessage();
            job.state = State.FAILED;
        } catch (InterruptedException failure) {
            Thread.currentThread().interrupt();
            job.problem = "stopped";
            job.state = State.FAILED;
        } catch (RuntimeException | Error failure) {
            job.problem = "internal error (the server's terminal has the details)";
            job.state = State.FAILED;
            synchronized (log) {
                log.println("orgsim serve: fork " + job.id + " failed: " + failure);
                failure.printStackTrace(log);
                log.flush();
            }
        }
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
