package org.orgsim.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.contract.InterventionEvent;
import org.orgsim.model.InterventionException;
import org.orgsim.contract.RunRecord;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ScenarioException;
import org.orgsim.scenario.Variant;

/** Bad rules fail loudly with the file, the rule and the week; sentences and DRL mean the same. */
class RuleSafetyTest {
    /** A rule that re-fires on a fact of its own making without end, once a rule inserts a Counter. */
    static final String COUNT_FOREVER = """
            declare Counter
                value : int
            end
            rule "Count forever"
            when
                $counter : Counter( value >= 0 )
            then
                modify($counter) { setValue($counter.getValue() + 1) }
            end
            """;
    private static final String HEADER = """
            package org.orgsim.rules.test;
            import org.orgsim.model.facts.Week;
            import org.orgsim.model.facts.Team;
            global org.orgsim.rules.Actions actions;
            """;

    @TempDir
    Path temp;

    private Path drl(String name, String body) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, HEADER + body);
        return file;
    }

    private static Variant variantWith(Path rules) {
        return new Variant("with-rules", "", RuleRuns.northAndSouth(),
                RuleRuns.shortWarmup().with(Parameter.RULES_MAX_FIRINGS_PER_WEEK, 50), List.of(rules.toString()));
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn() throws IOException {
        Path file = drl("broken.drl", """
                rule "Broken"
                when
                    Week( number == )
                then
                    actions.hire("north", 1);
                end
                """);
        ScenarioException failure = assertThrows(ScenarioException.class, () -> RuleBook.compile(List.of(file)));
        assertTrue(failure.getMessage().startsWith(file + ":7:"), failure.getMessage());
    }

    @Test
    void aFileWithoutRulesIsRefused() throws IOException {
        Path file = drl("empty.drl", "// nothing here\n");
        ScenarioException failure = assertThrows(ScenarioException.class, () -> RuleBook.compile(List.of(file)));
        assertTrue(failure.getMessage().contains("contains no rules"), failure.getMessage());
    }

    @Test
    void anUnknownActionTargetNamesTheRuleAndTheWeek() throws IOException {
        Path file = drl("unknown.drl", """
                rule "Merge with a team that does not exist"
                when
                    Week( number == 2 )
                then
                    actions.mergeTeams("north", "now" + "here");
                end
                """);
        // A name computed at run time passes the check before the run (RuleTyposTest covers literals).
        VariantRuns runs = VariantRuns.prepare(variantWith(file));
        InterventionException failure = assertThrows(InterventionException.class, () -> runs.run(1, 0, 10));
        assertTrue(failure.getMessage().contains("'Merge with a team that does not exist'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("week 2"), failure.getMessage());
        assertTrue(failure.getMessage().contains("unknown team 'nowhere'"), failure.getMessage());
    }

    @Test
    void aRunawayRuleStopsTheRun() throws IOException {
        Path file = drl("runaway.drl", COUNT_FOREVER + """
                rule "Start counting in week 3"
                when
                    Week( number == 3 )
                then
                    insert(new Counter(0));
                end
                """);
        VariantRuns runs = VariantRuns.prepare(variantWith(file));
        InterventionException failure = assertThrows(InterventionException.class, () -> runs.run(1, 0, 10));
        assertTrue(failure.getMessage().contains("'Count forever' fired more than 50 times in week 3"), failure.getMessage());
    }

    @Test
    void aThrowingRuleNamesTheRuleAndTheWeek() throws IOException {
        Path file = drl("throws.drl", """
                rule "Divide by nobody"
                when
                    Week( number == 5 )
                then
                    throw new IllegalStateException("no budget line for this");
                end
                """);
        VariantRuns runs = VariantRuns.prepare(variantWith(file));
        InterventionException failure = assertThrows(InterventionException.class, () -> runs.run(1, 0, 10));
        assertTrue(failure.getMessage().contains("rule 'Divide by nobody' failed in week 5"), failure.getMessage());
        assertTrue(failure.getMessage().contains("no budget line for this"), failure.getMessage());
    }

    @Test
    void aRuleInSentencesAndTheSameRuleInDrlGiveIdenticalResults() {
        var overloaded = RuleRuns.shortWarmup().with(Parameter.ARRIVALS_PER_MEMBER, 0.8);
        VariantRuns drl = VariantRuns.prepare(RuleRuns.variant("drl", RuleRuns.northAndSouth(), overloaded, "burnout-wip-cap.drl"));
        VariantRuns dsl = VariantRuns.prepare(RuleRuns.variant("dsl", RuleRuns.northAndSouth(), overloaded, "burnout-wip-cap.dslr"));
        boolean fired = false;
        for (int replication = 0; replication < 6; replication++) {
            RunRecord fromDrl = drl.run(RuleRuns.SEED, replication, 52);
            RunRecord fromDsl = dsl.run(RuleRuns.SEED, replication, 52);
            for (int week = 0; week <= 52; week++) {
                assertArrayEquals(fromDrl.weekly()[week], fromDsl.weekly()[week], "week " + week + " of replication " + replication);
            }
            assertEquals(fromDrl.events().size(), fromDsl.events().size());
            for (int index = 0; index < fromDrl.events().size(); index++) {
                InterventionEvent a = fromDrl.events().get(index);
                InterventionEvent b = fromDsl.events().get(index);
                assertEquals(List.of(a.week(), a.action(), a.target(), a.detail()), List.of(b.week(), b.action(), b.target(), b.detail()));
            }
            fired |= !fromDrl.events().isEmpty();
        }
        assertTrue(fired, "the policy must actually fire for the comparison to mean something");
        assertFalse(drl.ruleBook().orElseThrow().ruleNames().equals(dsl.ruleBook().orElseThrow().ruleNames()));
    }

    @Test
    void aConsequenceThatNeverEndsIsStoppedByTheTimeBudget() throws IOException {
        Path file = drl("forever.drl", """
                rule "Think forever"
                when
                    Week( number == 3 )
                then
                    long spins = 0;
                    while (spins >= 0) { spins = spins + 1 - 1; }
                    actions.hire("north", 1);
                end
                """);
        Variant variant = new Variant("with-rules", "", RuleRuns.northAndSouth(),
                RuleRuns.shortWarmup().with(Parameter.RULES_MAX_SECONDS_PER_WEEK, 0.5), List.of(file.toString()));
        VariantRuns runs = VariantRuns.prepare(variant);
        long start = System.nanoTime();
        InterventionException failure = assertThrows(InterventionException.class, () -> runs.run(1, 0, 10));
        assertTrue(failure.getMessage().contains("'Think forever'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("week 3"), failure.getMessage());
        assertTrue(failure.getMessage().contains("variant 'with-rules'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("rules.maxSecondsPerWeek"), failure.getMessage());
        assertTrue(System.nanoTime() - start < 30e9, "stopped well after its budget");
    }
}
