package org.orgsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.contract.RunRecord;
import org.orgsim.scenario.Scenario;

class ResultsBuilderTest {
    private static final int WEEKS = 2;
    private static final int REPLICATIONS = 3;
    private final Scenario scenario = TestScenarios.scenario(WEEKS, REPLICATIONS, "baseline", "baseline", "merge");

    /** Baseline: 10 × week + replication + metric ordinal; "merge" adds 1 to throughput only. */
    private static double value(String variant, int replication, int week, Metric metric) {
        double base = 10 * week + replication + metric.ordinal();
        return variant.equals("merge") && metric == Metric.THROUGHPUT ? base + 1 : base;
    }

    private Results buildAll() {
        ResultsBuilder builder = new ResultsBuilder(scenario);
        InterventionEvent merge = new InterventionEvent(1, "Merge teams", "mergeTeams", "a+b", "merged");
        for (String variant : List.of("baseline", "merge")) {
            for (int replication = 0; replication < REPLICATIONS; replication++) {
                InterventionEvent[] events = variant.equals("merge") ? new InterventionEvent[] {merge}
                        : new InterventionEvent[0];
                builder.accept(TestScenarios.run(variant, replication, WEEKS,
                        (index, week, metric) -> value(variant, index, week, metric), events));
            }
        }
        return builder.build();
    }

    @Test
    void weeklyMeansAreTheMeansOverReplications() {
        Results results = buildAll();
        assertEquals(List.of("baseline", "merge"), results.variants().stream().map(VariantResults::name).toList());
        VariantResults baseline = results.baseline();
        VariantResults merge = results.variant("merge").orElseThrow();
        for (int week = 0; week <= WEEKS; week++) {
            for (Metric metric : Metric.all()) {
                // Replications 0, 1, 2 have mean 1 and standard deviation 1.
                double expected = 10 * week + 1 + metric.ordinal();
                Estimate estimate = baseline.weekly(week, metric);
                assertEquals(expected, estimate.mean(), 1e-12);
                assertEquals(REPLICATIONS, estimate.n());
                assertEquals(StudentT.criticalValue95(2) / Math.sqrt(3), estimate.halfWidth(), 1e-12);
                double mergeExpected = metric == Metric.THROUGHPUT ? expected + 1 : expected;
                assertEquals(mergeExpected, merge.weekly(week, metric).mean(), 1e-12);
            }
        }
    }

    @Test
    void finalValuesAndEstimatesComeFromTheLastWeek() {
        Results results = buildAll();
        VariantResults baseline = results.baseline();
        assertEquals(20 + 2 + Metric.STRESS.ordinal(), baseline.finalValue(2, Metric.STRESS), 0.0);
        assertEquals(baseline.weekly(WEEKS, Metric.COST), baseline.finalEstimate(Metric.COST));
        double[] copy = baseline.finalValues(Metric.COST);
        copy[0] = -1;
        assertEquals(20 + Metric.COST.ordinal(), baseline.finalValue(0, Metric.COST), 0.0);
    }

    @Test
    void pairedComparisonAgainstTheBaseline() {
        Results results = buildAll();
        assertTrue(results.baseline().versusBaseline(Metric.THROUGHPUT).isEmpty());
        assertTrue(results.baseline().isBaseline());
        VariantResults merge = results.variant("merge").orElseThrow();
        assertFalse(merge.isBaseline());
        PairedComparison throughput = merge.versusBaseline(Metric.THROUGHPUT).orElseThrow();
        assertEquals(1.0, throughput.meanDiff(), 0.0);
        assertEquals(1.0, throughput.ciLow(), 0.0);
        assertEquals(1.0, throughput.ciHigh(), 0.0);
        assertEquals(1.0, throughput.probBetter(), 0.0);
        PairedComparison stress = merge.versusBaseline(Metric.STRESS).orElseThrow();
        assertEquals(0.0, stress.meanDiff(), 0.0);
        assertEquals(0.5, stress.probBetter(), 0.0);
    }

    @Test
    void eventsAreKeptPerReplication() {
        Results results = buildAll();
        assertEquals(List.of(), results.baseline().events(0));
        List<InterventionEvent> events = results.variant("merge").orElseThrow().events(2);
        assertEquals(1, events.size());
        assertEquals("Merge teams", events.get(0).rule());
        assertThrows(UnsupportedOperationException.class, () -> events.add(events.get(0)));
    }

    @Test
    void outOfOrderArrivalGivesBitIdenticalResults() {
        Scenario many = TestScenarios.scenario(3, 7, "baseline", "baseline", "other");
        SplittableRandom random = new SplittableRandom(7);
        double[][][] noise = new double[7][4][Metric.count()];
        for (double[][] replication : noise) {
            for (double[] week : replication) {
                for (int metric = 0; metric < week.length; metric++) {
                    week[metric] = random.nextDouble() * 1000;
                }
            }
        }
        TestScenarios.Values values = (replication, week, metric) -> noise[replication][week][metric.ordinal()];
        Results inOrder = TestScenarios.results(many, values);
        ResultsBuilder shuffled = new ResultsBuilder(many);
        for (int replication : new int[] {6, 2, 0, 5, 1, 3, 4}) {
            for (String variant : List.of("other", "baseline")) {
                RunRecord run = TestScenarios.run(variant, replication, 3, values);
                shuffled.accept(run);
                run.weekly()[3][0] = Double.NaN; // the builder must not keep the caller's arrays
            }
        }
        Results outOfOrder = shuffled.build();
        for (int variant = 0; variant < 2; variant++) {
            for (int week = 0; week <= 3; week++) {
                for (Metric metric : Metric.all()) {
                    assertEquals(inOrder.variants().get(variant).weekly(week, metric),
                            outOfOrder.variants().get(variant).weekly(week, metric));
                }
            }
        }
    }

    @Test
    void missingReplicationIsReportedAtBuild() {
        ResultsBuilder builder = new ResultsBuilder(scenario);
        for (String variant : List.of("baseline", "merge")) {
            for (int replication : new int[] {0, 2}) {
                builder.accept(TestScenarios.run(variant, replication, WEEKS, TestScenarios.constant(1)));
            }
        }
        IllegalStateException missing = assertThrows(IllegalStateException.class, builder::build);
        assertTrue(missing.getMessage().contains("replication 1"), missing.getMessage());
    }

    @Test
    void duplicatedReplicationIsRejected() {
        ResultsBuilder builder = new ResultsBuilder(scenario);
        builder.accept(TestScenarios.run("baseline", 0, WEEKS, TestScenarios.constant(1)));
        builder.accept(TestScenarios.run("baseline", 2, WEEKS, TestScenarios.constant(1)));
        assertThrows(IllegalStateException.class,
                () -> builder.accept(TestScenarios.run("baseline", 0, WEEKS, TestScenarios.constant(1))));
        assertThrows(IllegalStateException.class,
                () -> builder.accept(TestScenarios.run("baseline", 2, WEEKS, TestScenarios.constant(1))));
    }

    @Test
    void runsThatDoNotFitTheScenarioAreRejected() {
        ResultsBuilder builder = new ResultsBuilder(scenario);
        assertThrows(IllegalArgumentException.class,
                () -> builder.accept(TestScenarios.run("nobody", 0, WEEKS, TestScenarios.constant(1))));
        assertThrows(IllegalArgumentException.class,
                () -> builder.accept(TestScenarios.run("baseline", 3, WEEKS, TestScenarios.constant(1))));
        assertThrows(IllegalArgumentException.class,
                () -> builder.accept(TestScenarios.run("baseline", 0, WEEKS + 1, TestScenarios.constant(1))));
        assertThrows(IllegalArgumentException.class, () -> builder.accept(
                new RunRecord("baseline", 0, new double[WEEKS + 1][Metric.count() - 1], List.of())));
    }

    @Test
    void scenarioWithoutItsBaselineIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new ResultsBuilder(TestScenarios.scenario(2, 3, "missing", "baseline")));
    }

    @Test
    void resultsCarryTheScenario() {
        Results results = buildAll();
        assertEquals("test-scenario", results.scenarioName());
        assertEquals("a scenario for tests", results.description());
        assertEquals(WEEKS, results.weeks());
        assertEquals(REPLICATIONS, results.replications());
        assertEquals(42L, results.seed());
        assertEquals("baseline", results.baselineName());
        assertEquals(scenario.sourceText(), results.scenarioText());
        assertEquals("the merge variant", results.variants().get(1).description());
    }
}
