package org.orgsim.discovery;

import java.util.Arrays;

/**
 * One box of a peeling trajectory: per parameter an inclusive range, and how well it isolates the
 * failing points.
 *
 * @param low      per parameter, the box's lower limit (inclusive)
 * @param high     per parameter, the box's upper limit (inclusive)
 * @param coverage share of all failing points (of the whole sweep) that lie inside the box
 * @param density  share of the points inside the box that fail
 * @param mass     share of all points of the sweep that lie inside the box
 * @param points   points inside the box
 */
public record PrimBox(double[] low, double[] high, double coverage, double density, double mass, int points) {
    public PrimBox {
        low = low.clone();
        high = high.clone();
    }

    @Override
    public double[] low() {
        return low.clone();
    }

    @Override
    public double[] high() {
        return high.clone();
    }

    double low(int parameter) {
        return low[parameter];
    }

    double high(int parameter) {
        return high[parameter];
    }

    boolean contains(double[] point) {
        for (int parameter = 0; parameter < low.length; parameter++) {
            if (point[parameter] < low[parameter] || point[parameter] > high[parameter]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PrimBox box && Arrays.equals(low, box.low) && Arrays.equals(high, box.high)
                && coverage == box.coverage && density == box.density && mass == box.mass && points == box.points;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(low) + Arrays.hashCode(high);
    }

    @Override
    public String toString() {
        return "PrimBox" + Arrays.toString(low) + "-" + Arrays.toString(high) + " coverage " + coverage + " density " + density;
    }
}
