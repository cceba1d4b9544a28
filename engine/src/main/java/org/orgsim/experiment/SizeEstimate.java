package org.orgsim.experiment;

import java.util.Locale;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioException;
import org.orgsim.scenario.Variant;

/**
 * What a scenario will cost before it runs: heap and time, from the number of people and runs.
 * A scenario too large for the heap is refused as bad input with the estimate, instead of running
 * for minutes and dying with an out-of-memory error.
 *
 * <p>The figures come from the benchmark (docs/performance.md): a run of 100,000 people peaks at
 * 270–330 MB of heap, about 3 KB per person on top of a fixed share; a person-week (warm-up
 * included) takes 0.3–0.8 µs on one core (the benchmark scenario, and 100,000 people x 52 weeks). Each worker thread holds one run at a time. The estimate is rounded up (3 KB per
 * person, 200 MB fixed) so that a scenario it lets through does not fail for want of memory.
 *
 * @param people         people in the largest variant's organization at the start
 * @param concurrentRuns runs held in memory at once (worker threads, at most the runs planned)
 * @param heapBytes      heap the runs need
 * @param seconds        computing time, all runs on all threads (without the rule compilation); with
 *                       {@code replications: auto}, at its maximum
 */
public record SizeEstimate(long people, int concurrentRuns, long heapBytes, double seconds) {
    static final long BYTES_PER_PERSON = 3 * 1024;
    static final long FIXED_BYTES = 200L * 1024 * 1024;
    static final double SECONDS_PER_PERSON_WEEK = 0.8e-6;

    /** The estimate for {@code scenario} run with {@code threads} worker threads. */
    public static SizeEstimate of(Scenario scenario, int threads) {
        long people = 0;
        long personWeeks = 0;
        long variants = scenario.variants().size();
        long replications = scenario.hasAutomaticReplications() ? scenario.precision().maximum() : scenario.replications();
        long points = 1 + (scenario.sweep() == null ? 0 : scenario.sweep().points())
                + (scenario.sensitivity() == null ? 0 : scenario.sensitivity().points());
        long runs = points * variants * replications;
        for (Variant variant : scenario.variants()) {
            long headcount = variant.organization().headcount();
            people = Math.max(people, headcount);
            long weeks = scenario.weeks() + (long) variant.parameters().get(Parameter.WARMUP_WEEKS);
            personWeeks += headcount * weeks;
        }
        long perVariantRuns = Math.max(1, runs / Math.max(1, scenario.variants().size()));
        int concurrent = (int) Math.max(1, Math.min(threads, runs));
        long heap = FIXED_BYTES + concurrent * people * BYTES_PER_PERSON;
        double seconds = personWeeks * (double) perVariantRuns * SECONDS_PER_PERSON_WEEK / Math.max(1, threads);
        return new SizeEstimate(people, concurrent, heap, seconds);
    }

    /** The most people a run may have with this heap and thread count: what {@code --max-people} defaults to. */
    public static long defaultMaxPeople(long maxHeapBytes, int concurrentRuns) {
        return Math.max(0, (maxHeapBytes - FIXED_BYTES) / (BYTES_PER_PERSON * Math.max(1, concurrentRuns)));
    }

    /**
     * Refuses the scenario when its organization has more than {@code maxPeople} people.
     *
     * @param maxPeople the limit: {@code --max-people}, or {@link #defaultMaxPeople} of the heap
     * @param given     whether the user set the limit ({@code --max-people}), for the message
     */
    public void requireAtMost(long maxPeople, boolean given, String file) {
        if (people <= maxPeople) {
            return;
        }
        long heap = Runtime.getRuntime().maxMemory();
        throw new ScenarioException(file + ": too large to run here: " + describe() + ", but "
                + (given ? "--max-people is " + maxPeople
                : "Java may use " + megabytes(heap) + " of heap (room for " + String.format(Locale.ROOT, "%,d", maxPeople)
                        + " people per run on "
                        + concurrentRuns + " thread(s))")
                + ". Give Java more memory (e.g. ORGSIM_JAVA_OPTS=-Xmx" + Math.max(1, (heapBytes >> 30) + 1)
                + "g ./orgsim ...), use fewer --threads, or a smaller organization; --max-people N raises the limit "
                + "at your own risk");
    }

    /** "5,000,000 people per run x 2 runs at once: about 29,000 MB of heap, about 3 hours of computing". */
    public String describe() {
        return String.format(Locale.ROOT, "%,d people per run x %d run(s) at once: about %s of heap, about %s of computing",
                people, concurrentRuns, megabytes(heapBytes), duration(seconds));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", (bytes + (1 << 20) - 1) >> 20);
    }

    private static String duration(double seconds) {
        if (seconds < 90) {
            return String.format(Locale.ROOT, "%.0f s", Math.max(1, seconds));
        }
        if (seconds < 5400) {
            return String.format(Locale.ROOT, "%.0f minutes", seconds / 60);
        }
        if (seconds < 3 * 86400) {
            return String.format(Locale.ROOT, "%.0f hours", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.0f days", seconds / 86400);
    }
}
