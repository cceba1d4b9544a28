package org.orgsim.cli.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.orgsim.workshop.RecordedRun;
import org.orgsim.workshop.Replay;
import org.orgsim.workshop.TeamFigures;
import org.orgsim.workshop.WeekPanel;

/**
 * Replays each (variant, replication) once, in the background, and keeps every week's panel, so
 * that a step, a step back or a jump is a lookup: the answer to the item "stepping back or jumping
 * is fast". A replay keeps per-team figures only (about a megabyte for 100 teams over two years);
 * the cache keeps the {@value #CAPACITY} most recently used replays.
 */
final class ReplayCache implements AutoCloseable {
    static final int CAPACITY = 16;

    /** A replay being prepared or ready: how far it got, and the replay when it is done. */
    static final class Entry {
        private volatile int weeksDone = -1;
        private final CompletableFuture<Prepared> result = new CompletableFuture<>();

        int weeksDone() {
            return weeksDone;
        }

        CompletableFuture<Prepared> result() {
            return result;
        }
    }

    /**
     * A finished replay with what the page needs besides its panels: the range of each team metric
     * (0–1 for shares and 0–1 means, the same in every variant; otherwise over all weeks and teams
     * shown with figures, so a colour means the same value in every week),
     * and of team headcounts (so a size means the same headcount in every week).
     */
    record Prepared(Replay replay, Map<String, double[]> teamRanges) {
        static Prepared of(Replay replay) {
            Map<String, double[]> ranges = new LinkedHashMap<>();
            for (String metric : TeamFigures.METRICS) {
                double low = Double.POSITIVE_INFINITY;
                double high = Double.NEGATIVE_INFINITY;
                for (WeekPanel panel : replay.panels()) {
                    for (TeamFigures team : panel.teams()) {
                        double value = team.metric(metric);
                        if (team.headcount() >= Replay.SMALLEST_GROUP_WITH_FIGURES && Double.isFinite(value)) {
                            low = Math.min(low, value);
                            high = Math.max(high, value);
                        }
                    }
                }
                java.util.Optional<double[]> fixed = fixedRange(metric);
                if (fixed.isPresent()) {
                    ranges.put(metric, fixed.get());
                } else if (low <= high) {
                    ranges.put(metric, new double[] {low, high});
                }
            }
            int smallest = Integer.MAX_VALUE;
            int largest = 0;
            for (WeekPanel panel : replay.panels()) {
                for (TeamFigures team : panel.teams()) {
                    if (team.headcount() >= Replay.SMALLEST_GROUP_WITH_FIGURES) { // a small team's size is not shown
                        smallest = Math.min(smallest, team.headcount());
                        largest = Math.max(largest, team.headcount());
                    }
                }
            }
            if (smallest <= largest) {
                ranges.put("headcount", new double[] {smallest, largest});
            }
            return new Prepared(replay, ranges);
        }

        /**
         * The colour range of a metric bounded by construction (shares and means of 0–1 scales): its
         * whole domain, so that a colour means the same value in every variant and run (issue 16);
         * empty for a metric without bounds (throughput, backlog, latency), whose range follows the replay.
         */
        static java.util.Optional<double[]> fixedRange(String key) {
            return org.orgsim.contract.Metric.byKey(key)
                    .filter(metric -> metric.isShare() || metric.unit().equals("mean 0-1"))
                    .map(metric -> new double[] {0, 1});
        }
    }

    private record Key(String variant, int replication) {
    }

    private final RecordedRun recorded;
    private final ExecutorService workers;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    /** Replays started so far: each (variant, replication) should be simulated once, then looked up. */
    private int replaysStarted;

    ReplayCache(RecordedRun recorded) {
        this.recorded = recorded;
        this.workers = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "orgsim-replay");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The entry of a variant and replication (both already validated), starting its replay if needed. */
    synchronized Entry entry(String variant, int replication) {
        Key key = new Key(variant, replication);
        Entry entry = entries.get(key);
        if (entry == null) {
            Entry created = new Entry();
            entries.put(key, created);
            replaysStarted++;
            workers.execute(() -> {
                try {
                    created.result.complete(Prepared.of(Replay.of(recorded, variant, replication,
                            week -> created.weeksDone = week)));
                } catch (Throwable failure) {
                    created.result.completeExceptionally(failure);
                }
            });
            evict();
            entry = created;
        }
        return entry;
    }

    synchronized int replaysStarted() {
        return replaysStarted;
    }

    /** Drops the least recently used finished replays beyond the capacity (unfinished ones stay). */
    private void evict() {
        List<Key> finished = new ArrayList<>();
        for (Map.Entry<Key, Entry> each : entries.entrySet()) {
            if (each.getValue().result.isDone()) {
                finished.add(each.getKey());
            }
        }
        Iterator<Key> oldest = finished.iterator();
        while (entries.size() > CAPACITY && oldest.hasNext()) {
            entries.remove(oldest.next());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
