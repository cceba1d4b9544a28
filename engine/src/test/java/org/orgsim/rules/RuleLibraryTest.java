package org.orgsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule file of the library compiles and holds exactly the rules it is expected to hold:
 * Drools can silently build an empty rule base, so presence is checked by name.
 */
class RuleLibraryTest {
    private static final Map<String, List<String>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("ai-decision-support.drl", List.of("Adopt AI decision support in every team in week 4")),
            Map.entry("burnout-policies.csv", List.of("Cap work in progress when burnout persists (table)",
                    "Grant recovery leave when burnout persists")),
            Map.entry("burnout-policies-nl.csv", List.of("Cap work in progress when burnout persists (table)",
                    "Grant recovery leave when burnout persists")),
            Map.entry("burnout-wip-cap.drl", List.of("Cap work in progress when burnout persists")),
            Map.entry("burnout-wip-cap.dslr", List.of("Cap work in progress when burnout persists (sentences)")),
            // Dutch twins (orgsim-nl.dsl) keep the English rule names, so events.csv reads the same.
            Map.entry("burnout-wip-cap-nl.dslr", List.of("Cap work in progress when burnout persists (sentences)")),
            Map.entry("shared-leadership-when-burnout-persists.dslr",
                    List.of("Share leadership and grant recovery leave when burnout persists")),
            Map.entry("shared-leadership-when-burnout-persists-nl.dslr",
                    List.of("Share leadership and grant recovery leave when burnout persists")),
            Map.entry("coach-lead-of-merged-team.drl", List.of("Coach the lead of the merged team from week 26")),
            Map.entry("hiring-freeze-layoffs.drl", List.of("Freeze hiring in week 8", "Lay off one member of every large team in week 12")),
            Map.entry("leadership-coaching.drl", List.of("Coach every team lead for 16 weeks from week 4")),
            Map.entry("merge-two-teams.drl", List.of("Merge south into north in week 26")),
            Map.entry("switch-to-horizontal.drl", List.of("Switch every team to shared leadership in week 13")),
            Map.entry("adopt-ai-support-now.drl", List.of("Adopt AI decision support as soon as the decision is taken")),
            Map.entry("coach-leaders-now.drl", List.of("Coach every uncoached team lead as soon as the program starts")),
            // Promotion policies (careers): rules about the Vacancy and Candidate facts of a career review.
            Map.entry("promotion/best.drl", List.of("Promote the most competent candidate")),
            Map.entry("promotion/worst.drl", List.of("Promote the least competent candidate")),
            Map.entry("promotion/random.drl", List.of("Promote a candidate at random")),
            Map.entry("promotion/seniority.drl", List.of("Promote the candidate with the longest tenure")),
            Map.entry("promotion/mix.drl", List.of("Otherwise promote the least competent candidate",
                    "Promote the most competent candidate with probability p",
                    "The mix policy needs a rule parameter p between 0 and 1"))));

    @Test
    void everyRuleFileCompilesWithItsExpectedRules() throws IOException {
        Path library = RuleFiles.library();
        List<Path> files;
        try (Stream<Path> listing = Files.walk(library)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(file -> file.toString().matches(".*\\.(drl|dslr|csv|xlsx)$")).sorted().toList();
        }
        assertEquals(EXPECTED.keySet().stream().sorted().toList(),
                files.stream().map(file -> library.relativize(file).toString()).sorted().toList(),
                "every library file has expectations here, and every expectation a file");
        for (Path file : files) {
            RuleBook book = RuleBook.compile(List.of(file));
            List<String> expected = EXPECTED.get(library.relativize(file).toString()).stream().sorted().toList();
            assertEquals(expected, book.rulesByFile().get(file.toString()), file + " rules");
        }
    }

    @Test
    void theWholeLibraryCompilesIntoOneRuleBase() throws IOException {
        Path library = RuleFiles.library();
        List<Path> files;
        try (Stream<Path> listing = Files.list(library)) {
            files = listing.filter(file -> file.toString().matches(".*\\.(drl|dslr|csv)$")).sorted().toList();
        }
        RuleBook book = RuleBook.compile(files);
        int expected = EXPECTED.entrySet().stream().filter(entry -> !entry.getKey().contains("/"))
                .mapToInt(entry -> entry.getValue().size()).sum();
        assertEquals(expected, book.ruleNames().size(), book.ruleNames().toString());
        assertTrue(book.ruleNames().contains("Cap work in progress when burnout persists"));
    }

    /** The promotion policies share a package: their rule names must differ, so any of them can be combined. */
    @Test
    void thePromotionPoliciesCompileIntoOneRuleBase() throws IOException {
        Path promotion = RuleFiles.library().resolve("promotion");
        List<Path> files;
        try (Stream<Path> listing = Files.list(promotion)) {
            files = listing.filter(file -> file.toString().endsWith(".drl")).sorted().toList();
        }
        RuleBook book = RuleBook.compile(files);
        int expected = EXPECTED.entrySet().stream().filter(entry -> entry.getKey().startsWith("promotion/"))
                .mapToInt(entry -> entry.getValue().size()).sum();
        assertEquals(expected, book.ruleNames().size(), book.ruleNames().toString());
    }
}
