package org.orgsim.experiment;

import java.util.function.IntFunction;
import org.orgsim.contract.RunRecord;
import org.orgsim.scenario.Scenario;

/**
 * Where an experiment's units run: the local thread pool ({@link RunPool}) or another executor
 * found on the class path (the Spark module's). However and wherever units run, the results come
 * back to the caller strictly in unit order, on the calling thread, so the folded results are the
 * same bits for every executor, thread count and partitioning.
 *
 * <p>The engine knows only this interface; an executor that ships units to other machines runs
 * them there with {@link ScenarioUnits} built from the same scenario file.
 */
public interface UnitExecutor extends AutoCloseable {
    /** Receives the result of unit {@code index}; units arrive in index order. */
    @FunctionalInterface
    interface Sink {
        void accept(int index, RunRecord run) throws InterruptedException;
    }

    /** Opens an executor for one experiment of {@code scenario}; {@code local} runs a unit in this JVM. */
    @FunctionalInterface
    interface Factory {
        UnitExecutor open(Scenario scenario, ScenarioUnits local);
    }

    /**
     * Runs units 0..count-1 and hands each result to {@code sink} in that order. Only a bounded
     * number of results is held at once, so memory does not grow with {@code count}.
     */
    void run(int count, IntFunction<Unit> units, Sink sink) throws InterruptedException;

    @Override
    void close();

    /** The local pool of {@code threads} worker threads. */
    static Factory local(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        return (scenario, local) -> new RunPool(threads, local);
    }
}
