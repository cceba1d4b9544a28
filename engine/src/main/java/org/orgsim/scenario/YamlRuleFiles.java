package org.orgsim.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a variant's {@code rules:} list: rule files that exist, with an extension the rules engine
 * can compile.
 *
 * <p>A path is looked up first relative to the working directory (so that
 * {@code ./orgsim run scenarios/x.yaml} with {@code rules: [rules/cap-wip.drl]} finds the rule
 * library at the repository root) and otherwise relative to the scenario file's directory (so that
 * a scenario can travel with its own rule files). Whichever is found is stored, normalized.
 */
final class YamlRuleFiles {
    /** What the rules engine compiles: DRL, DSL-based rules, decision tables. */
    static final List<String> EXTENSIONS = List.of(".drl", ".dslr", ".csv", ".xlsx");
    private static final String EXPECTED = "a list of rule files, e.g. rules: [rules/cap-wip.drl]";

    private YamlRuleFiles() {
    }

    /** The rule files of one variant, in the order written; empty when {@code rules} is absent. */
    static List<String> read(YamlNode node, Path scenarioFile) {
        if (node.isAbsent()) {
            return List.of();
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        Path scenarioDirectory = scenarioFile == null ? null : directoryOf(scenarioFile);
        List<String> files = new ArrayList<>();
        Map<String, YamlPath> firstMention = new HashMap<>();
        for (YamlNode entry : node.list(EXPECTED)) {
            String written = entry.nonEmptyText();
            if (EXTENSIONS.stream().noneMatch(extension -> written.toLowerCase(Locale.ROOT).endsWith(extension))) {
                throw entry.mismatch("a rule file ending in .drl, .dslr, .csv or .xlsx");
            }
            Path asWritten;
            try {
                asWritten = Path.of(written);
            } catch (InvalidPathException invalid) {
                throw entry.statement(written + " is not a valid path (" + invalid.getReason() + ")");
            }
            Path found = find(asWritten, scenarioDirectory);
            if (found == null) {
                String places = scenarioDirectory == null
                        || scenarioDirectory.toAbsolutePath().normalize().equals(workingDirectory)
                        ? workingDirectory.toString()
                        : workingDirectory + " and " + scenarioDirectory.toAbsolutePath().normalize();
                throw entry.statement(written + " not found (looked in " + places + ")");
            }
            String normalized = found.toString();
            YamlPath earlier = firstMention.putIfAbsent(normalized, entry.path());
            if (earlier != null) {
                throw entry.problem("lists " + normalized + " a second time (first at " + earlier
                        + "); list each rule file once");
            }
            files.add(normalized);
        }
        return List.copyOf(files);
    }

    private static Path find(Path asWritten, Path scenarioDirectory) {
        if (Files.isRegularFile(asWritten)) {
            return asWritten.normalize();
        }
        if (scenarioDirectory != null && !asWritten.isAbsolute()) {
            Path besideScenario = scenarioDirectory.resolve(asWritten);
            if (Files.isRegularFile(besideScenario)) {
                return besideScenario.normalize();
            }
        }
        return null;
    }

    private static Path directoryOf(Path scenarioFile) {
        Path parent = scenarioFile.getParent();
        return parent == null ? Path.of("") : parent;
    }
}
