package org.orgsim.scenario;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.orgsim.contract.Metric;

/**
 * Sensitivity screening by Morris' elementary effects: which parameters move which metrics.
 *
 * <p>The design has {@code trajectories} random trajectories of {@code parameters.size() + 1}
 * points each on a grid of {@code levels} levels per parameter; from one point to the next a single
 * parameter moves by Δ = levels / (2 (levels − 1)) of its range. Every point is run for every
 * variant and replication.
 *
 * @param trajectories trajectories r, at least 1 (σ needs 2)
 * @param levels       grid levels p, even and at least 2
 * @param parameters   the screened parameters with their ranges, in the order written
 * @param metrics      the metrics to screen, in {@link Metric} order
 * @param replications replications per point and variant; empty for the experiment's own number
 */
public record Sensitivity(int trajectories, int levels, List<ParameterRange> parameters, List<Metric> metrics,
                          OptionalInt replications) {
    public static final int DEFAULT_TRAJECTORIES = 10;
    public static final int DEFAULT_LEVELS = 4;

    public Sensitivity {
        parameters = List.copyOf(parameters);
        metrics = List.copyOf(metrics);
        Objects.requireNonNull(replications, "replications");
        if (trajectories < 1 || levels < 2 || levels % 2 != 0 || parameters.isEmpty() || metrics.isEmpty()) {
            throw new IllegalArgumentException("need trajectories >= 1, even levels >= 2, parameters and metrics");
        }
    }

    /** Δ, the step of one parameter between consecutive points of a trajectory, as a share of its range. */
    public double delta() {
        return levels / (2.0 * (levels - 1));
    }

    /** Points of the whole design: r (k + 1). */
    public int points() {
        return trajectories * (parameters.size() + 1);
    }
}
