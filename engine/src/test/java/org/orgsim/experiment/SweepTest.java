package org.orgsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orgsim.contract.Metric;
import org.orgsim.results.ExperimentResults;
import org.orgsim.results.Results;
import org.orgsim.results.SweepResults;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterRange;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.Sweep;

class SweepTest {
    private static ExperimentResults runAll(Scenario scenario, int threads) throws InterruptedException {
        return new Experiment(scenario, threads).runAll(null);
    }

    @Test
    void aGridRunsEveryCombinationFirstParameterSlowest() {
        double[][] points = SweepDesign.grid(List.of(List.of(1.0, 2.0), List.of(10.0, 20.0, 30.0)));
        assertEquals(6, points.length);
        assertArrayEquals(new double[] {1, 10}, points[0]);
        assertArrayEquals(new double[] {1, 30}, points[2]);
        assertArrayEquals(new double[] {2, 10}, points[3]);
        assertArrayEquals(new double[] {2, 30}, points[5]);
    }

    @Test
    void aLatinHypercubePutsOnePointInEveryStratumOfEveryParameter() {
        List<ParameterRange> ranges = List.of(new ParameterRange(Parameter.ARRIVALS_PER_MEMBER, 0.4, 0.6),
                new ParameterRange(Parameter.SUPERVISION_HOURS_PER_REPORT, 0.25, 1.0));
        int points = 20;
        double[][] design = SweepDesign.latinHypercube(points, ranges,
                DesignStreams.stream(42, DesignStreams.LATIN_HYPERCUBE));
        for (int parameter = 0; parameter < ranges.size(); parameter++) {
            ParameterRange range = ranges.get(parameter);
            boolean[] hit = new boolean[points];
            for (double[] point : design) {
                double share = (point[parameter] - range.min()) / range.width();
                assertTrue(share >= 0 && share <= 1, "inside the range: " + point[parameter]);
                int stratum = Math.min(points - 1, (int) (share * points));
                assertFalse(hit[stratum], "two points in stratum " + stratum + " of " + range.parameter().key());
                hit[stratum] = true;
            }
        }
        double[][] again = SweepDesign.latinHypercube(points, ranges, DesignStreams.stream(42, DesignStreams.LATIN_HYPERCUBE));
        assertTrue(Arrays.deepEquals(design, again), "the same seed gives the same points");
        double[][] other = SweepDesign.latinHypercube(points, ranges, DesignStreams.stream(43, DesignStreams.LATIN_HYPERCUBE));
        assertFalse(Arrays.deepEquals(design, other), "another seed gives other points");
    }

    @Test
    void aLatinHypercubeRoundsWholeNumberParameters() {
        double[][] design = SweepDesign.latinHypercube(7, List.of(new ParameterRange(Parameter.VACANCY_WEEKS, 2, 12)),
                DesignStreams.stream(1, DesignStreams.LATIN_HYPERCUBE));
        for (double[] point : design) {
            assertEquals(Math.rint(point[0]), point[0]);
        }
    }

    @Test
    void aPointRunsTheSameAsAScenarioWithThoseParametersAndLeavesTheExperimentAlone() throws InterruptedException {
        Scenario swept = Studies.scenario(11, """
                replications: 3
                variants:
                  - name: baseline
                  - name: horizontal
                    leadership: horizontal
                    work: {arrivalsPerMemberPerWeek: 0.45}
                sweep:
                  parameters:
                    work.arrivalsPerMemberPerWeek: [0.4, 0.6]
                """);
        ExperimentResults everything = runAll(swept, 2);
        SweepResults sweep = everything.sweep();
        assertEquals(List.of(Parameter.ARRIVALS_PER_MEMBER), sweep.parameters());
        assertEquals(2, sweep.points());
        assertEquals(0.6, sweep.value(1, 0));
        assertEquals(3, sweep.replications());
        assertNull(everything.sensitivity());

        Results direct = Studies.run(Studies.scenario(11, """
                replications: 3
                work: {arrivalsPerMemberPerWeek: 0.6}
                variants:
                  - name: baseline
                  - name: horizontal
                    leadership: horizontal
                """), 1);
        for (Metric metric : Metric.all()) {
            assertEquals(direct.baseline().finalEstimate(metric), sweep.estimate(1, 0, metric), metric.key());
            assertEquals(direct.variant("horizontal").orElseThrow().finalEstimate(metric), sweep.estimate(1, 1, metric),
                    "the point overrides the variant's own value too: " + metric.key());
        }
        Results declared = Studies.run(swept, 1);
        for (Metric metric : Metric.all()) {
            assertEquals(declared.baseline().finalEstimate(metric), everything.results().baseline().finalEstimate(metric),
                    "the experiment itself runs as declared: " + metric.key());
        }
        assertNotEquals(sweep.estimate(0, 0, Metric.BACKLOG).mean(), sweep.estimate(1, 0, Metric.BACKLOG).mean());
    }

    @Test
    void sweepResultsAreIdenticalForAnyThreadCount() throws InterruptedException {
        Scenario scenario = Studies.scenario(13, """
                replications: 3
                variants:
                  - name: baseline
                  - name: horizontal
                    leadership: horizontal
                sweep:
                  method: latin-hypercube
                  points: 4
                  parameters:
                    work.arrivalsPerMemberPerWeek: {min: 0.4, max: 0.6}
                    leader.supervisionHoursPerReport: {min: 0.25, max: 1.0}
                """);
        SweepResults one = runAll(scenario, 1).sweep();
        SweepResults four = runAll(scenario, 4).sweep();
        assertEquals(Sweep.Method.LATIN_HYPERCUBE, scenario.sweep().method());
        for (int point = 0; point < one.points(); point++) {
            for (int parameter = 0; parameter < one.parameters().size(); parameter++) {
                assertEquals(one.value(point, parameter), four.value(point, parameter));
            }
            for (int variant = 0; variant < 2; variant++) {
                for (Metric metric : Metric.all()) {
                    assertEquals(one.estimate(point, variant, metric), four.estimate(point, variant, metric));
                }
            }
        }
    }

    @Test
    void theProgressCountsEverySweepRun() throws InterruptedException {
        Scenario scenario = Studies.scenario(13, """
                replications: 2
                sweep:
                  parameters:
                    work.arrivalsPerMemberPerWeek: {min: 0.4, max: 0.6, steps: 3}
                """);
        Experiment experiment = new Experiment(scenario, 2);
        assertEquals(2 + 3 * 2, experiment.plannedRuns(2));
        int[] last = new int[2];
        experiment.runAll((finished, total) -> {
            assertTrue(finished <= total);
            last[0] = finished;
            last[1] = total;
        });
        assertArrayEquals(new int[] {8, 8}, last);
    }
}
