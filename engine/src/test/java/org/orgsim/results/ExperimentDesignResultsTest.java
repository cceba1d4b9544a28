package org.orgsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.contract.Metric;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.Precision;
import org.orgsim.scenario.Scenario;

/** Growing the builder by batches, assessing a precision target, and writing sweep and sensitivity files. */
class ExperimentDesignResultsTest {
    private static final int WEEKS = 2;

    @TempDir
    Path temporary;

    /** Baseline 100 + r in replication r; the variant adds 1 + 0.1 (r mod 2) to it. */
    private static final TestScenarios.Values BASELINE = (replication, week, metric) -> 100 + replication;
    private static final TestScenarios.Values VARIANT = (replication, week, metric) ->
            101 + replication + 0.1 * (replication % 2);

    private static void fold(ResultsBuilder builder, int from, int to) {
        for (int replication = from; replication < to; replication++) {
            builder.accept(TestScenarios.run("baseline", replication, WEEKS, BASELINE));
            builder.accept(TestScenarios.run("other", replication, WEEKS, VARIANT));
        }
    }

    @Test
    void theBuilderGrowsByBatchesAndAssessesThePairedDifferences() {
        Scenario scenario = TestScenarios.scenario(WEEKS, 4, "baseline", "baseline", "other");
        ResultsBuilder builder = new ResultsBuilder(scenario);
        fold(builder, 0, 4);
        Precision loose = new Precision(List.of(Metric.COST, Metric.STRESS), 0.002, 0, 4, 4, 12);
        Precision tight = new Precision(List.of(Metric.COST, Metric.STRESS), 0.0001, 0, 4, 4, 12);

        // Differences 1, 1.1, 1, 1.1: variance 1/300, half-width t(3) x sqrt(1/300) / sqrt(4) = 0.0919.
        double halfWidth = StudentT.criticalValue95(3) * Math.sqrt(1.0 / 300) / 2;
        PrecisionOutcome met = builder.assess(loose);
        assertTrue(met.met(), met.toString());
        assertEquals("other", met.worst().variant());
        assertEquals(Metric.COST, met.worst().metric(), "ties keep the first metric");
        assertEquals(halfWidth, met.worst().halfWidth(), 1e-12);
        assertEquals(0.002 * 101.5, met.worst().allowed(), 1e-12);
        assertFalse(builder.assess(tight).met());

        builder.extendTo(8);
        assertEquals(8, builder.replications());
        assertThrows(IllegalStateException.class, builder::build, "the new batch is still missing");
        fold(builder, 4, 8);
        Results results = builder.build();
        assertEquals(8, results.replications());
        assertEquals(8, results.baseline().finalValues(Metric.COST).length);
        assertEquals(103.5, results.baseline().finalEstimate(Metric.COST).mean(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> builder.extendTo(6), "never shrinks");
        assertThrows(IllegalArgumentException.class,
                () -> builder.accept(TestScenarios.run("baseline", 8, WEEKS, BASELINE)), "beyond the batch");
    }

    @Test
    void aSingleVariantIsAssessedOnItsOwnMeanAndZeroAllowedIsMetOnlyByZero() {
        Scenario scenario = TestScenarios.scenario(WEEKS, 3, "baseline", "baseline");
        ResultsBuilder builder = new ResultsBuilder(scenario);
        for (int replication = 0; replication < 3; replication++) {
            builder.accept(TestScenarios.run("baseline", replication, WEEKS,
                    (index, week, metric) -> metric == Metric.ATTRITION ? 0 : 10 + index));
        }
        PrecisionOutcome outcome = builder.assess(new Precision(List.of(Metric.ATTRITION), 0.5, 0, 1, 2, 5));
        assertTrue(outcome.met(), "no spread, nothing allowed: met");
        assertEquals(0.0, outcome.worst().ratio());
        PrecisionOutcome headcount = builder.assess(new Precision(List.of(Metric.HEADCOUNT), 0.5, 0, 1, 2, 5));
        assertEquals("baseline", headcount.worst().variant());
        assertEquals(Estimate.of(10, 11, 12).halfWidth(), headcount.worst().halfWidth(), 1e-12);
        assertEquals(5.5, headcount.worst().allowed(), 1e-12);
        assertTrue(headcount.met());
        // 4.303 (t, 2 degrees of freedom) / sqrt(3) = 2.48 > 2
        PrecisionOutcome floor = builder.assess(new Precision(List.of(Metric.HEADCOUNT), 0, 2, 1, 2, 5));
        assertEquals(2, floor.worst().allowed());
        assertFalse(floor.met());
    }

    @Test
    void summaryShowsThePrecisionOutcomeAfterTheReplications() throws IOException {
        Scenario scenario = TestScenarios.scenario(WEEKS, 4, "baseline", "baseline", "other");
        ResultsBuilder builder = new ResultsBuilder(scenario);
        fold(builder, 0, 4);
        Precision target = new Precision(List.of(Metric.THROUGHPUT, Metric.COST), 0.002, 0.5, 4, 4, 12);
        Results results = builder.build().withPrecision(builder.assess(target));
        Path out = temporary.resolve("out");
        ResultsWriter.write(results, ManifestTest.sample(), out);
        JsonNode root = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("scenario", "description", "replications", "precision", "weeks", "seed", "baseline",
                "variants"), fields);
        JsonNode precision = root.get("precision");
        assertEquals("[\"throughput\",\"cost\"]", precision.get("target").get("metrics").toString());
        assertEquals(0.002, precision.get("target").get("relativeHalfWidth").asDouble());
        assertEquals(0.5, precision.get("target").get("absoluteHalfWidth").asDouble());
        assertEquals(4, precision.get("target").get("batch").asInt());
        assertEquals(4, precision.get("target").get("minimum").asInt());
        assertEquals(12, precision.get("target").get("maximum").asInt());
        assertTrue(precision.get("met").asBoolean());
        assertEquals("other", precision.get("worst").get("variant").asText());
        assertEquals("throughput", precision.get("worst").get("metric").asText());
        assertEquals(0.5, precision.get("worst").get("allowed").asDouble());
        assertEquals(StudentT.criticalValue95(3) * Math.sqrt(1.0 / 300) / 2,
                precision.get("worst").get("halfWidth").asDouble(), 1e-6);
    }

    @Test
    void sweepCsvIsTidy() throws IOException {
        Scenario scenario = TestScenarios.scenario(WEEKS, 2, "baseline", "baseline", "other");
        Estimate[][][] estimates = new Estimate[2][2][Metric.count()];
        for (int point = 0; point < 2; point++) {
            for (int variant = 0; variant < 2; variant++) {
                for (Metric metric : Metric.all()) {
                    estimates[point][variant][metric.ordinal()] = Estimate.of(point, variant + 1.0 / 3);
                }
            }
        }
        SweepResults sweep = new SweepResults(List.of(Parameter.ARRIVALS_PER_MEMBER, Parameter.VACANCY_WEEKS),
                List.of("baseline", "other"), 2, new double[][] {{0.4, 8}, {0.6, 12}}, estimates);
        Path out = temporary.resolve("out");
        ResultsWriter.write(new ExperimentResults(TestScenarios.results(scenario, TestScenarios.constant(1)), sweep, null),
                ManifestTest.sample(), out, List.of());
        List<String> lines = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals("point,work.arrivalsPerMemberPerWeek,hiring.vacancyWeeks,variant,metric,mean,ci_low,ci_high",
                lines.get(0));
        assertEquals(1 + 2 * 2 * Metric.recordedWithoutCareers().size(), lines.size());
        Estimate first = Estimate.of(0, 1.0 / 3);
        assertEquals("0,0.4,8,baseline,throughput," + Numbers.format(first.mean()) + ","
                + Numbers.format(first.ciLow()) + "," + Numbers.format(first.ciHigh()), lines.get(1));
        assertTrue(lines.get(1 + Metric.recordedWithoutCareers().size()).startsWith("0,0.4,8,other,throughput,"));
        assertTrue(lines.get(lines.size() - 1).startsWith("1,0.6,12,other,sick_leave,"));
        assertFalse(Files.exists(out.resolve("sensitivity.csv")));
    }

    @Test
    void sensitivityCsvAndRanking() throws IOException {
        Scenario scenario = TestScenarios.scenario(WEEKS, 2, "baseline", "baseline");
        List<SensitivityResults.Effect> effects = List.of(
                new SensitivityResults.Effect("baseline", Parameter.MEMBER_WEEKLY_COST, Metric.BACKLOG, 0, 0),
                new SensitivityResults.Effect("baseline", Parameter.ARRIVALS_PER_MEMBER, Metric.BACKLOG, 4.5, 1.25),
                new SensitivityResults.Effect("baseline", Parameter.STRESS_BASELINE, Metric.BACKLOG, Double.NaN, Double.NaN));
        SensitivityResults sensitivity = new SensitivityResults(1, 4, 3, List.of("baseline"),
                List.of(Parameter.MEMBER_WEEKLY_COST, Parameter.ARRIVALS_PER_MEMBER, Parameter.STRESS_BASELINE),
                List.of(Metric.BACKLOG), effects);
        assertEquals(List.of(Parameter.ARRIVALS_PER_MEMBER, Parameter.MEMBER_WEEKLY_COST, Parameter.STRESS_BASELINE),
                sensitivity.ranking("baseline", Metric.BACKLOG).stream().map(SensitivityResults.Effect::parameter).toList());
        Path out = temporary.resolve("out");
        ResultsWriter.write(new ExperimentResults(TestScenarios.results(scenario, TestScenarios.constant(1)), null,
                sensitivity), ManifestTest.sample(), out, List.of());
        assertEquals("""
                variant,parameter,metric,mu_star,sigma
                baseline,cost.memberWeekly,backlog,0,0
                baseline,work.arrivalsPerMemberPerWeek,backlog,4.5,1.25
                baseline,stress.baseline,backlog,,
                """, Files.readString(out.resolve("sensitivity.csv")));
        assertThrows(IllegalArgumentException.class, () -> new SensitivityResults(1, 4, 3, List.of("baseline"),
                List.of(Parameter.MEMBER_WEEKLY_COST), List.of(Metric.BACKLOG, Metric.COST), effects.subList(0, 1)));
    }

    @Test
    void aStagingDirectoryAbandonedWhileWritingLeavesNothing() throws IOException {
        Path out = temporary.resolve("new/parent/out");
        IOException stopped = assertThrows(IOException.class, () -> StagedDirectory.create(out, staging -> {
            Files.writeString(staging.resolve("half.csv"), "a,b\n");
            StagedDirectory.abandonAll(); // what the shutdown hook does on Ctrl-C
            Files.writeString(staging.resolve("second.csv"), "c,d\n");
        }));
        assertFalse(Files.exists(out), stopped.toString());
        assertFalse(Files.exists(temporary.resolve("new")), "parents created for the output are removed too");
        try (Stream<Path> left = Files.list(temporary)) {
            assertEquals(List.of(), left.toList());
        }
        // Only the directories in progress were abandoned: the next output is written as usual.
        StagedDirectory.create(out, staging -> Files.writeString(staging.resolve("whole.csv"), "x\n"));
        assertEquals("x\n", Files.readString(out.resolve("whole.csv")));
    }

    @Test
    void aStagingDirectoryAbandonedBeforePublishingIsNotPublished() {
        Path out = temporary.resolve("out");
        assertThrows(IOException.class, () -> StagedDirectory.create(out, staging -> {
            Files.writeString(staging.resolve("complete.csv"), "a\n");
            StagedDirectory.abandonAll();
            Files.createDirectories(staging); // the writer raced the hook and recreated its directory
        }));
        assertFalse(Files.exists(out));
    }
}
