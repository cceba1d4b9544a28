package org.orgsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.orgsim.contract.Metric;
import org.orgsim.results.PrecisionOutcome;
import org.orgsim.results.Results;
import org.orgsim.scenario.Scenario;

/**
 * {@code replications: auto} runs batches until the paired intervals are narrow enough: few
 * replications where common random numbers leave little noise, many where the variants' runs
 * diverge, and never more than the maximum.
 */
class AutomaticReplicationsTest {
    @Test
    void anEasyComparisonStopsAtTheMinimum() {
        // A 10% pay rise changes cost and nothing else: with common random numbers every other
        // headline metric is identical run by run, and cost moves almost deterministically.
        Results results = Studies.run(Studies.scenario(5, """
                replications: auto
                variants:
                  - name: baseline
                  - name: pay-rise
                    parameters: {cost.memberWeekly: 1650}
                """), 2);
        PrecisionOutcome outcome = results.precision();
        System.out.println("auto, easy (pay rise, headline metrics): " + results.replications()
                + " replications, met " + outcome.met() + ", widest " + outcome.worst());
        assertTrue(outcome.met(), outcome.toString());
        assertEquals(10, results.replications(), "the default minimum suffices");
        assertEquals(Metric.COST, outcome.worst().metric(), "only cost differs at all");
        assertTrue(outcome.worst().halfWidth() <= outcome.worst().allowed());
    }

    @Test
    void aHardComparisonRunsLongerAndMeetsItsTarget() {
        // Self-managing teams change who decides and how: the runs of the two variants diverge, so
        // the paired interval of engagement narrows only slowly.
        Results results = Studies.run(Studies.scenario(5, """
                replications: auto
                precision:
                  metrics: [engagement]
                variants:
                  - name: baseline
                  - name: horizontal
                    leadership: horizontal
                """), 2);
        PrecisionOutcome outcome = results.precision();
        System.out.println("auto, hard (horizontal, engagement): " + results.replications()
                + " replications, met " + outcome.met() + ", widest " + outcome.worst());
        assertTrue(outcome.met(), outcome.toString());
        assertTrue(results.replications() >= 30, "needs several batches, used " + results.replications());
        assertTrue(results.replications() < 200, "but not the maximum, used " + results.replications());
        assertEquals(0, (results.replications() - 10) % 10, "whole batches of 10 after the minimum");
    }

    @Test
    void aTargetOutOfReachStopsAtTheMaximumAndSaysSo() {
        // Weekly throughput is a count of a few items: 2% of its mean is beyond 40 replications.
        Results results = Studies.run(Studies.scenario(5, """
                replications: auto
                precision:
                  minimum: 8
                  batch: 16
                  maximum: 40
                variants:
                  - name: baseline
                  - name: busier
                    work: {arrivalsPerMemberPerWeek: 0.52}
                """), 2);
        PrecisionOutcome outcome = results.precision();
        System.out.println("auto, out of reach (4% more arrivals, headline metrics): " + results.replications()
                + " replications, met " + outcome.met() + ", widest " + outcome.worst());
        assertFalse(outcome.met());
        assertEquals(40, results.replications(), "8, 24, 40: the last batch is cut to the maximum");
        assertTrue(outcome.worst().halfWidth() > outcome.worst().allowed());
    }

    @Test
    void aSingleVariantIsHeldToTheIntervalOfItsOwnMean() {
        Results results = Studies.run(Studies.scenario(5, """
                replications: auto
                precision:
                  metrics: [headcount, cost]
                  relativeHalfWidth: 0.05
                  minimum: 4
                  batch: 4
                """), 1);
        PrecisionOutcome outcome = results.precision();
        assertTrue(outcome.met(), outcome.toString());
        assertEquals("baseline", outcome.worst().variant());
        double halfWidth = results.baseline().finalEstimate(outcome.worst().metric()).halfWidth();
        assertEquals(halfWidth, outcome.worst().halfWidth(), 1e-12);
    }

    @Test
    void theNumberUsedAndEveryResultAreTheSameForAnyThreadCount() {
        Scenario scenario = Studies.scenario(9, """
                replications: auto
                precision: {metrics: [stress], relativeHalfWidth: 0.05, minimum: 4, batch: 3, maximum: 30}
                variants:
                  - name: baseline
                  - name: horizontal
                    leadership: horizontal
                """);
        Results one = Studies.run(scenario, 1);
        Results four = Studies.run(scenario, 4);
        assertEquals(one.replications(), four.replications());
        assertEquals(one.precision(), four.precision());
        for (int variant = 0; variant < one.variants().size(); variant++) {
            for (Metric metric : Metric.all()) {
                assertEquals(one.variants().get(variant).finalEstimate(metric),
                        four.variants().get(variant).finalEstimate(metric), metric.key());
            }
        }
    }

    @Test
    void aFixedNumberOverridesAuto() {
        Scenario scenario = Studies.scenario(5, "replications: auto\n").withReplications(3);
        Results results = Studies.run(scenario, 2);
        assertEquals(3, results.replications());
        assertNull(results.precision());
    }
}
