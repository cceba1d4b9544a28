package org.orgsim.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** PRIM finds a planted failing box, peels a grid level by level, and covers two separate boxes. */
class PrimTest {
    @Test
    void findsAPlantedBoxInNoisyData() {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {11, 12});
        int n = 600;
        double[][] points = new double[n][3];
        boolean[] failing = new boolean[n];
        for (int index = 0; index < n; index++) {
            for (int parameter = 0; parameter < 3; parameter++) {
                points[index][parameter] = random.nextDouble();
            }
            boolean inside = points[index][0] > 0.6 && points[index][1] < 0.3;
            // 5% label noise both ways: discovery must not need a perfect separation.
            failing[index] = random.nextDouble() < 0.05 ? !inside : inside;
        }
        Prim.Search search = new Prim().search(points, failing);
        PrimBox box = search.box();
        assertEquals(0.6, box.low()[0], 0.06, "lower limit of parameter 0: " + box);
        assertEquals(0.3, box.high()[1], 0.06, "upper limit of parameter 1: " + box);
        assertTrue(box.low()[2] < 0.1 && box.high()[2] > 0.9, "parameter 2 does not matter and stays (nearly) unrestricted: " + box);
        assertTrue(box.density() >= Prim.THRESHOLD, "density " + box.density());
        // With 5% noise about a fifth of the failing points lie outside the planted box: coverage
        // cannot pass ~0.8, and greedy peeling trades some of it for density.
        assertTrue(box.coverage() >= 0.6, "coverage " + box.coverage());
        // The trajectory starts with the whole design and its density rises as it is peeled.
        assertEquals(1.0, search.trajectory().get(0).mass(), 1e-12);
        assertEquals(1.0, search.trajectory().get(0).coverage(), 1e-12);
        assertTrue(search.trajectory().get(search.chosen()).density() > search.trajectory().get(0).density());
    }

    @Test
    void peelsAGridLevelByLevel() {
        double[] levels = {0.2, 0.4, 0.6, 0.8, 1.0};
        double[][] points = new double[25][];
        boolean[] failing = new boolean[25];
        int index = 0;
        for (double a : levels) {
            for (double b : levels) {
                points[index] = new double[] {a, b};
                failing[index++] = a >= 0.8;
            }
        }
        PrimBox box = new Prim().search(points, failing).box();
        assertEquals(0.8, box.low()[0], 1e-12, box.toString());
        assertEquals(1.0, box.density(), 1e-12);
        assertEquals(1.0, box.coverage(), 1e-12);
        assertEquals(0.2, box.low()[1], 1e-12, "the other parameter stays whole");
    }

    @Test
    void coveringFindsTwoSeparateBoxes() {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {3, 4});
        int n = 800;
        double[][] points = new double[n][2];
        boolean[] failing = new boolean[n];
        for (int index = 0; index < n; index++) {
            points[index][0] = random.nextDouble();
            points[index][1] = random.nextDouble();
            failing[index] = (points[index][0] < 0.25 && points[index][1] < 0.25) || (points[index][0] > 0.75 && points[index][1] > 0.75);
        }
        List<Prim.Search> boxes = new Prim().cover(points, failing, 3);
        assertTrue(boxes.size() >= 2, "two boxes: " + boxes.size());
        double covered = boxes.get(0).box().coverage() + boxes.get(1).box().coverage();
        assertTrue(covered > 0.8, "the two boxes cover most failing points: " + covered);
        for (Prim.Search search : boxes.subList(0, 2)) {
            assertTrue(search.box().density() >= Prim.THRESHOLD, "density " + search.box().density());
        }
    }

    @Test
    void nothingFailsNothingToPeel() {
        double[][] points = {{0.1}, {0.2}, {0.3}};
        assertTrue(new Prim().cover(points, new boolean[3], 3).isEmpty());
    }
}
