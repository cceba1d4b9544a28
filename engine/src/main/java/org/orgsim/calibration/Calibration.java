package org.orgsim.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.statistics.distribution.TDistribution;
import org.orgsim.model.Diagnostics;
import org.orgsim.contract.Metric;
import org.orgsim.model.OrgModel;
import org.orgsim.contract.RunRecord;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.SectorPreset;
import org.orgsim.scenario.Variant;

/**
 * Runs the baseline of a scenario as an unchanged organization and measures it against the
 * published targets ({@link Targets}).
 *
 * <p><b>What is run.</b> The baseline variant, without its rules (calibration is about the
 * organization as it runs by itself), for {@code replications} replications of at least 52 weeks
 * after the warm-up (longer if the scenario's horizon is longer), with the scenario's seed: the
 * same random streams as {@code orgsim run}. Replications run on {@code threads} threads; the result
 * does not depend on their number.
 *
 * <p><b>Measures.</b> Each {@link Measure} is computed from the diagnostics of weeks 1 to 52,
 * pooled over all replications (rare events, such as quits of people with burnout complaints, are
 * counted over every replication at once). Its 95% interval is the delete-one jackknife over
 * replications: the measure is recomputed leaving out each replication in turn, and the spread of
 * those values gives the standard error, times Student's t with replications - 1 degrees of freedom.
 *
 * <p><b>Stationarity.</b> For every human metric, the mean over the first quarter of the horizon is
 * compared with the mean over the last quarter, paired by replication. The interval of the mean
 * difference is Student's t at a familywise 95% level over all the human metrics checked
 * (Bonferroni: each interval at 1 - 0.05 / metrics), so that a stationary model passes all of them
 * together 95% of the time rather than each one separately. A metric drifts when its interval
 * excludes zero. The paired comparison is far stricter than asking that the two quarters' own
 * intervals overlap.
 */
public final class Calibration {
    /** Weeks after the warm-up over which the measures are taken. */
    public static final int MEASURED_WEEKS = 52;
    /** Familywise level of the stationarity checks. */
    private static final double FAMILYWISE_ALPHA = 0.05;

    private Calibration() {
    }

    /** Calibrates the scenario's baseline with the scenario's replications and seed, on all cores. */
    public static CalibrationReport run(Scenario scenario) throws InterruptedException {
        return run(scenario, scenario.replications(), scenario.seed(), Runtime.getRuntime().availableProcessors());
    }

    public static CalibrationReport run(Scenario scenario, int replications, long seed, int threads)
            throws InterruptedException {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, was " + replications);
        }
        Variant variant = scenario.baselineVariant();
        int weeks = Math.max(MEASURED_WEEKS, scenario.weeks());
        List<RunRecord> runs = new ArrayList<>(replications);
        List<Diagnostics> diagnostics = new ArrayList<>(replications);
        simulate(variant, seed, replications, weeks, Math.max(1, threads), runs, diagnostics);

        SectorPreset preset = scenario.preset();
        Map<Measure, Target> targets = Targets.forPreset(preset);
        Diagnostics pooled = Diagnostics.sum(diagnostics);
        List<CalibrationRow> rows = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            double value = measure.of(pooled);
            double[] interval = jackknife(measure, diagnostics, value);
            rows.add(new CalibrationRow(measure, targets.get(measure), value, interval[0], interval[1]));
        }
        return new CalibrationReport(scenario.name(), variant.name(), preset, variant.organization().headcount(),
                replications, seed, weeks, (int) variant.parameters().get(Parameter.WARMUP_WEEKS), rows,
                drift(runs, weeks), pooled);
    }

    private static void simulate(Variant variant, long seed, int replications, int weeks, int threads,
                                 List<RunRecord> runs, List<Diagnostics> diagnostics) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, replications));
        try {
            List<Future<Object[]>> futures = new ArrayList<>();
            for (int replication = 0; replication < replications; replication++) {
                int r = replication;
                futures.add(pool.submit(() -> {
                    Diagnostics counters = new Diagnostics(1, MEASURED_WEEKS);
                    RunRecord run = OrgModel.simulate(variant, seed, r, weeks, counters);
                    return new Object[] {run, counters};
                }));
            }
            for (Future<Object[]> future : futures) {
                Object[] result = future.get();
                runs.add((RunRecord) result[0]);
                diagnostics.add((Diagnostics) result[1]);
            }
        } catch (ExecutionException failure) {
            Throwable cause = failure.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("a calibration run failed", cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Delete-one jackknife 95% interval of a pooled measure; NaN when undefined. */
    private static double[] jackknife(Measure measure, List<Diagnostics> runs, double value) {
        int n = runs.size();
        if (n < 2 || Double.isNaN(value)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] leaveOneOut = new double[n];
        double mean = 0;
        for (int left = 0; left < n; left++) {
            List<Diagnostics> others = new ArrayList<>(runs);
            others.remove(left);
            leaveOneOut[left] = measure.of(Diagnostics.sum(others));
            if (Double.isNaN(leaveOneOut[left])) {
                return new double[] {Double.NaN, Double.NaN};
            }
            mean += leaveOneOut[left] / n;
        }
        double squares = 0;
        for (double estimate : leaveOneOut) {
            squares += (estimate - mean) * (estimate - mean);
        }
        double standardError = Math.sqrt((n - 1.0) / n * squares);
        double t = TDistribution.of(n - 1).inverseSurvivalProbability(0.025);
        return new double[] {value - t * standardError, value + t * standardError};
    }

    /** First against last quarter of every human metric, paired by replication. */
    private static List<DriftCheck> drift(List<RunRecord> runs, int weeks) {
        List<Metric> human = Metric.all().stream().filter(metric -> metric.group() == Metric.Group.HUMAN).toList();
        int quarter = Math.max(1, weeks / 4);
        int n = runs.size();
        double t = n < 2 ? Double.NaN
                : TDistribution.of(n - 1).inverseSurvivalProbability(FAMILYWISE_ALPHA / (2.0 * human.size()));
        List<DriftCheck> checks = new ArrayList<>();
        for (Metric metric : human) {
            double[] first = new double[n];
            double[] last = new double[n];
            for (int r = 0; r < n; r++) {
                double[][] weekly = runs.get(r).weekly();
                int m = metric.ordinal();
                if (metric == Metric.ATTRITION) {
                    // Cumulative: compare the leavers within each quarter.
                    first[r] = weekly[quarter][m] - weekly[0][m];
                    last[r] = weekly[weeks][m] - weekly[weeks - quarter][m];
                } else {
                    first[r] = mean(weekly, m, 1, quarter);
                    last[r] = mean(weekly, m, weeks - quarter + 1, weeks);
                }
            }
            double meanFirst = 0;
            double meanLast = 0;
            double meanDiff = 0;
            for (int r = 0; r < n; r++) {
                meanFirst += first[r] / n;
                meanLast += last[r] / n;
                meanDiff += (last[r] - first[r]) / n;
            }
            double squares = 0;
            for (int r = 0; r < n; r++) {
                double deviation = last[r] - first[r] - meanDiff;
                squares += deviation * deviation;
            }
            double halfWidth = n < 2 ? Double.NaN : t * Math.sqrt(squares / (n - 1) / n);
            checks.add(new DriftCheck(metric, meanFirst, meanLast, meanDiff, meanDiff - halfWidth, meanDiff + halfWidth));
        }
        return checks;
    }

    private static double mean(double[][] weekly, int metric, int from, int to) {
        double sum = 0;
        for (int week = from; week <= to; week++) {
            sum += weekly[week][metric];
        }
        return sum / (to - from + 1);
    }
}
