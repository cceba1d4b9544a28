package org.orgsim.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** What {@code orgsim bench} measures with: wall time, the CPU time of the process, and peak heap. */
final class BenchMeter {
    private BenchMeter() {
    }

    /** One row of the bench's table: what was measured, the target, the value and whether it was met. */
    record Row(String measure, String target, String measured, String verdict) {
        static Row of(String measure, String target, String measured, boolean met) {
            return new Row(measure, target, measured, met ? "met" : "MISSED");
        }

        static Row info(String measure, String measured) {
            return new Row(measure, "-", measured, "-");
        }
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** CPU seconds used by the whole process so far (all threads, the JVM's own included). */
    static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** Collects garbage and starts a new peak-heap measurement. */
    static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * The most heap in use since {@link #resetPeakHeap}, garbage not yet collected included (an
     * upper bound of what the work needs; run with a smaller -Xmx to see the floor).
     */
    static long peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }
}
