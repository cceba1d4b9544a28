package org.orgsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code variants[i].rules}: each path is looked up beside the scenario file first, then in the
 * working directory, at the repository root and in the rule library by name; the path found is
 * stored, normalized.
 */
class RuleFilesTest {
    /** Relative to the working directory (the module directory when Maven runs the tests). */
    private static final Path IN_WORKING_DIRECTORY = Path.of("target", "rule-files-test");

    @TempDir
    Path folder;

    @AfterEach
    void removeWorkingDirectoryFiles() throws IOException {
        if (Files.isDirectory(IN_WORKING_DIRECTORY)) {
            try (var files = Files.list(IN_WORKING_DIRECTORY)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(IN_WORKING_DIRECTORY);
        }
    }

    private Path scenario(String rules) throws IOException {
        String text = """
                name: with-rules
                weeks: 10
                organization:
                  teams:
                    - {name: alpha, size: 4}
                variants:
                  - name: baseline
                  - name: capped
                    rules: %s
                """.formatted(rules);
        return Files.writeString(folder.resolve("scenario.yaml"), text);
    }

    @Test
    void aPathBesideTheScenarioIsResolvedAgainstItsDirectory() throws IOException {
        Files.createDirectories(folder.resolve("rules"));
        Files.writeString(folder.resolve("rules/cap-wip.drl"), "package x;\n");
        Files.writeString(folder.resolve("table.xlsx"), "");
        Scenario scenario = ScenarioLoader.load(scenario("[rules/cap-wip.drl, ./rules/../table.xlsx]"));
        assertEquals(List.of(folder.resolve("rules/cap-wip.drl").toString(), folder.resolve("table.xlsx").toString()),
                scenario.variant("capped").orElseThrow().rules());
        assertEquals(List.of(), scenario.baselineVariant().rules());
    }

    @Test
    void theScenarioFolderComesBeforeTheWorkingDirectory() throws IOException {
        Files.createDirectories(IN_WORKING_DIRECTORY);
        Files.writeString(IN_WORKING_DIRECTORY.resolve("policy.dslr"), "");
        Path beside = folder.resolve(IN_WORKING_DIRECTORY);
        Files.createDirectories(beside);
        Files.writeString(beside.resolve("policy.dslr"), "");
        String written = IN_WORKING_DIRECTORY.resolve("policy.dslr").toString();
        Scenario scenario = ScenarioLoader.load(scenario("[" + written + "]"));
        assertEquals(List.of(beside.resolve("policy.dslr").toString()), scenario.variant("capped").orElseThrow().rules());
    }

    @Test
    void theWorkingDirectoryIsSearchedWhenTheScenarioFolderLacksTheFile() throws IOException {
        Files.createDirectories(IN_WORKING_DIRECTORY);
        Files.writeString(IN_WORKING_DIRECTORY.resolve("policy.dslr"), "");
        String written = IN_WORKING_DIRECTORY.resolve("policy.dslr").toString();
        Scenario scenario = ScenarioLoader.load(scenario("[" + written + "]"));
        assertEquals(List.of(written), scenario.variant("capped").orElseThrow().rules());
    }

    @Test
    void theLibraryIsFoundFromAnyFolderByRepositoryPathOrByName() throws IOException {
        Path library = RuleLibrary.folder().orElseThrow();
        Scenario scenario = ScenarioLoader.load(scenario("[rules/merge-two-teams.drl, coach-lead-of-merged-team.drl]"));
        Path cwd = Path.of("").toAbsolutePath();
        List<String> expected = List.of(library.resolve("merge-two-teams.drl"), library.resolve("coach-lead-of-merged-team.drl"))
                .stream().map(file -> file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString()).toList();
        assertEquals(expected, scenario.variant("capped").orElseThrow().rules());
    }

    @Test
    void anAbsolutePathIsKept() throws IOException {
        Path table = Files.writeString(folder.resolve("decisions.CSV"), "");
        Scenario scenario = ScenarioLoader.load(scenario("['" + table + "']"));
        assertEquals(List.of(table.toString()), scenario.variant("capped").orElseThrow().rules());
    }

    @Test
    void aMissingFileNamesBothPlaces() throws IOException {
        Path file = scenario("[rules/x.drl]");
        ScenarioException exception = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(file + ": variants[1].rules[0]: rules/x.drl not found (looked in " + folder.toAbsolutePath() + ", "
                + Path.of("").toAbsolutePath() + ", " + RuleLibrary.folder().orElseThrow() + ")", exception.getMessage());
    }

    @Test
    void anUnknownExtensionIsRefused() throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "");
        Path file = scenario("[notes.txt]");
        ScenarioException exception = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(file + ": variants[1].rules[0] must be a rule file ending in .drl, .dslr, .csv or .xlsx, "
                + "was \"notes.txt\"", exception.getMessage());
    }

    @Test
    void aFileListedTwiceIsRefused() throws IOException {
        Files.writeString(folder.resolve("a.drl"), "");
        Path file = scenario("[a.drl, ./a.drl]");
        ScenarioException exception = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertTrue(exception.getMessage().startsWith(file + ": variants[1].rules[1] lists "), exception.getMessage());
        assertTrue(exception.getMessage().endsWith(" a second time (first at variants[1].rules[0]); list each rule "
                + "file once"), exception.getMessage());
    }

    @Test
    void rulesMustBeAList() throws IOException {
        Path file = scenario("a.drl");
        ScenarioException exception = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(file + ": variants[1].rules must be a list of rule files, e.g. rules: [rules/cap-wip.drl], "
                + "was \"a.drl\"", exception.getMessage());
    }

    @Test
    void withoutAScenarioFileTheWorkingDirectoryAndTheLibraryAreSearched() {
        String yaml = "name: x\nweeks: 4\norganization: {teams: [{name: a, size: 2}]}\n"
                + "variants: [{name: b, rules: [nowhere.drl]}]\n";
        ScenarioException exception = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, null));
        assertEquals("scenario: variants[0].rules[0]: nowhere.drl not found (looked in "
                + Path.of("").toAbsolutePath() + ", " + RuleLibrary.folder().orElseThrow() + ")", exception.getMessage());
    }
}
