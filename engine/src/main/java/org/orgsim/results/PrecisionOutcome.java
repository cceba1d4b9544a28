package org.orgsim.results;

import java.util.Objects;
import org.orgsim.contract.Metric;
import org.orgsim.scenario.Precision;

/**
 * How close an experiment with {@code replications: auto} came to its {@link Precision} target.
 *
 * @param target the target the scenario set
 * @param met    true when every held interval is at most its allowed half-width
 * @param worst  the interval furthest from its target (largest half-width / allowed), met or not
 */
public record PrecisionOutcome(Precision target, boolean met, Worst worst) {
    public PrecisionOutcome {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(worst, "worst");
    }

    /**
     * One held interval: the paired difference of {@code variant} versus the baseline on
     * {@code metric}, or, in a scenario with a single variant, that variant's own mean.
     *
     * @param halfWidth half-width of its 95% interval
     * @param allowed   the largest half-width the target accepts for it
     */
    public record Worst(String variant, Metric metric, double halfWidth, double allowed) {
        public Worst {
            Objects.requireNonNull(variant, "variant");
            Objects.requireNonNull(metric, "metric");
        }

        /** True when the half-width is within the allowed one (an undefined half-width is not). */
        public boolean isMet() {
            return halfWidth <= allowed;
        }

        /** Half-width over allowed half-width: at most 1 when met; infinite when nothing is allowed or undefined. */
        public double ratio() {
            if (Double.isNaN(halfWidth) || Double.isNaN(allowed)) {
                return Double.POSITIVE_INFINITY;
            }
            if (allowed == 0) {
                return halfWidth == 0 ? 0 : Double.POSITIVE_INFINITY;
            }
            return halfWidth / allowed;
        }
    }
}
