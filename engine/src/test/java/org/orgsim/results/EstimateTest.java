package org.orgsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void criticalValuesMatchPublishedTables() {
        assertEquals(12.706205, StudentT.criticalValue95(1), 1e-6);
        assertEquals(2.776445, StudentT.criticalValue95(4), 1e-6);
        assertEquals(2.009575, StudentT.criticalValue95(49), 1e-6);
        assertEquals(1.959964, StudentT.criticalValue95(1_000_000), 1e-5);
        assertEquals(StudentT.criticalValue95(4), StudentT.criticalValue95(4), 0.0);
        assertThrows(IllegalArgumentException.class, () -> StudentT.criticalValue95(0));
    }

    @Test
    void oneToFiveHasMeanThreeAndTheHandComputedInterval() {
        Estimate estimate = Estimate.of(1, 2, 3, 4, 5);
        double halfWidth = 2.776445 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(3.0, estimate.mean(), 0.0);
        assertEquals(5, estimate.n());
        assertEquals(3.0 - halfWidth, estimate.ciLow(), 1e-6);
        assertEquals(3.0 + halfWidth, estimate.ciHigh(), 1e-6);
        assertEquals(1.963243, estimate.halfWidth(), 1e-6);
        assertTrue(estimate.hasInterval());
    }

    @Test
    void singleValueHasAMeanButNoInterval() {
        Estimate estimate = Estimate.of(4.5);
        assertEquals(4.5, estimate.mean(), 0.0);
        assertEquals(1, estimate.n());
        assertTrue(Double.isNaN(estimate.ciLow()));
        assertTrue(Double.isNaN(estimate.ciHigh()));
        assertFalse(estimate.hasInterval());
    }

    @Test
    void noValuesHaveNoMean() {
        Estimate estimate = Estimate.of();
        assertEquals(0, estimate.n());
        assertTrue(Double.isNaN(estimate.mean()));
        assertFalse(estimate.hasInterval());
    }

    @Test
    void identicalValuesHaveAZeroWidthInterval() {
        Estimate estimate = Estimate.of(0.3, 0.3, 0.3);
        assertEquals(0.3, estimate.ciLow(), 0.0);
        assertEquals(0.3, estimate.ciHigh(), 0.0);
    }

    @Test
    void negativeCountIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Estimate(1, 0, 2, -1));
    }
}
