package org.orgsim.workshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.orgsim.experiment.Experiment;
import org.orgsim.results.Manifest;
import org.orgsim.results.Results;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioException;
import org.orgsim.scenario.Variant;

/**
 * A what-if forked from week N of a recorded run, ready to run: a two-variant scenario whose
 * baseline is the recorded variant and whose other variant is the same variant with extra rule
 * files joining from week N. Both run with the recorded seed, so the fork is the recorded run up to
 * week N exactly and shares its random numbers afterwards. Used by {@code orgsim fork} and by the
 * workshop web page, so both build the same experiment.
 *
 * @param recorded  the recorded run
 * @param base      the recorded variant (baseline of the forked scenario)
 * @param fork      the forked variant
 * @param scenario  the two-variant scenario to run
 * @param addedRules the added rule files, as normalized paths
 */
public record Fork(RecordedRun recorded, Variant base, Variant fork, Scenario scenario, List<String> addedRules) {
    public Fork {
        addedRules = List.copyOf(addedRules);
    }

    /**
     * Plans a fork; refuses bad input (unknown variant, week outside 1..horizon, missing rule file,
     * replications outside 1..100000) with a {@link ScenarioException}. Rule files are compiled
     * only when the fork runs.
     *
     * @param variantName  the recorded variant to fork, or null for the baseline
     * @param week         the first week the added rules act in
     * @param rules        the rule files to add
     * @param replications replications, or null for as many as recorded
     */
    public static Fork plan(RecordedRun recorded, String variantName, int week, List<Path> rules, Integer replications) {
        Scenario scenario = recorded.scenario();
        String recordedName = variantName != null ? variantName : scenario.baseline();
        Variant base = scenario.variant(recordedName).orElseThrow(() -> new ScenarioException(
                recorded.directory() + ": no variant '" + recordedName + "' to fork"));
        if (week < 1 || week > scenario.weeks()) {
            throw new ScenarioException("--week must be between 1 and " + scenario.weeks() + ", was " + week);
        }
        List<String> added = new ArrayList<>();
        for (Path file : rules) {
            if (!Files.isRegularFile(file)) {
                throw new ScenarioException(file + ": rule file not found");
            }
            added.add(file.normalize().toString());
        }
        int count = replications == null ? scenario.replications() : replications;
        if (count < 1 || count > 100_000) {
            throw new ScenarioException("--replications must be between 1 and 100000, was " + count);
        }
        Variant fork = base.forkedAt(forkName(recordedName, week), week, added);
        Scenario forked = new Scenario(scenario.name() + "-fork", "What-if from week " + week + " of " + recorded.directory()
                + ": " + fork.description(), scenario.weeks(), count, scenario.seed(), base.name(), List.of(base, fork),
                Path.of(recorded.manifest().scenarioFile()), scenario.sourceText(), null, null, null, scenario.preset(), scenario.periods());
        return new Fork(recorded, base, fork, forked, added);
    }

    /** The name of the forked variant: {@code <recorded variant>-fork-week-<N>}. */
    public static String forkName(String recordedVariant, int week) {
        return recordedVariant + "-fork-week-" + week;
    }

    /** Runs both variants (compiling the rules first; a rule file that does not compile is bad input). */
    public Results run(int threads, Experiment.ProgressListener listener) throws InterruptedException {
        return new Experiment(scenario, threads).run(listener);
    }

    /** The manifest of the fork's output directory: the recorded run's files plus the added rule files. */
    public Manifest manifest(String orgsimVersion, int threads, Instant started, Instant ended) throws IOException {
        Map<String, String> hashes = new TreeMap<>(recorded.manifest().ruleFileSha256());
        for (String file : org.orgsim.rules.RuleSources.of(addedRules)) {
            hashes.put(file, Manifest.sha256(Path.of(file)));
        }
        return new Manifest(orgsimVersion, scenario.name(), recorded.manifest().scenarioFile(),
                recorded.manifest().scenarioSha256(), hashes, scenario.seed(), scenario.replications(), threads,
                System.getProperty("java.version"), started, ended, recorded.manifest().dataFileSha256());
    }
}
