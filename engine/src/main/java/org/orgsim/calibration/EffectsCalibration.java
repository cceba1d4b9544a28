package org.orgsim.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.orgsim.experiment.Experiment;
import org.orgsim.model.Diagnostics;
import org.orgsim.model.OrgModel;
import org.orgsim.rules.VariantRuns;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioLoader;
import org.orgsim.scenario.Variant;

/**
 * {@code orgsim calibrate --effects}: how the organization <em>responds</em> to interventions,
 * against stylized facts from the literature ({@link EffectCheck}). Each fact has a small scenario
 * under {@code scenarios/effects/}; every variant of it runs for the scenario's replications (or an
 * override) with the scenario's seed, so that replication r of an intervention and of its baseline
 * share their random streams (common random numbers) and each comparison is paired. Defaults are
 * never changed per scenario: the scenarios set no parameters.
 *
 * <p>Runs are independent and their results are folded in a fixed order, so the table does not
 * depend on the number of threads.
 */
public final class EffectsCalibration {
    /** Where the effect scenarios live, relative to the repository root. */
    public static final Path DEFAULT_DIRECTORY = Path.of("scenarios", "effects");

    private EffectsCalibration() {
    }

    /**
     * Runs every check.
     *
     * @param directory    the directory holding the effect scenarios
     * @param replications replications per variant, or 0 for each scenario's own
     * @param threads      worker threads
     */
    public static EffectsReport run(Path directory, int replications, int threads) throws InterruptedException {
        return run(directory, replications, threads, List.of(EffectCheck.values()));
    }

    public static EffectsReport run(Path directory, int replications, int threads, List<EffectCheck> checks)
            throws InterruptedException {
        Set<String> scenarios = new LinkedHashSet<>();
        for (EffectCheck check : checks) {
            scenarios.add(check.scenario());
        }
        Map<String, Map<String, List<EffectRun>>> runs = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            Map<String, Map<String, List<Future<EffectRun>>>> pending = new LinkedHashMap<>();
            for (String name : scenarios) {
                Scenario scenario = ScenarioLoader.load(directory.resolve(name + ".yaml"));
                int count = replications > 0 ? replications : scenario.replications();
                Map<String, VariantRuns> prepared = Experiment.prepare(scenario);
                Map<String, List<Future<EffectRun>>> byVariant = new LinkedHashMap<>();
                for (Variant variant : scenario.variants()) {
                    List<Future<EffectRun>> futures = new ArrayList<>();
                    boolean steady = variant.rules().isEmpty();
                    for (int replication = 0; replication < count; replication++) {
                        int r = replication;
                        futures.add(pool.submit(() -> simulate(scenario, prepared.get(variant.name()), r, steady)));
                    }
                    byVariant.put(variant.name(), futures);
                }
                pending.put(name, byVariant);
            }
            for (Map.Entry<String, Map<String, List<Future<EffectRun>>>> scenario : pending.entrySet()) {
                Map<String, List<EffectRun>> byVariant = new LinkedHashMap<>();
                for (Map.Entry<String, List<Future<EffectRun>>> variant : scenario.getValue().entrySet()) {
                    List<EffectRun> done = new ArrayList<>();
                    for (Future<EffectRun> future : variant.getValue()) {
                        done.add(future.get());
                    }
                    byVariant.put(variant.getKey(), done);
                }
                runs.put(scenario.getKey(), byVariant);
            }
        } catch (ExecutionException failure) {
            Throwable cause = failure.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        List<EffectResult> results = new ArrayList<>();
        for (EffectCheck check : checks) {
            results.add(new EffectResult(check, check.measure(runs.get(check.scenario())), ""));
        }
        return new EffectsReport(Math.max(0, replications), results);
    }

    /**
     * One replication, observed week by week. A variant without rules also gets the calibration
     * counters (burnout leave), from a second run of the same streams: counting changes nothing.
     */
    private static EffectRun simulate(Scenario scenario, VariantRuns variant, int replication, boolean steady) {
        EffectRun run = new EffectRun();
        run.record = variant.observe(scenario.seed(), replication, scenario.weeks(), run.observer());
        if (steady) {
            run.diagnostics = new Diagnostics(1, scenario.weeks());
            OrgModel.simulate(variant.variant(), scenario.seed(), replication, scenario.weeks(), run.diagnostics);
        }
        return run;
    }
}
