package org.orgsim.rules;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.orgsim.model.InterventionException;

/**
 * The time budget of rule evaluation ({@code rules.maxSecondsPerWeek}). The firing limit cannot stop
 * a consequence that never returns ({@code while (true) {}}): one daemon thread watches every
 * session that is firing rules and, when a week's budget is spent,
 *
 * <ol>
 *   <li>halts the session, which ends a long chain of firings at the next one (the session then
 *       throws an {@link InterventionException} naming rule, week and variant);</li>
 *   <li>if the consequence has still not returned after a short grace, records that failure for the
 *       thread so the waiting experiment can stop ({@link #stuckFailure()}), and stops the thread. On
 *       Java 17 {@link Thread#stop()} still works (it was deprecated for leaving shared objects
 *       half-updated; here the thread's session and run are thrown away). On a Java where it
 *       no longer works, the thread spins on as a daemon until the command exits with status 2.</li>
 * </ol>
 * Nothing is written meanwhile: results are written only after every run has finished.
 */
public final class RuleWatchdog {
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final Map<Watch, Boolean> WATCHED = new ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicReference<Watch> STUCK = new java.util.concurrent.atomic.AtomicReference<>();

    static {
        Thread clock = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(50);
                    inspect();
                } catch (InterruptedException | RuntimeException | OutOfMemoryError | StackOverflowError survived) {
                    // The watchdog must survive anything, out of memory included (the run that ran
                    // out reports it on its own thread); next tick.
                }
            }
        }, "orgsim-rule-watchdog");
        clock.setDaemon(true);
        clock.start();
    }

    private RuleWatchdog() {
    }

    /** One firing of a session under watch; close it when the rules returned. */
    static final class Watch implements AutoCloseable {
        private final Thread thread = Thread.currentThread();
        private final long deadline;
        private final Runnable halt;
        private final Supplier<String> overrun;
        private volatile boolean expired;
        private volatile boolean stopped;

        private Watch(long budgetNanos, Runnable halt, Supplier<String> overrun) {
            this.deadline = System.nanoTime() + budgetNanos;
            this.halt = halt;
            this.overrun = overrun;
        }

        /** Whether the budget ran out while the rules were firing. */
        boolean expired() {
            return expired;
        }

        /** The message of the overrun: names the rule that was firing, the week and the variant. */
        String overrunMessage() {
            return overrun.get();
        }

        @Override
        public void close() {
            WATCHED.remove(this);
        }
    }

    /**
     * Starts watching the calling thread's firing of rules.
     *
     * @param seconds the budget
     * @param halt    asks the session to stop at its next firing
     * @param overrun the message when the budget is spent
     */
    static Watch watch(double seconds, Runnable halt, Supplier<String> overrun) {
        Watch watch = new Watch((long) (seconds * 1e9), halt, overrun);
        WATCHED.put(watch, Boolean.TRUE);
        return watch;
    }

    /**
     * The overrun of a rule consequence that never returned, if any: the experiment waiting for that
     * run's result would otherwise wait forever.
     */
    public static Optional<InterventionException> stuckFailure() {
        Watch watch = STUCK.get();
        return watch == null ? Optional.empty() : Optional.of(new InterventionException(watch.overrunMessage()));
    }

    /** Forgets a stuck failure once it has been reported (a long-lived server goes on). */
    public static void clearStuckFailure() {
        STUCK.set(null);
    }

    /** Forgets the stuck failure of {@code watch}: its thread was stopped and reported it itself. */
    static void reported(Watch watch) {
        STUCK.compareAndSet(watch, null);
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void inspect() {
        long now = System.nanoTime();
        for (Watch watch : WATCHED.keySet()) {
            if (!watch.expired && now > watch.deadline) {
                watch.expired = true;
                try {
                    watch.halt.run();
                } catch (RuntimeException ignored) {
                    // The session may be in any state; the grace below catches what halting does not.
                }
            } else if (watch.expired && !watch.stopped && now > watch.deadline + GRACE_NANOS) {
                watch.stopped = true;
                STUCK.set(watch);
                try {
                    watch.thread.stop();
                } catch (UnsupportedOperationException | SecurityException notOnThisJava) {
                    // Java 20+: the experiment stops waiting through stuckFailure(); the thread is a daemon.
                }
            }
        }
    }
}
