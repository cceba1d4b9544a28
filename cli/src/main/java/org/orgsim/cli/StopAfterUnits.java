package org.orgsim.cli;

import java.util.concurrent.atomic.AtomicInteger;
import org.orgsim.experiment.UnitExecutor;

/**
 * The hidden {@code --stop-after-units N} of {@code run}: the run stops after N units, the way a
 * killed run stops (its resume journal kept, no output directory), so that the tests of
 * {@code --resume} can interrupt a run at a known point without killing their own JVM.
 */
final class StopAfterUnits {
    /** What the run throws when it stops; the command line reports it as an internal error (exit 1). */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped(int units) {
            super("stopped after " + units + " units (--stop-after-units)");
        }
    }

    private StopAfterUnits() {
    }

    static UnitExecutor.Factory around(UnitExecutor.Factory inner, int units) {
        AtomicInteger delivered = new AtomicInteger();
        return (scenario, local) -> {
            UnitExecutor executor = inner.open(scenario, local);
            return new UnitExecutor() {
                @Override
                public void run(int count, java.util.function.IntFunction<org.orgsim.experiment.Unit> unit, Sink sink)
                        throws InterruptedException {
                    executor.run(count, unit, (index, run) -> {
                        if (delivered.get() >= units) {
                            throw new Stopped(units);
                        }
                        sink.accept(index, run);
                        delivered.incrementAndGet();
                    });
                }

                @Override
                public void close() {
                    executor.close();
                }
            };
        };
    }
}
