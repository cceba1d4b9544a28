package org.orgsim.careers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.model.InterventionException;
import org.orgsim.contract.Metric;
import org.orgsim.model.SeriesLayout;
import org.orgsim.results.PairedComparison;
import org.orgsim.results.Results;
import org.orgsim.results.VariantResults;
import org.orgsim.scenario.Scenario;

/**
 * Promotion policies as rules, compared with common random numbers over many reviews: the claims
 * of Pluchino, Rapisarda &amp; Garofalo (2010) that hold in this model, each with a paired 95%
 * interval that excludes zero.
 */
class PromotionPolicyTest {
    private static final int REVIEWS = 120;
    private static final int REPLICATIONS = 12;

    @TempDir
    Path temp;

    private static PairedComparison bench(Results results, String variant) {
        return results.variant(variant).orElseThrow().versusBaseline(Metric.BENCH_STRENGTH).orElseThrow();
    }

    private static String describe(PairedComparison comparison) {
        return String.format(Locale.ROOT, "%+.3f [%+.3f, %+.3f]", comparison.meanDiff(), comparison.ciLow(),
                comparison.ciHigh());
    }

    /** When skills carry over to the new role, promoting the best raises bench strength over promoting at random. */
    @Test
    void promotingTheBestBeatsRandomWhenSkillsCarryOver() {
        Scenario scenario = CareerScenarios.scenario("best-vs-random", REVIEWS, REPLICATIONS,
                CareerScenarios.variant("random", "random", false, ""),
                CareerScenarios.variant("best", "best", false, ""));
        PairedComparison best = bench(CareerScenarios.run(scenario, 2), "best");
        assertTrue(best.ciLow() > 0, "best - random: " + describe(best));
        assertTrue(best.probBetter() > 0.9, "best wins in most replications: " + best.probBetter());
    }

    /**
     * The Peter hypothesis turns the ordering round: when the new role needs different skills,
     * promoting the worst beats promoting at random, which beats promoting the best.
     */
    @Test
    void underThePeterHypothesisTheWorstBeatsRandomWhichBeatsTheBest() {
        Scenario scenario = CareerScenarios.scenario("peter", REVIEWS, REPLICATIONS,
                CareerScenarios.variant("random", "random", true, ""),
                CareerScenarios.variant("best", "best", true, ""),
                CareerScenarios.variant("worst", "worst", true, ""));
        Results results = CareerScenarios.run(scenario, 2);
        assertTrue(bench(results, "best").ciHigh() < 0, "best - random: " + describe(bench(results, "best")));
        assertTrue(bench(results, "worst").ciLow() > 0, "worst - random: " + describe(bench(results, "worst")));
    }

    /**
     * The mix policy reads p as a rule parameter: p = 1 promotes exactly as "the best" does and
     * p = 0 exactly as "the worst" (same seed, same people: bit-identical bench strength).
     */
    @Test
    void theMixPolicyAtItsExtremesIsTheBestOrTheWorst() {
        Scenario scenario = CareerScenarios.scenario("mix-extremes", 40, 3,
                CareerScenarios.variant("best", "best", true, ""),
                CareerScenarios.variant("mix-1", "mix", true, "    ruleParameters: {p: 1}\n"),
                CareerScenarios.variant("worst", "worst", true, ""),
                CareerScenarios.variant("mix-0", "mix", true, "    ruleParameters: {p: 0}\n"),
                CareerScenarios.variant("mix-half", "mix", true, "    ruleParameters: {p: 0.5}\n"));
        Results results = CareerScenarios.run(scenario, 2);
        double[] best = results.variant("best").orElseThrow().finalValues(Metric.BENCH_STRENGTH);
        double[] worst = results.variant("worst").orElseThrow().finalValues(Metric.BENCH_STRENGTH);
        assertArrayEquals(best, results.variant("mix-1").orElseThrow().finalValues(Metric.BENCH_STRENGTH));
        assertArrayEquals(worst, results.variant("mix-0").orElseThrow().finalValues(Metric.BENCH_STRENGTH));
        VariantResults half = results.variant("mix-half").orElseThrow();
        long both = countRule(half, "Promote the most competent candidate with probability p")
                * countRule(half, "Otherwise promote the least competent candidate");
        assertTrue(both > 0, "with p = 0.5 both rules of the mix promote");
    }

    private static long countRule(VariantResults variant, String rule) {
        long count = 0;
        for (int replication = 0; replication < variant.replications(); replication++) {
            count += variant.events(replication).stream().filter(event -> event.detail().contains(rule + ":")).count();
        }
        return count;
    }

    /** A random policy draws from a seeded stream: the results do not depend on the thread count. */
    @Test
    void randomPromotionIsReproducibleWhateverTheThreads() {
        Scenario scenario = CareerScenarios.scenario("repro", 30, 4,
                CareerScenarios.variant("random", "random", true, ""),
                CareerScenarios.variant("mix", "mix", false, "    ruleParameters: {p: 0.3}\n"));
        Results one = CareerScenarios.run(scenario, 1);
        Results two = CareerScenarios.run(scenario, 2);
        for (VariantResults variant : one.variants()) {
            VariantResults other = two.variant(variant.name()).orElseThrow();
            for (SeriesLayout.Series series : one.layout().series()) {
                assertArrayEquals(variant.finalValues(series.column()), other.finalValues(series.column()), series.key());
            }
            for (int replication = 0; replication < variant.replications(); replication++) {
                assertEquals(variant.events(replication), other.events(replication));
            }
        }
    }

    /** The recorded rows of a careers-only scenario: one per review, the careers metrics and each level's competence. */
    @Test
    void aCareersOnlyScenarioRecordsOneRowPerReview() {
        Scenario scenario = CareerScenarios.scenario("rows", 10, 2, CareerScenarios.variant("best", "best", false, ""));
        Results results = CareerScenarios.run(scenario, 2);
        SeriesLayout layout = results.layout();
        assertEquals(52, layout.recordEvery());
        assertEquals(List.of(Metric.ATTRITION, Metric.HEADCOUNT, Metric.BENCH_STRENGTH), layout.metrics());
        assertEquals(List.of("competence_level_director", "competence_level_senior-manager", "competence_level_manager",
                "competence_level_team-lead", "competence_level_senior", "competence_level_junior"), layout.extras());
        VariantResults best = results.baseline();
        assertEquals(520, best.weeks());
        assertThrows(IllegalArgumentException.class, () -> best.weekly(51, Metric.BENCH_STRENGTH));
        double bench = best.weekly(520, Metric.BENCH_STRENGTH).mean();
        assertTrue(bench > 50 && bench < 100, "bench strength " + bench);
        // Per-review events: one row per review and replication, with the counts.
        assertEquals(10, best.events(0).size());
        assertTrue(best.events(0).get(0).detail().matches("\\d+ retirements?, \\d+ dismissals?, \\d+ quits?, \\d+ promotions?.*"),
                best.events(0).get(0).detail());
    }

    /** A rule that appoints somebody who is not a candidate stops the run as bad input, naming the rule and the review. */
    @Test
    void aRuleThatAppointsANonCandidateIsBadInputNamingRuleAndReview() throws IOException {
        Path rule = temp.resolve("skip-a-level.drl");
        Files.writeString(rule, """
                package org.orgsim.rules.test;
                import org.orgsim.model.facts.Vacancy;
                global org.orgsim.rules.Actions actions;
                rule "Appoint an outsider"
                when
                    $vacancy : Vacancy()
                then
                    actions.appoint("P000000000000", $vacancy.getId());
                end
                """);
        Scenario scenario = CareerScenarios.scenario("outsider", 5, 1,
                "  - name: outsider\n    rules: [" + rule + "]\n");
        InterventionException failure = assertThrows(InterventionException.class, () -> CareerScenarios.run(scenario, 1));
        assertTrue(failure.getMessage().startsWith("rule 'Appoint an outsider' failed in the career review of week 52 "
                + "(review 1) of variant 'outsider': appoint: 'P000000000000' is not a candidate for vacancy"),
                failure.getMessage());
    }

    /** The mix policy without p stops at the first vacancy instead of leaving every vacancy open. */
    @Test
    void theMixPolicyWithoutPStopsWithAMessage() {
        Scenario scenario = CareerScenarios.scenario("no-p", 5, 1, CareerScenarios.variant("mix", "mix", false, ""));
        InterventionException failure = assertThrows(InterventionException.class, () -> CareerScenarios.run(scenario, 1));
        assertTrue(failure.getMessage().contains("rule 'The mix policy needs a rule parameter p between 0 and 1' failed "
                + "in the career review of week 52"), failure.getMessage());
        assertTrue(failure.getMessage().contains("ruleParameters: {p: 0.5}"), failure.getMessage());
    }

    /** At a review a rule can only appoint; and appoint is refused outside a review. */
    @Test
    void otherActionsAreRefusedAtAReview() throws IOException {
        Path rule = temp.resolve("hire-at-review.drl");
        Files.writeString(rule, """
                package org.orgsim.rules.test;
                import org.orgsim.model.facts.Vacancy;
                global org.orgsim.rules.Actions actions;
                rule "Hire instead"
                when
                    Vacancy()
                then
                    actions.hire("alpha", 1);
                end
                """);
        Scenario scenario = CareerScenarios.scenario("hire", 5, 1, "  - name: hire\n    rules: [" + rule + "]\n");
        InterventionException failure = assertThrows(InterventionException.class, () -> CareerScenarios.run(scenario, 1));
        assertTrue(failure.getMessage().contains("this action is not possible at a career review: a rule about Vacancy "
                + "and Candidate facts can only appoint"), failure.getMessage());
    }
}
