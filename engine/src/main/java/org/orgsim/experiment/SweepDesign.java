package org.orgsim.experiment;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.orgsim.scenario.ParameterRange;
import org.orgsim.scenario.Sweep;

/** The points of a sweep: parameter values [point][swept parameter, in the order written]. */
final class SweepDesign {
    private SweepDesign() {
    }

    static double[][] points(Sweep sweep, long seed) {
        return switch (sweep.method()) {
            case GRID -> grid(sweep.parameters().stream().map(Sweep.SweptParameter::values).toList());
            case LATIN_HYPERCUBE -> latinHypercube(sweep.points(),
                    sweep.parameters().stream().map(Sweep.SweptParameter::range).toList(),
                    DesignStreams.stream(seed, DesignStreams.LATIN_HYPERCUBE));
        };
    }

    /** Every combination, the first parameter changing slowest (as nested loops in the order written). */
    static double[][] grid(List<List<Double>> values) {
        int points = 1;
        for (List<Double> parameterValues : values) {
            points *= parameterValues.size();
        }
        double[][] design = new double[points][values.size()];
        for (int point = 0; point < points; point++) {
            int rest = point;
            for (int parameter = values.size() - 1; parameter >= 0; parameter--) {
                List<Double> parameterValues = values.get(parameter);
                design[point][parameter] = parameterValues.get(rest % parameterValues.size());
                rest /= parameterValues.size();
            }
        }
        return design;
    }

    /**
     * A random Latin hypercube of {@code points} points: each parameter's range is cut into
     * {@code points} equal strata, every stratum holds exactly one point, the strata are paired
     * across parameters by an independent random permutation per parameter, and each point lies
     * uniformly at random within its stratum. Parameters counted in whole units are rounded.
     */
    static double[][] latinHypercube(int points, List<ParameterRange> ranges, UniformRandomProvider random) {
        double[][] design = new double[points][ranges.size()];
        for (int parameter = 0; parameter < ranges.size(); parameter++) {
            int[] strata = DesignStreams.permutation(points, random);
            for (int point = 0; point < points; point++) {
                double share = (strata[point] + random.nextDouble()) / points;
                design[point][parameter] = ranges.get(parameter).at(share);
            }
        }
        return design;
    }
}
