package org.orgsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.orgsim.contract.Metric;

class PairedComparisonTest {

    @Test
    void identicalSeriesDifferByExactlyZeroWithProbabilityOneHalf() {
        double[] values = {41.3, 39.9, 44.123456789, 40.0};
        PairedComparison comparison = PairedComparison.of(values.clone(), values.clone(), Metric.THROUGHPUT);
        assertEquals(0.0, comparison.meanDiff(), 0.0);
        assertEquals(0.0, comparison.ciLow(), 0.0);
        assertEquals(0.0, comparison.ciHigh(), 0.0);
        assertEquals(0.5, comparison.probBetter(), 0.0);
    }

    @Test
    void lowerIsBetterCountsDecreasesAsImprovements() {
        double[] baseline = {0.30, 0.30, 0.30, 0.30};
        double[] variant = {0.20, 0.25, 0.30, 0.40};
        PairedComparison comparison = PairedComparison.of(variant, baseline, Metric.BURNOUT_RATE);
        // Two lower (better), one tie (one half), one higher (worse).
        assertEquals(2.5 / 4, comparison.probBetter(), 0.0);
        assertEquals(-0.0125, comparison.meanDiff(), 1e-12);
    }

    @Test
    void higherIsBetterCountsIncreasesAsImprovements() {
        double[] baseline = {10, 10, 10};
        double[] variant = {11, 12, 9};
        PairedComparison comparison = PairedComparison.of(variant, baseline, Metric.THROUGHPUT);
        assertEquals(2.0 / 3, comparison.probBetter(), 1e-15);
        assertEquals(2.0 / 3, PairedComparison.of(baseline, variant, Metric.CYCLE_TIME).probBetter(), 1e-15);
    }

    @Test
    void intervalIsTheStudentIntervalOfTheDifferences() {
        double[] baseline = {10, 20, 30, 40, 50};
        double[] variant = {11, 22, 33, 44, 55};
        PairedComparison comparison = PairedComparison.of(variant, baseline, Metric.THROUGHPUT);
        Estimate differences = Estimate.of(1, 2, 3, 4, 5);
        assertEquals(differences.mean(), comparison.meanDiff(), 1e-12);
        assertEquals(differences.ciLow(), comparison.ciLow(), 1e-12);
        assertEquals(differences.ciHigh(), comparison.ciHigh(), 1e-12);
        assertEquals(1.0, comparison.probBetter(), 0.0);
    }

    @Test
    void oneReplicationHasNoInterval() {
        PairedComparison comparison = PairedComparison.of(new double[] {2}, new double[] {1}, Metric.THROUGHPUT);
        assertEquals(1.0, comparison.meanDiff(), 0.0);
        assertFalse(comparison.hasInterval());
        assertEquals(1.0, comparison.probBetter(), 0.0);
    }

    @Test
    void undefinedValuesMakeTheShareUnknown() {
        PairedComparison comparison = PairedComparison.of(
                new double[] {1, Double.NaN}, new double[] {0, 0}, Metric.THROUGHPUT);
        assertTrue(Double.isNaN(comparison.probBetter()));
    }

    @Test
    void unequalLengthsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> PairedComparison.of(new double[2], new double[3], Metric.THROUGHPUT));
    }
}
