package org.orgsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.scenario.Period;
import org.orgsim.scenario.Scenario;

/** Impacts over periods: means of the weekly values, totals, per-head figures, paired differences. */
class PeriodResultsTest {
    private static final int WEEKS = 12;
    private static final int REPLICATIONS = 4;

    /** Distinct values per replication, week and metric, so a wrong week or pairing shows. */
    private static double value(String variant, int replication, int week, Metric metric) {
        double base = switch (metric) {
            case HEADCOUNT -> 20 + (variant.equals("bigger") ? 4 : 0) + (week % 3);
            case ATTRITION -> 0.01 * week;
            case BURNOUT_RATE, SICK_LEAVE -> 0.05 + 0.001 * week;
            default -> metric.ordinal() + 0.5 * week;
        };
        return base + 0.25 * replication + (variant.equals("baseline") ? 0 : 0.1 * week * (replication + 1));
    }

    private static Scenario scenario(String... variants) {
        Scenario plain = TestScenarios.scenario(WEEKS, REPLICATIONS, "baseline", variants);
        return new Scenario(plain.name(), plain.description(), WEEKS, REPLICATIONS, plain.seed(), plain.baseline(),
                plain.variants(), null, plain.sourceText(), null, null, null, List.of(new Period("late", 5, 12)));
    }

    private static Results results(Scenario scenario, InterventionEvent... events) {
        ResultsBuilder builder = new ResultsBuilder(scenario);
        for (var variant : scenario.variants()) {
            for (int replication = 0; replication < REPLICATIONS; replication++) {
                String name = variant.name();
                builder.accept(TestScenarios.run(name, replication, WEEKS,
                        (r, week, metric) -> value(name, r, week, metric),
                        name.equals("hiring") && replication == 0 ? events : new InterventionEvent[0]));
            }
        }
        return builder.build();
    }

    @Test
    void periodMeansAreTheMeanOfTheWeeklyValuesOverThePeriod() {
        Results results = results(scenario("baseline", "other"));
        PeriodResults figures = results.variant("other").orElseThrow().periods().orElseThrow();
        assertEquals(List.of(Period.HORIZON, "late"), figures.periods().stream().map(Period::name).toList());
        int stress = figures.measures().indexOf("stress");
        for (int replication = 0; replication < REPLICATIONS; replication++) {
            double horizon = 0;
            for (int week = 1; week <= WEEKS; week++) {
                horizon += value("other", replication, week, Metric.STRESS);
            }
            assertEquals(horizon / WEEKS, figures.value(replication, 0, stress), 1e-12);
            double late = 0;
            for (int week = 5; week <= 12; week++) {
                late += value("other", replication, week, Metric.STRESS);
            }
            assertEquals(late / 8, figures.value(replication, 1, stress), 1e-12);
        }
        double mean = 0;
        for (int replication = 0; replication < REPLICATIONS; replication++) {
            mean += figures.value(replication, 1, stress) / REPLICATIONS;
        }
        assertEquals(mean, figures.estimate(1, stress).mean(), 1e-12);
    }

    @Test
    void totalsAndPerHeadFiguresAreComputedFromTheWeeks() {
        Results results = results(scenario("baseline", "other"));
        PeriodResults figures = results.baseline().periods().orElseThrow();
        PeriodMeasures measures = figures.measures();
        int replication = 2;
        double items = 0;
        double perHead = 0;
        double burnoutWeeks = 0;
        for (int week = 5; week <= 12; week++) {
            double people = value("baseline", replication, week, Metric.HEADCOUNT);
            items += value("baseline", replication, week, Metric.THROUGHPUT);
            perHead += value("baseline", replication, week, Metric.COST) / people / 8;
            burnoutWeeks += value("baseline", replication, week, Metric.BURNOUT_RATE) * people;
        }
        assertEquals(items, figures.value(replication, 1, measures.indexOf("items_delivered")), 1e-9);
        assertEquals(perHead, figures.value(replication, 1, measures.indexOf("cost_per_head")), 1e-9);
        assertEquals(burnoutWeeks, figures.value(replication, 1, measures.indexOf("burnout_person_weeks")), 1e-9);
        // attrition over a period: the share of the initial staff who left in it (weeks 5..12: 0.12 - 0.04)
        assertEquals(0.08, figures.value(replication, 1, measures.indexOf("attrition")), 1e-9);
        assertEquals(0.08 * value("baseline", replication, 0, Metric.HEADCOUNT),
                figures.value(replication, 1, measures.indexOf("leavers")), 1e-9);
    }

    @Test
    void differencesArePairedReplicationByReplication() {
        Results results = results(scenario("baseline", "other"));
        PeriodResults other = results.variant("other").orElseThrow().periods().orElseThrow();
        PeriodResults baseline = results.baseline().periods().orElseThrow();
        int throughput = other.measures().indexOf("throughput");
        double[] differences = new double[REPLICATIONS];
        double[] variantValues = new double[REPLICATIONS];
        double[] baselineValues = new double[REPLICATIONS];
        for (int replication = 0; replication < REPLICATIONS; replication++) {
            variantValues[replication] = other.value(replication, 0, throughput);
            baselineValues[replication] = baseline.value(replication, 0, throughput);
            differences[replication] = variantValues[replication] - baselineValues[replication];
        }
        PairedComparison expected = PairedComparison.of(variantValues, baselineValues, Metric.Direction.HIGHER_IS_BETTER);
        assertEquals(expected, other.versusBaseline(0, throughput).orElseThrow());
        // The variant adds 0.1 × week × (replication + 1): paired differences grow with the replication.
        assertTrue(differences[3] > differences[0]);
        assertTrue(baseline.versusBaseline(0, throughput).isEmpty());
    }

    @Test
    void sizeChangesByDesignAreDetected() {
        Results sameSize = results(scenario("baseline", "other"));
        assertFalse(sameSize.variant("other").orElseThrow().periods().orElseThrow().sizeByDesign().isPresent());

        Results bigger = results(scenario("baseline", "bigger"));
        assertTrue(bigger.variant("bigger").orElseThrow().periods().orElseThrow().sizeByDesign().orElseThrow()
                .contains("initial organization"));

        Results hiring = results(scenario("baseline", "hiring"), new InterventionEvent(3, "Grow", "hire", "a", "2 people"));
        assertTrue(hiring.variant("hiring").orElseThrow().periods().orElseThrow().sizeByDesign().orElseThrow()
                .contains("hire"));
        assertTrue(PeriodMeasures.SIZE_BY_CONSTRUCTION.containsAll(List.of("headcount", "throughput", "cost")));
        assertFalse(PeriodMeasures.SIZE_BY_CONSTRUCTION.contains("throughput_per_head"));
    }
}
