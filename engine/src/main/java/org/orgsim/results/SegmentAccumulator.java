package org.orgsim.results;

import java.util.ArrayList;
import java.util.List;

import org.orgsim.contract.SegmentRecord;
import org.orgsim.contract.Segments;

/**
 * The running state of one variant's segment figures (issue 15) while its replications come in,
 * folded in replication order by {@link VariantAccumulator} (so the output does not depend on the
 * thread count). Keeps, per recorded week × segment × metric, the running mean and squared
 * deviations of Welford's algorithm (as {@link RunningMoments}, in flat arrays because a large
 * organization has thousands of such cells), and per replication the horizon-period mean of every
 * segment metric for the paired comparisons.
 */
final class SegmentAccumulator {
    private static final int METRICS = Segments.METRICS.size();

    private final int rows;
    private List<Segments.Segment> segments;
    private double[] mean;
    private double[] squaredDeviations;
    private int[] smallestPeople;
    private long[] totalPeople;
    private final List<double[]> periods = new ArrayList<>();
    private int folded;
    private int foldedWithout;

    SegmentAccumulator(int rows) {
        this.rows = rows;
    }

    /** Folds in the segment figures of the next replication; null for a run without teams. */
    void fold(SegmentRecord record) {
        if (record == null) {
            if (segments != null) {
                throw new IllegalArgumentException("a run without segment figures among runs with them");
            }
            foldedWithout++;
            return;
        }
        if (segments == null) {
            if (foldedWithout > 0) {
                throw new IllegalArgumentException("a run with segment figures among runs without them");
            }
            start(record.segments());
        } else if (!segments.equals(record.segments())) {
            throw new IllegalArgumentException("replication " + folded + " has other segments than replication 0: "
                    + "the week-0 teams of a variant must be the same in every run");
        }
        if (record.weekly().length != rows) {
            throw new IllegalArgumentException("segment figures for " + record.weekly().length + " weeks, expected " + rows);
        }
        folded++;
        int cells = segments.size() * METRICS;
        for (int row = 0; row < rows; row++) {
            double[] values = record.weekly()[row];
            int base = row * cells;
            for (int cell = 0; cell < cells; cell++) {
                // Welford's update, exactly as RunningMoments.add, so an estimate here and there agree.
                double value = values[cell];
                double before = value - mean[base + cell];
                mean[base + cell] += before / folded;
                squaredDeviations[base + cell] += before * (value - mean[base + cell]);
            }
        }
        periods.add(periodMeans(record, cells));
        for (int segment = 0; segment < segments.size(); segment++) {
            smallestPeople[segment] = Math.min(smallestPeople[segment], record.people()[segment]);
            totalPeople[segment] += record.people()[segment];
        }
    }

    private void start(List<Segments.Segment> first) {
        segments = List.copyOf(first);
        int cells = rows * segments.size() * METRICS;
        mean = new double[cells];
        squaredDeviations = new double[cells];
        smallestPeople = new int[segments.size()];
        java.util.Arrays.fill(smallestPeople, Integer.MAX_VALUE);
        totalPeople = new long[segments.size()];
    }

    /**
     * The horizon period of one run: the mean over weeks 1..horizon of each segment metric (week 0
     * alone for a horizon of 0), leaving out weeks where it is undefined (nobody of the segment left).
     */
    private double[] periodMeans(SegmentRecord record, int cells) {
        double[] sums = new double[cells];
        int[] counts = new int[cells];
        int first = rows > 1 ? 1 : 0;
        for (int row = first; row < rows; row++) {
            double[] values = record.weekly()[row];
            for (int cell = 0; cell < cells; cell++) {
                if (!Double.isNaN(values[cell])) {
                    sums[cell] += values[cell];
                    counts[cell]++;
                }
            }
        }
        for (int cell = 0; cell < cells; cell++) {
            sums[cell] = counts[cell] > 0 ? sums[cell] / counts[cell] : Double.NaN;
        }
        return sums;
    }

    /**
     * The figures of every segment; {@code baseline} is the baseline variant's accumulator, or null
     * when this is the baseline. A segment is compared only if it has figures in both variants.
     */
    SegmentResults results(SegmentAccumulator baseline) {
        if (segments == null) {
            return SegmentResults.NONE;
        }
        int cells = segments.size() * METRICS;
        Estimate[][] weekly = new Estimate[rows][cells];
        for (int row = 0; row < rows; row++) {
            for (int cell = 0; cell < cells; cell++) {
                weekly[row][cell] = estimate(folded, mean[row * cells + cell], squaredDeviations[row * cells + cell]);
            }
        }
        List<SegmentResults.Entry> entries = new ArrayList<>();
        for (int segment = 0; segment < segments.size(); segment++) {
            Segments.Segment one = segments.get(segment);
            boolean suppressed = smallestPeople[segment] < Segments.SMALLEST_GROUP_WITH_FIGURES;
            Estimate[] period = new Estimate[METRICS];
            PairedComparison[] versus = null;
            int other = baseline == null || baseline.segments == null ? -1 : baseline.segments.indexOf(one);
            boolean paired = other >= 0 && !baseline.suppressed(other) && baseline.periods.size() == periods.size();
            if (paired && !suppressed) {
                versus = new PairedComparison[METRICS];
            }
            for (int metric = 0; metric < METRICS; metric++) {
                double[] values = column(periods, segment * METRICS + metric);
                period[metric] = Estimate.of(values);
                if (versus != null) {
                    versus[metric] = PairedComparison.of(values, column(baseline.periods, other * METRICS + metric),
                            Segments.METRICS.get(metric));
                }
            }
            entries.add(new SegmentResults.Entry(one, (double) totalPeople[segment] / folded, suppressed, period, versus));
        }
        return new SegmentResults(entries, weekly);
    }

    private boolean suppressed(int segment) {
        return smallestPeople[segment] < Segments.SMALLEST_GROUP_WITH_FIGURES;
    }

    private static double[] column(List<double[]> perReplication, int cell) {
        double[] column = new double[perReplication.size()];
        for (int replication = 0; replication < column.length; replication++) {
            column[replication] = perReplication.get(replication)[cell];
        }
        return column;
    }

    /** As {@link Estimate#of(RunningMoments)}, from Welford's state. */
    private static Estimate estimate(int n, double mean, double squaredDeviations) {
        if (n == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        if (n < 2) {
            return new Estimate(mean, Double.NaN, Double.NaN, n);
        }
        double halfWidth = StudentT.criticalValue95(n - 1) * Math.sqrt(squaredDeviations / (n - 1)) / Math.sqrt(n);
        return new Estimate(mean, mean - halfWidth, mean + halfWidth, n);
    }
}
