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
 * <p>A relative path is looked up, in this order: beside the scenario file (so that a scenario can
 * travel with its own rule files), in the working directory, at the root of the repository that
 * holds the rule library (so that {@code rules: [rules/cap-wip.drl]} works from any working
 * directory), and in the rule library by file name (so that {@code rules: [cap-wip.drl]} does).
 * Whichever is found first is stored, normalized.
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
                List<String> places = new ArrayList<>();
                if (scenarioDirectory != null) {
                    places.add(scenarioDirectory.toAbsolutePath().normalize().toString());
                }
                places.add(workingDirectory.toString());
                RuleLibrary.folder().ifPresent(library -> places.add(library.toString()));
                throw entry.statement(written + " not found (looked in "
                        + String.join(", ", places.stream().distinct().toList()) + ")");
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
        if (asWritten.isAbsolute()) {
            return Files.isRegularFile(asWritten) ? asWritten.normalize() : null;
        }
        List<Path> candidates = new ArrayList<>();
        if (scenarioDirectory != null) {
            candidates.add(scenarioDirectory.resolve(asWritten));
        }
        candidates.add(asWritten);
        RuleLibrary.repositoryRoot().ifPresent(root -> candidates.add(root.resolve(asWritten)));
        RuleLibrary.folder().ifPresent(library -> candidates.add(library.resolve(asWritten.getFileName())));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return relativeToWorkingDirectory(candidate.normalize());
            }
        }
        return null;
    }

    /** Keeps paths short and stable in messages and the manifest: relative where the file is below the working directory. */
    private static Path relativeToWorkingDirectory(Path found) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        Path absolute = found.toAbsolutePath().normalize();
        return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : found;
    }

    private static Path directoryOf(Path scenarioFile) {
        Path parent = scenarioFile.getParent();
        return parent == null ? Path.of("") : parent;
    }
}
