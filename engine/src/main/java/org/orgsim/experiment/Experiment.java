package org.orgsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntToLongFunction;
import org.orgsim.contract.Metric;
import org.orgsim.rules.VariantRuns;
import org.orgsim.results.Estimate;
import org.orgsim.results.ExperimentResults;
import org.orgsim.results.PrecisionOutcome;
import org.orgsim.results.Results;
import org.orgsim.results.ResultsBuilder;
import org.orgsim.results.RunningMoments;
import org.orgsim.results.SensitivityResults;
import org.orgsim.results.SweepResults;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterRange;
import org.orgsim.scenario.Precision;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioException;
import org.orgsim.scenario.Sensitivity;
import org.orgsim.scenario.Sweep;
import org.orgsim.scenario.Variant;

/**
 * Runs every variant of a scenario for every replication, in parallel, and folds the runs into
 * {@link Results}; {@link #runAll} also runs the scenario's sweep and sensitivity screening.
 *
 * <p>Reproducibility does not depend on the thread count: each run draws only from streams keyed
 * by (seed, replication, purpose, entity), and finished runs are folded into the accumulators in
 * a fixed order (replication-major, variants in scenario order), whatever order the threads
 * finish in. Only a bounded window of runs is in flight, so memory does not grow with the number
 * of replications.
 *
 * <p><b>{@code replications: auto}.</b> The experiment runs the first batch
 * ({@link Precision#minimum()} replications of every variant), then {@link ResultsBuilder#assess
 * assesses} the intervals; while the target is not met and fewer than {@link Precision#maximum()}
 * replications have run, it adds {@link Precision#batch()} more and assesses again. The decision
 * depends only on the folded results, never on timing, so the number used is the same for any
 * thread count.
 *
 * <p><b>Sweeps and sensitivity screening</b> run after the experiment, with as many replications
 * per point and variant as the experiment ended with (a screening may set its own). A point's
 * parameter values override every variant's own; replication r of every point and variant uses the
 * same random streams, so differences between points are the parameters' doing too.
 */
public final class Experiment {
    /** Told after each finished run; called from the thread that called {@link #run} or {@link #runAll}. */
    public interface ProgressListener {
        /**
         * @param finished runs finished so far
         * @param total    runs planned so far; it grows when {@code replications: auto} adds a
         *                 batch (and with it any sweep or screening that follows)
         */
        void runFinished(int finished, int total);
    }

    private final Scenario scenario;
    private final UnitExecutor.Factory executors;
    /** Each variant's compiled rules: compiled once, shared by all its runs in this JVM. */
    private final ScenarioUnits units;

    /** An experiment on the local pool of {@code threads} worker threads. */
    public Experiment(Scenario scenario, int threads) {
        this(scenario, UnitExecutor.local(threads));
    }

    /**
     * An experiment whose units run on the executors {@code executors} opens (the local pool, Spark,
     * or either behind a resume journal); the results do not depend on which.
     */
    public Experiment(Scenario scenario, UnitExecutor.Factory executors) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.units = new ScenarioUnits(scenario);
    }

    /** All cores of this machine, the default of the command line. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The experiment as declared (every variant × replication), without any sweep or screening. */
    public Results run(ProgressListener listener) throws InterruptedException {
        int variants = scenario.variants().size();
        Progress progress = new Progress(listener);
        try (UnitExecutor pool = executors.open(scenario, units)) {
            return runExperiment(pool, progress, replications -> (long) variants * replications);
        }
    }

    /** The experiment, then the sweep and the sensitivity screening when the scenario has them. */
    public ExperimentResults runAll(ProgressListener listener) throws InterruptedException {
        Progress progress = new Progress(listener);
        try (UnitExecutor pool = executors.open(scenario, units)) {
            Results results = runExperiment(pool, progress, this::plannedRuns);
            SweepResults sweep = scenario.sweep() == null ? null : runSweep(pool, progress, results.replications());
            SensitivityResults sensitivity = scenario.sensitivity() == null ? null
                    : runSensitivity(pool, progress, sensitivityReplications(results.replications()));
            return new ExperimentResults(results, sweep, sensitivity);
        }
    }

    /**
     * Every run {@link #runAll} makes if the experiment ends with {@code replications} per variant:
     * the experiment, every sweep point and every screening point, each × variants × replications.
     */
    public long plannedRuns(int replications) {
        long variants = scenario.variants().size();
        long runs = variants * replications;
        if (scenario.sweep() != null) {
            runs += (long) scenario.sweep().points() * variants * replications;
        }
        if (scenario.sensitivity() != null) {
            runs += (long) scenario.sensitivity().points() * variants * sensitivityReplications(replications);
        }
        return runs;
    }

    private int sensitivityReplications(int experimentReplications) {
        return scenario.sensitivity().replications().orElse(experimentReplications);
    }

    private Results runExperiment(UnitExecutor pool, Progress progress, IntToLongFunction plan)
            throws InterruptedException {
        List<Variant> variants = scenario.variants();
        int count = variants.size();
        ResultsBuilder builder = new ResultsBuilder(scenario);
        Precision target = scenario.precision();
        PrecisionOutcome outcome = null;
        int done = 0;
        int goal = scenario.replications();
        while (true) {
            progress.plan(checkedRuns(plan.applyAsLong(goal)));
            int first = done;
            pool.run(checkedRuns((long) (goal - first) * count),
                    index -> Unit.of(index % count, first + index / count, scenario.seed(), scenario.weeks()),
                    (index, run) -> {
                        builder.accept(run);
                        progress.runFinished();
                    });
            done = goal;
            if (target == null) {
                break;
            }
            outcome = builder.assess(target);
            if (outcome.met() || done >= target.maximum()) {
                break;
            }
            goal = Math.min(done + target.batch(), target.maximum());
            builder.extendTo(goal);
        }
        Results results = builder.build();
        return outcome == null ? results : results.withPrecision(outcome);
    }

    private SweepResults runSweep(UnitExecutor pool, Progress progress, int replications) throws InterruptedException {
        Sweep sweep = scenario.sweep();
        List<Parameter> parameters = sweep.sweptParameters();
        double[][] values = SweepDesign.points(sweep, scenario.seed());
        RunningMoments[][][] finals = runPoints(pool, progress, parameters, values, replications);
        Estimate[][][] estimates = new Estimate[values.length][finals[0].length][Metric.count()];
        for (int point = 0; point < values.length; point++) {
            for (int variant = 0; variant < finals[point].length; variant++) {
                for (Metric metric : Metric.all()) {
                    estimates[point][variant][metric.ordinal()] = Estimate.of(finals[point][variant][metric.ordinal()]);
                }
            }
        }
        return new SweepResults(parameters, variantNames(), replications, values, estimates,
                org.orgsim.model.SeriesLayout.of(scenario).metrics());
    }

    private SensitivityResults runSensitivity(UnitExecutor pool, Progress progress, int replications)
            throws InterruptedException {
        Sensitivity sensitivity = scenario.sensitivity();
        List<ParameterRange> ranges = sensitivity.parameters();
        int k = ranges.size();
        MorrisDesign design = MorrisDesign.of(k, sensitivity.trajectories(), sensitivity.levels(),
                DesignStreams.stream(scenario.seed(), DesignStreams.MORRIS));
        double[][] values = new double[design.points()][k];
        for (int point = 0; point < design.points(); point++) {
            for (int parameter = 0; parameter < k; parameter++) {
                values[point][parameter] = ranges.get(parameter).at(design.share(point, parameter));
            }
        }
        List<Parameter> parameters = ranges.stream().map(ParameterRange::parameter).toList();
        RunningMoments[][][] finals = runPoints(pool, progress, parameters, values, replications);

        // Where each parameter moves in each trajectory: the inverse of the trajectory's order.
        int[][] stepOf = new int[design.trajectories()][k];
        for (int trajectory = 0; trajectory < design.trajectories(); trajectory++) {
            for (int step = 1; step <= k; step++) {
                stepOf[trajectory][design.moved(trajectory, step)] = step;
            }
        }
        List<SensitivityResults.Effect> effects = new ArrayList<>();
        List<String> names = variantNames();
        for (int variant = 0; variant < names.size(); variant++) {
            for (int parameter = 0; parameter < k; parameter++) {
                for (Metric metric : sensitivity.metrics()) {
                    RunningMoments elementary = new RunningMoments();
                    RunningMoments absolute = new RunningMoments();
                    for (int trajectory = 0; trajectory < design.trajectories(); trajectory++) {
                        int step = stepOf[trajectory][parameter];
                        int after = trajectory * (k + 1) + step;
                        double change = finals[after][variant][metric.ordinal()].mean()
                                - finals[after - 1][variant][metric.ordinal()].mean();
                        double effect = design.direction(trajectory, step) * change / design.delta();
                        elementary.add(effect);
                        absolute.add(Math.abs(effect));
                    }
                    effects.add(new SensitivityResults.Effect(names.get(variant), parameters.get(parameter), metric,
                            absolute.mean(), elementary.standardDeviation()));
                }
            }
        }
        return new SensitivityResults(sensitivity.trajectories(), sensitivity.levels(), replications, names,
                parameters, sensitivity.metrics(), effects);
    }

    /**
     * Runs every point × replication × variant (in that nesting, so each accumulator receives its
     * replications in order) and returns the moments of the final values [point][variant][metric].
     */
    private RunningMoments[][][] runPoints(UnitExecutor pool, Progress progress, List<Parameter> parameters,
                                           double[][] values, int replications) throws InterruptedException {
        int count = scenario.variants().size();
        RunningMoments[][][] finals = new RunningMoments[values.length][count][Metric.count()];
        for (int point = 0; point < values.length; point++) {
            for (int variant = 0; variant < count; variant++) {
                for (int metric = 0; metric < Metric.count(); metric++) {
                    finals[point][variant][metric] = new RunningMoments();
                }
            }
        }
        Parameter[] swept = parameters.toArray(Parameter[]::new);
        int perPoint = replications * count;
        pool.run(checkedRuns((long) values.length * perPoint),
                index -> new Unit(index % count, index % perPoint / count, scenario.seed(), scenario.weeks(),
                        swept, values[index / perPoint], true),
                (index, run) -> {
                    RunningMoments[] moments = finals[index / perPoint][index % count];
                    for (Metric metric : Metric.all()) {
                        moments[metric.ordinal()].add(run.finalValue(metric));
                    }
                    progress.runFinished();
                });
        return finals;
    }

    /**
     * Prepares every variant, compiling its rule files before anything runs, so a rule that does
     * not compile stops the experiment at once (bad input, nothing written).
     */
    public static Map<String, VariantRuns> prepare(Scenario scenario) {
        Map<String, VariantRuns> variants = new java.util.LinkedHashMap<>();
        Map<List<String>, org.orgsim.rules.RuleBook> compiled = new java.util.HashMap<>(); // same files, one rule base
        for (Variant variant : scenario.variants()) {
            variants.put(variant.name(), VariantRuns.prepare(variant, compiled));
        }
        return java.util.Collections.unmodifiableMap(variants);
    }

    private List<String> variantNames() {
        return scenario.variants().stream().map(Variant::name).toList();
    }

    private int checkedRuns(long runs) {
        if (runs > Integer.MAX_VALUE) {
            throw new ScenarioException(scenario.name() + ": the experiment would need " + runs
                    + " runs, more than " + Integer.MAX_VALUE + "; use fewer replications, points or trajectories");
        }
        return (int) runs;
    }
}
