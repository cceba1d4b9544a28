package org.orgsim.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.contract.RunRecord;
import org.orgsim.scenario.ScenarioException;
import org.orgsim.scenario.Variant;

/**
 * Rules in sentences, in English and in Dutch: both sentence files cover every action, the Dutch
 * twin of a library policy gives exactly the results of the English one, a rule file in sentences
 * finds the built-in sentence files from any folder, and a misspelt sentence file name is refused.
 */
class SentencesTest {
    private static final Pattern DSL_ENTRY = Pattern.compile("^\\[(condition|consequence)\\]\\[[^\\]]*\\](.+?)=(.*)$");
    private static final Pattern ACTION_CALL = Pattern.compile("actions\\.(\\w+)\\(");

    @Test
    void everyActionHasASentenceInEnglishAndInDutch() throws IOException {
        List<String> weeklyActions = java.util.Arrays.stream(Actions.class.getDeclaredMethods())
                .filter(method -> java.lang.reflect.Modifier.isPublic(method.getModifiers()))
                .map(java.lang.reflect.Method::getName)
                .filter(name -> !name.equals("appoint")) // appointing a named candidate: rules about candidates, not sentences
                .distinct().sorted().toList();
        for (String language : List.of("orgsim.dsl", "orgsim-nl.dsl")) {
            String sentences = Files.readString(RuleFiles.file(language));
            java.util.Set<String> covered = new java.util.TreeSet<>();
            Matcher call = ACTION_CALL.matcher(sentences);
            while (call.find()) {
                covered.add(call.group(1));
            }
            assertEquals(weeklyActions, List.copyOf(covered), language + " has a sentence for every action");
        }
    }

    @Test
    void theDutchSentencesMapOneToOneOntoTheEnglishOnes() throws IOException {
        List<String> english = expansions(RuleFiles.file("orgsim.dsl"));
        List<String> dutch = expansions(RuleFiles.file("orgsim-nl.dsl"));
        assertEquals(english.size(), dutch.size(), "as many Dutch sentences as English ones");
        // Same rule language on the right-hand side, up to the names of the blanks.
        assertEquals(english.stream().map(SentencesTest::withoutBlankNames).sorted().toList(),
                dutch.stream().map(SentencesTest::withoutBlankNames).sorted().toList());
    }

    @Test
    void dutchAndEnglishTwinsGiveIdenticalResults() {
        for (List<String> twins : List.of(List.of("burnout-wip-cap.dslr", "burnout-wip-cap-nl.dslr"),
                List.of("shared-leadership-when-burnout-persists.dslr", "shared-leadership-when-burnout-persists-nl.dslr"),
                List.of("burnout-policies.csv", "burnout-policies-nl.csv"))) {
            RuleRuns english = RuleRuns.run(stressed(twins.get(0)), 3, 60);
            RuleRuns dutch = RuleRuns.run(stressed(twins.get(1)), 3, 60);
            boolean anyEvent = false;
            for (int replication = 0; replication < 3; replication++) {
                RunRecord a = english.runs.get(replication);
                RunRecord b = dutch.runs.get(replication);
                assertEquals(a.events(), b.events(), twins + " events, replication " + replication);
                for (int week = 0; week < a.weekly().length; week++) {
                    assertArrayEquals(a.weekly()[week], b.weekly()[week], twins + " week " + week);
                }
                anyEvent |= !a.events().isEmpty();
            }
            assertTrue(anyEvent, twins + ": the policy fires in the stressed organization, so the comparison means something");
        }
    }

    @Test
    void aRuleFileInSentencesFindsTheBuiltInSentencesFromAnyFolder(@TempDir Path folder) throws IOException {
        Path rule = folder.resolve("mine.dslr");
        Files.writeString(rule, String.join("\n",
                "package org.orgsim.rules.mine;",
                "import org.orgsim.model.facts.Week;",
                "global org.orgsim.rules.Actions actions;",
                "expander orgsim-nl.dsl",
                "rule \"Voeg zuid samen met noord in week 26\"",
                "when",
                "    Als het week 26 is",
                "then",
                "    Voeg team south samen met team north",
                "end", ""));
        RuleBook book = RuleBook.compile(List.of(rule));
        assertEquals(List.of("Voeg zuid samen met noord in week 26"), book.ruleNames());
        assertEquals(List.of(rule.toString()), List.copyOf(book.rulesByFile().keySet()), "only rule files are listed, not sentence files");
    }

    @Test
    void aMissingSentenceFileIsRefusedWithItsLine(@TempDir Path folder) throws IOException {
        Path rule = folder.resolve("typo.dslr");
        Files.writeString(rule, "package org.orgsim.rules.mine;\nglobal org.orgsim.rules.Actions actions;\n\nexpander nothere.dsl\n"
                + "rule \"x\"\nwhen\n    When it is week 3\nthen\n    Then freeze hiring\nend\n");
        ScenarioException refused = assertThrows(ScenarioException.class, () -> RuleBook.compile(List.of(rule)));
        assertTrue(refused.getMessage().startsWith(rule + ":4: expander nothere.dsl"), refused.getMessage());
    }

    @Test
    void aMistypedSentenceNamesItsLineAndTheNearestSentence(@TempDir Path folder) throws IOException {
        Path rule = folder.resolve("typo.dslr");
        Files.writeString(rule, String.join("\n",
                "package org.orgsim.rules.mine;",
                "import org.orgsim.model.facts.Team;",
                "global org.orgsim.rules.Actions actions;",
                "expander orgsim-nl.dsl",
                "rule \"Gedeelde leiding\"",
                "when",
                "    Als het burnoutpercentage van een team 4 weken boven 25% ligt",
                "then",
                "    Geef dat team gedeelde leiding",
                "end", ""));
        ScenarioException refused = assertThrows(ScenarioException.class, () -> RuleBook.compile(List.of(rule)));
        assertTrue(refused.getMessage().startsWith(rule + ":7: 'Als het burnoutpercentage"), refused.getMessage());
        assertTrue(refused.getMessage().contains("the nearest is 'Als het burn-outpercentage van een team {weken} weken boven {procent}% ligt'"),
                refused.getMessage());
        ScenarioException checked = assertThrows(ScenarioException.class, () -> RuleCheck.requireAllowed(List.of(rule)));
        assertEquals(refused.getMessage(), checked.getMessage(), "the rule check gives the same message, not a forbidden word");
    }

    private static Variant stressed(String ruleFile) {
        // Demand well above capacity: burnout complaints pass 25-30% in some teams within a year.
        return RuleRuns.variant("v", RuleRuns.northAndSouth(),
                RuleRuns.shortWarmup().with(org.orgsim.scenario.Parameter.ARRIVALS_PER_MEMBER,
                        2.0 * org.orgsim.scenario.ParameterSet.defaults().get(org.orgsim.scenario.Parameter.ARRIVALS_PER_MEMBER)),
                ruleFile);
    }

    private static List<String> expansions(Path dsl) throws IOException {
        return Files.readAllLines(dsl, StandardCharsets.UTF_8).stream().map(DSL_ENTRY::matcher)
                .filter(Matcher::matches).map(entry -> entry.group(1) + "=" + entry.group(3)).toList();
    }

    private static String withoutBlankNames(String expansion) {
        return expansion.replaceAll("\\{[^}]+\\}", "{}");
    }
}
