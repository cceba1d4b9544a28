package org.orgsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunningMomentsTest {

    @Test
    void meanAndSampleVarianceOfOneToFive() {
        RunningMoments moments = new RunningMoments();
        for (int value = 1; value <= 5; value++) {
            moments.add(value);
        }
        assertEquals(5, moments.count());
        assertEquals(3.0, moments.mean(), 0.0);
        assertEquals(2.5, moments.variance(), 1e-15);
        assertEquals(Math.sqrt(2.5), moments.standardDeviation(), 1e-15);
    }

    @Test
    void emptyHasNoMeanAndOneValueHasNoVariance() {
        RunningMoments moments = new RunningMoments();
        assertTrue(Double.isNaN(moments.mean()));
        assertTrue(Double.isNaN(moments.variance()));
        moments.add(7.25);
        assertEquals(7.25, moments.mean(), 0.0);
        assertTrue(Double.isNaN(moments.variance()));
    }

    @Test
    void constantValuesHaveExactlyZeroVariance() {
        RunningMoments moments = new RunningMoments();
        for (int index = 0; index < 100; index++) {
            moments.add(0.1);
        }
        assertEquals(0.1, moments.mean(), 0.0);
        assertEquals(0.0, moments.variance(), 0.0);
    }

    @Test
    void staysAccurateFarFromZero() {
        // The textbook sum-of-squares formula loses every digit here; Welford's update does not.
        RunningMoments moments = new RunningMoments();
        for (double value : new double[] {1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16}) {
            moments.add(value);
        }
        assertEquals(1e9 + 10, moments.mean(), 1e-6);
        assertEquals(30.0, moments.variance(), 1e-6);
    }
}
