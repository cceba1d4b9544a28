package org.orgsim.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999, "Bump hunting in high-dimensional
 * data", Statistics and Computing 9:123-143), in the form scenario discovery uses it (Bryant and
 * Lempert 2010; the EMA Workbench's {@code prim} module): starting from the box that holds every
 * design point, repeatedly peel off the slice of points, at the low or high end of one parameter,
 * whose removal leaves the highest share of failing points (density) in the box. Each slice is
 * {@code peelAlpha} of the points still in the box (at least one distinct value of a parameter, so a
 * grid is peeled level by level). Peeling stops when a further peel would leave fewer than
 * {@code massMin} of all points. Every box on the way is kept (the peeling trajectory), and the box
 * chosen is the one with the highest coverage among those of density at least {@code threshold},
 * the denser of equals (the densest one if none reaches it). Covering then repeats the search on the points outside the
 * boxes found so far, for the few separate ranges in which a variant may fail.
 *
 * <p>Deterministic: ties go to the lower parameter index and to the low end. Pasting (growing the
 * chosen box back) is not done: on sweep designs of a few hundred points it rarely changes the box.
 */
public final class Prim {
    /** Defaults of the EMA Workbench. */
    public static final double PEEL_ALPHA = 0.05;
    public static final double MASS_MIN = 0.05;
    public static final double THRESHOLD = 0.8;

    private final double peelAlpha;
    private final double massMin;
    private final double threshold;

    public Prim(double peelAlpha, double massMin, double threshold) {
        if (!(peelAlpha > 0 && peelAlpha < 0.5) || !(massMin > 0 && massMin < 1) || !(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("PRIM needs 0 < peelAlpha < 0.5, 0 < massMin < 1, 0 < threshold <= 1");
        }
        this.peelAlpha = peelAlpha;
        this.massMin = massMin;
        this.threshold = threshold;
    }

    public Prim() {
        this(PEEL_ALPHA, MASS_MIN, THRESHOLD);
    }

    /**
     * One box search.
     *
     * @param trajectory every box from the full one to the last peel, in order
     * @param chosen     index into the trajectory of the box chosen
     */
    public record Search(List<PrimBox> trajectory, int chosen) {
        public Search {
            trajectory = List.copyOf(trajectory);
        }

        public PrimBox box() {
            return trajectory.get(chosen);
        }
    }

    /**
     * Up to {@code maxBoxes} searches by covering: each on the points not inside an earlier chosen
     * box, as long as failing points remain and the previous box reached the density threshold.
     * Coverage, density and mass always refer to the whole sweep's points.
     */
    public List<Search> cover(double[][] points, boolean[] failing, int maxBoxes) {
        int total = points.length;
        int failingTotal = count(failing, allOf(total));
        List<Search> searches = new ArrayList<>();
        boolean[] remaining = allOf(total);
        while (searches.size() < maxBoxes && failingTotal > 0) {
            int failingLeft = count(failing, remaining);
            if (failingLeft == 0) {
                break;
            }
            Search search = search(points, failing, remaining, total, failingTotal);
            searches.add(search);
            if (search.box().density() < threshold) {
                break;
            }
            for (int index = 0; index < total; index++) {
                if (remaining[index] && search.box().contains(points[index])) {
                    remaining[index] = false;
                }
            }
        }
        return List.copyOf(searches);
    }

    /** One peeling search over the points marked in {@code candidates}. */
    public Search search(double[][] points, boolean[] failing) {
        int failingTotal = count(failing, allOf(points.length));
        return search(points, failing, allOf(points.length), points.length, failingTotal);
    }

    private Search search(double[][] points, boolean[] failing, boolean[] candidates, int total, int failingTotal) {
        int dimensions = points.length == 0 ? 0 : points[0].length;
        double[] low = new double[dimensions];
        double[] high = new double[dimensions];
        Arrays.fill(low, Double.POSITIVE_INFINITY);
        Arrays.fill(high, Double.NEGATIVE_INFINITY);
        for (int index = 0; index < points.length; index++) {
            if (candidates[index]) {
                for (int parameter = 0; parameter < dimensions; parameter++) {
                    low[parameter] = Math.min(low[parameter], points[index][parameter]);
                    high[parameter] = Math.max(high[parameter], points[index][parameter]);
                }
            }
        }
        boolean[] inBox = candidates.clone();
        List<PrimBox> trajectory = new ArrayList<>();
        trajectory.add(box(low, high, points, failing, inBox, total, failingTotal));
        int minimumPoints = Math.max(1, (int) Math.ceil(massMin * total));
        while (true) {
            Peel best = null;
            for (int parameter = 0; parameter < dimensions; parameter++) {
                for (boolean fromBelow : new boolean[] {true, false}) {
                    Peel peel = peel(points, failing, inBox, parameter, fromBelow, minimumPoints);
                    if (peel != null && (best == null || peel.density > best.density
                            || (peel.density == best.density && peel.kept > best.kept))) {
                        best = peel;
                    }
                }
            }
            if (best == null) {
                break;
            }
            if (best.fromBelow) {
                low[best.parameter] = best.limit;
            } else {
                high[best.parameter] = best.limit;
            }
            for (int index = 0; index < points.length; index++) {
                if (inBox[index]) {
                    double value = points[index][best.parameter];
                    inBox[index] = value >= low[best.parameter] && value <= high[best.parameter];
                }
            }
            trajectory.add(box(low, high, points, failing, inBox, total, failingTotal));
        }
        return new Search(trajectory, choose(trajectory));
    }

    private int choose(List<PrimBox> trajectory) {
        int chosen = -1;
        for (int index = 0; index < trajectory.size(); index++) {
            PrimBox box = trajectory.get(index);
            PrimBox best = chosen < 0 ? null : trajectory.get(chosen);
            if (box.density() >= threshold && (best == null || box.coverage() > best.coverage()
                    || (box.coverage() == best.coverage() && box.density() > best.density()))) {
                chosen = index;
            }
        }
        if (chosen >= 0) {
            return chosen;
        }
        chosen = 0;
        for (int index = 1; index < trajectory.size(); index++) {
            if (trajectory.get(index).density() > trajectory.get(chosen).density()) {
                chosen = index;
            }
        }
        return chosen;
    }

    private record Peel(int parameter, boolean fromBelow, double limit, double density, int kept) {
    }

    /** The best slice at one end of one parameter, or null when none leaves enough points. */
    private Peel peel(double[][] points, boolean[] failing, boolean[] inBox, int parameter, boolean fromBelow, int minimumPoints) {
        int inside = 0;
        for (boolean in : inBox) {
            inside += in ? 1 : 0;
        }
        double[] values = new double[inside];
        int next = 0;
        for (int index = 0; index < points.length; index++) {
            if (inBox[index]) {
                values[next++] = points[index][parameter];
            }
        }
        Arrays.sort(values);
        if (values.length == 0 || values[0] == values[values.length - 1]) {
            return null;
        }
        int slice = Math.max(1, (int) Math.floor(peelAlpha * inside));
        // The new limit: the first value past the slice, moved past every copy of the last value
        // peeled so that a level of a grid goes whole or not at all.
        double limit;
        if (fromBelow) {
            double peeled = values[slice - 1];
            int first = slice;
            while (first < values.length && values[first] == peeled) {
                first++;
            }
            if (first >= values.length) {
                return null;
            }
            limit = values[first];
        } else {
            double peeled = values[values.length - slice];
            int last = values.length - slice - 1;
            while (last >= 0 && values[last] == peeled) {
                last--;
            }
            if (last < 0) {
                return null;
            }
            limit = values[last];
        }
        int kept = 0;
        int keptFailing = 0;
        for (int index = 0; index < points.length; index++) {
            if (inBox[index]) {
                double value = points[index][parameter];
                if (fromBelow ? value >= limit : value <= limit) {
                    kept++;
                    keptFailing += failing[index] ? 1 : 0;
                }
            }
        }
        if (kept < minimumPoints) {
            return null;
        }
        return new Peel(parameter, fromBelow, limit, (double) keptFailing / kept, kept);
    }

    private static PrimBox box(double[] low, double[] high, double[][] points, boolean[] failing, boolean[] inBox,
                               int total, int failingTotal) {
        int inside = 0;
        int insideFailing = 0;
        for (int index = 0; index < points.length; index++) {
            if (inBox[index]) {
                inside++;
                insideFailing += failing[index] ? 1 : 0;
            }
        }
        return new PrimBox(low, high, failingTotal == 0 ? 0 : (double) insideFailing / failingTotal,
                inside == 0 ? 0 : (double) insideFailing / inside, (double) inside / total, inside);
    }

    private static boolean[] allOf(int size) {
        boolean[] all = new boolean[size];
        Arrays.fill(all, true);
        return all;
    }

    private static int count(boolean[] failing, boolean[] among) {
        int count = 0;
        for (int index = 0; index < failing.length; index++) {
            count += failing[index] && among[index] ? 1 : 0;
        }
        return count;
    }
}
