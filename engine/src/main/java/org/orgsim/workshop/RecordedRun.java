package org.orgsim.workshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.orgsim.results.Manifest;
import org.orgsim.results.ResultsFileException;
import org.orgsim.results.ResultsReader;
import org.orgsim.results.ResultsWriter;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioException;
import org.orgsim.scenario.ScenarioLoader;

/**
 * A run recorded in a results directory, loaded so it can be replayed or forked: the scenario copy,
 * with the seed and replications the run actually used (from the manifest). Loading refuses, as bad
 * input, a directory whose scenario or rule files changed since the run — replaying changed rules
 * would silently show something that never happened.
 */
public record RecordedRun(Path directory, Manifest manifest, Scenario scenario) {

    public static RecordedRun load(Path directory) {
        Path manifestFile = directory.resolve(ResultsWriter.MANIFEST_FILE);
        Path scenarioCopy = directory.resolve(ResultsWriter.SCENARIO_FILE);
        org.orgsim.results.UnfinishedOutput.refuse(directory);
        Manifest manifest = ResultsReader.manifest(directory);
        String text = ResultsReader.scenarioText(directory);
        if (!Manifest.sha256(text).equals(manifest.scenarioSha256())) {
            throw new ResultsFileException(scenarioCopy, "differs from the scenario the run used (sha-256 in "
                    + manifestFile.getFileName() + "); it was edited after the run");
        }
        Path original = Path.of(manifest.scenarioFile());
        if (Files.isRegularFile(original) && !sha256(original).equals(manifest.scenarioSha256())) {
            throw new ScenarioException(original + ": changed since the run recorded in " + directory
                    + " (its sha-256 differs from the manifest); run it again instead of replaying");
        }
        requireUnchanged(manifest.ruleFileSha256(), "rule file", directory);
        requireUnchanged(manifest.dataFileSha256(), "data file", directory);
        // Rule paths in the copy resolve like the original's: beside the original scenario first.
        Scenario scenario = ScenarioLoader.parse(text, original)
                .withSeed(manifest.seed()).withReplications(manifest.replications());
        requireHashed(scenario, manifest, manifestFile);
        return new RecordedRun(directory, manifest, scenario);
    }

    private static void requireUnchanged(Map<String, String> hashes, String kind, Path directory) {
        for (Map.Entry<String, String> entry : hashes.entrySet()) {
            Path file = Path.of(entry.getKey());
            if (!Files.isRegularFile(file)) {
                throw new ScenarioException(file + ": " + kind + " of the recorded run is missing");
            }
            if (!sha256(file).equals(entry.getValue())) {
                throw new ScenarioException(file + ": " + kind + " changed since the run recorded in " + directory
                        + " (its sha-256 differs from the manifest)");
            }
        }
    }

    /**
     * Every rule file the scenario uses (and every sentence file of its {@code .dslr} rules) must
     * have its hash in the manifest: a manifest edited to drop a hash would otherwise let changed
     * rules replay as if they were the recorded ones.
     */
    private static void requireHashed(Scenario scenario, Manifest manifest, Path manifestFile) {
        for (org.orgsim.scenario.Variant variant : scenario.variants()) {
            List<String> rules = new java.util.ArrayList<>(variant.rules());
            rules.addAll(variant.addedRules());
            for (String file : org.orgsim.rules.RuleSources.of(rules)) {
                if (!manifest.ruleFileSha256().containsKey(file)) {
                    throw new ScenarioException(manifestFile + ": has no sha-256 of the rule file " + file
                            + " that variant '" + variant.name() + "' uses (the manifest was edited, or the run predates "
                            + "hashing it); run the scenario again instead of replaying");
                }
            }
        }
    }

    private static String sha256(Path file) {
        try {
            return Manifest.sha256(file);
        } catch (IOException failure) {
            throw new ScenarioException(file + ": cannot be read: " + failure.getMessage(), failure);
        }
    }
}
