package org.orgsim.calibration;

import java.util.List;

/**
 * The outcome of {@code orgsim calibrate --effects}.
 *
 * @param replications replications per variant, or 0 when each scenario ran its own
 * @param results      one per {@link EffectCheck}, in its order
 */
public record EffectsReport(int replications, List<EffectResult> results) {
    public EffectsReport {
        results = List.copyOf(results);
    }

    public long failed() {
        return results.stream().filter(result -> !result.passes()).count();
    }

    public boolean passes() {
        return failed() == 0;
    }
}
