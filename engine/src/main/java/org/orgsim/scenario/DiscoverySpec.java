package org.orgsim.scenario;

import java.util.Objects;
import java.util.Optional;
import org.orgsim.contract.Metric;

/**
 * A scenario's {@code discovery:} block: after its sweep, {@code orgsim run} asks where a variant
 * fails, as {@code orgsim discover DIR --metric M --worse-than X [--vs-baseline] [--variant V]}
 * would (PRIM; docs/scenarios.md).
 *
 * @param metric     the metric judged
 * @param worseThan  a design point fails when the metric is worse than this (above it for a metric
 *                   where lower is better, below it otherwise)
 * @param vsBaseline judge the variant's difference from the baseline at the same point, not its level
 * @param variant    one variant to judge, or null for every variant
 */
public record DiscoverySpec(Metric metric, double worseThan, boolean vsBaseline, String variant) {
    public DiscoverySpec {
        Objects.requireNonNull(metric, "metric");
        if (!Double.isFinite(worseThan)) {
            throw new IllegalArgumentException("worseThan must be finite, was " + worseThan);
        }
    }

    public Optional<String> onlyVariant() {
        return Optional.ofNullable(variant);
    }
}
