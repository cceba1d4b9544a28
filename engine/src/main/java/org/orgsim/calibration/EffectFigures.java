package org.orgsim.calibration;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.orgsim.model.Diagnostics;
import org.orgsim.contract.Metric;
import org.orgsim.model.facts.Person;

/**
 * The arithmetic of the effects rows. Every comparison is paired: replication r of a variant and of
 * its baseline share their random streams, and figures are pooled over replications (ratios of sums)
 * so that a few replications give a stable value. Windows are inclusive recorded weeks.
 */
final class EffectFigures {
    private EffectFigures() {
    }

    /** Sum over replications of the variant's window mean over the baseline's: a pooled ratio. */
    static double ratio(List<EffectRun> variant, List<EffectRun> baseline, Metric metric, int from, int to) {
        double top = 0;
        double bottom = 0;
        for (int r = 0; r < variant.size(); r++) {
            top += variant.get(r).mean(metric, from, to);
            bottom += baseline.get(r).mean(metric, from, to);
        }
        return top / bottom;
    }

    /** Mean over replications of the paired difference of window means (variant minus baseline). */
    static double difference(List<EffectRun> variant, List<EffectRun> baseline, Metric metric, int from, int to) {
        double sum = 0;
        for (int r = 0; r < variant.size(); r++) {
            sum += variant.get(r).mean(metric, from, to) - baseline.get(r).mean(metric, from, to);
        }
        return sum / variant.size();
    }

    /** Mean of a metric's window mean over replications. */
    static double mean(List<EffectRun> runs, Metric metric, int from, int to) {
        double sum = 0;
        for (EffectRun run : runs) {
            sum += run.mean(metric, from, to);
        }
        return sum / runs.size();
    }

    /** Ratio of throughput per head (hours per head are the same for everybody), pooled. */
    static double throughputPerHead(List<EffectRun> variant, List<EffectRun> baseline, int from, int to) {
        double top = 0;
        double bottom = 0;
        for (int r = 0; r < variant.size(); r++) {
            top += variant.get(r).mean(Metric.THROUGHPUT, from, to) / variant.get(r).headcount(from, to);
            bottom += baseline.get(r).mean(Metric.THROUGHPUT, from, to) / baseline.get(r).headcount(from, to);
        }
        return top / bottom;
    }

    /** Voluntary leavers per head over weeks from..to, variant over baseline, pooled. */
    static double quitsPerHead(List<EffectRun> variant, List<EffectRun> baseline, int from, int to) {
        double top = 0;
        double topHeads = 0;
        double bottom = 0;
        double bottomHeads = 0;
        for (int r = 0; r < variant.size(); r++) {
            top += variant.get(r).leavers(from, to);
            topHeads += variant.get(r).headcount(from, to);
            bottom += baseline.get(r).leavers(from, to);
            bottomHeads += baseline.get(r).headcount(from, to);
        }
        return (top / topHeads) / (bottom / bottomHeads);
    }

    /**
     * Cohen's d of a person-level quantity in a window: (variant mean - baseline mean) over the
     * pooled person-week standard deviation of both, for the people a filter selects.
     */
    static double cohensD(List<EffectRun> variant, List<EffectRun> baseline, int from, int to,
                          java.util.function.Predicate<Person> who, ToDoubleFunction<Person> value) {
        double[] v = moments(variant, from, to, who, value);
        double[] b = moments(baseline, from, to, who, value);
        double meanV = v[1] / v[0];
        double meanB = b[1] / b[0];
        double varV = v[2] / v[0] - meanV * meanV;
        double varB = b[2] / b[0] - meanB * meanB;
        double pooled = Math.sqrt((v[0] * varV + b[0] * varB) / (v[0] + b[0]));
        return (meanV - meanB) / pooled;
    }

    /** n, sum, sum of squares over person-weeks. */
    private static double[] moments(List<EffectRun> runs, int from, int to, java.util.function.Predicate<Person> who,
                                    ToDoubleFunction<Person> value) {
        double[] m = new double[3];
        for (EffectRun run : runs) {
            for (int week = from; week <= to; week++) {
                for (Person person : run.people.get(week)) {
                    if (who.test(person)) {
                        double x = value.applyAsDouble(person);
                        m[0]++;
                        m[1] += x;
                        m[2] += x * x;
                    }
                }
            }
        }
        return m;
    }

    /** Histogram of exhaustion over all person-weeks of weeks from..to, in {@code bins} equal bins. */
    static double[] exhaustionHistogram(List<EffectRun> runs, int from, int to, int bins) {
        double[] counts = new double[bins];
        double total = 0;
        for (EffectRun run : runs) {
            for (int week = from; week <= to; week++) {
                for (Person person : run.people.get(week)) {
                    counts[Math.min(bins - 1, (int) (person.getExhaustion() * bins))]++;
                    total++;
                }
            }
        }
        for (int bin = 0; bin < bins; bin++) {
            counts[bin] /= total;
        }
        return counts;
    }

    /** Share of person-weeks with exhaustion above a level. */
    static double shareAbove(List<EffectRun> runs, int from, int to, double level) {
        double above = 0;
        double total = 0;
        for (EffectRun run : runs) {
            for (int week = from; week <= to; week++) {
                for (Person person : run.people.get(week)) {
                    above += person.getExhaustion() > level ? 1 : 0;
                    total++;
                }
            }
        }
        return above / total;
    }

    /**
     * Modes of a histogram: bins higher than both neighbours (one neighbour at the edges). Bins
     * holding less than 1% of the mass are ignored, so that noise in an almost empty tail does not
     * count as a mode.
     */
    static int modes(double[] histogram) {
        int modes = 0;
        for (int bin = 0; bin < histogram.length; bin++) {
            double left = bin == 0 ? -1 : histogram[bin - 1];
            double right = bin == histogram.length - 1 ? -1 : histogram[bin + 1];
            if (histogram[bin] >= 0.01 && histogram[bin] > left && histogram[bin] > right) {
                modes++;
            }
        }
        return modes;
    }

    /** Mean length of burnout leave, in weeks: leave weeks over leaves started (a steady-state ratio). */
    static double meanBurnoutLeaveWeeks(List<EffectRun> runs) {
        Diagnostics pooled = Diagnostics.sum(runs.stream().map(run -> run.diagnostics).toList());
        return pooled.meanBurnoutLeaveWeeks();
    }

    /** Share of runs whose mean of a metric over a window exceeds a level. */
    static double shareOfRunsAbove(List<EffectRun> runs, Metric metric, int from, int to, double level) {
        double above = 0;
        for (EffectRun run : runs) {
            above += run.mean(metric, from, to) > level ? 1 : 0;
        }
        return above / runs.size();
    }
}
