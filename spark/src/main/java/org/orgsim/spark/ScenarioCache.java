package org.orgsim.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.orgsim.experiment.ScenarioUnits;
import org.orgsim.rules.RuleCheck;
import org.orgsim.rules.RuleSources;
import org.orgsim.scenario.OrganizationSpec;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioLoader;
import org.orgsim.scenario.Variant;

/**
 * The prepared scenarios of this JVM, keyed by the scenario file and the digest of its content, of
 * every rule and sentence file it uses and of any data file it imports: an executor loads the scenario and compiles its rule bases on its
 * first task and reuses them for every later task, not once per task. A scenario whose files
 * changed gets a new key, so an executor never runs stale rules.
 */
final class ScenarioCache {
    private static final Map<String, ScenarioUnits> PREPARED = new ConcurrentHashMap<>();

    private ScenarioCache() {
    }

    /** The key of a scenario: its absolute path and the digest of its files. */
    static String key(Path scenarioFile, Scenario scenario) {
        return scenarioFile + "#" + digest(scenarioFile, scenario);
    }

    /** Registers what the driver prepared already, so a local master compiles nothing twice. */
    static void register(String key, ScenarioUnits units) {
        PREPARED.putIfAbsent(key, units);
    }

    /**
     * This JVM's prepared scenario for {@code key}, loading and compiling it on first use. Fails when
     * this machine's copy of the files differs from the driver's (a cluster without shared files).
     */
    static ScenarioUnits units(String key, Path scenarioFile, boolean trustRules) {
        return PREPARED.computeIfAbsent(key, missing -> {
            if (trustRules) {
                RuleCheck.trustRules(true);
            }
            Scenario scenario = ScenarioLoader.load(scenarioFile);
            String here = key(scenarioFile, scenario);
            if (!here.equals(key)) {
                throw new IllegalStateException("the scenario " + scenarioFile + " or its rule files on this executor "
                        + "differ from the driver's; give every worker the same files at the same path");
            }
            return new ScenarioUnits(scenario);
        });
    }

    /** Number of prepared scenarios in this JVM (for tests). */
    static int size() {
        return PREPARED.size();
    }

    static void clear() {
        PREPARED.clear();
    }

    private static String digest(Path scenarioFile, Scenario scenario) {
        List<Path> files = new ArrayList<>();
        files.add(scenarioFile);
        for (Variant variant : scenario.variants()) {
            List<String> rules = new ArrayList<>(variant.rules());
            rules.addAll(variant.addedRules());
            // The rule files with the sentence files of .dslr rules, and any imported HRIS data.
            RuleSources.of(rules).forEach(rule -> files.add(Path.of(rule)));
            if (variant.organization() instanceof OrganizationSpec.Imported imported) {
                imported.organization().dataFiles().forEach(data -> files.add(Path.of(data)));
            }
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                sha.update(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
