package org.orgsim.results;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.orgsim.contract.Metric;
import org.orgsim.scenario.Parameter;

/**
 * What a Morris screening produced ({@code sensitivity.csv}): per variant, parameter and metric,
 * μ* (the mean absolute elementary effect) and σ (the standard deviation of the elementary effects).
 *
 * <p>An elementary effect is the change of a metric (mean final value over replications) when one
 * parameter moves by Δ of its range, divided by Δ: the change per full range of the parameter, in
 * the metric's unit. Parameters with different units are therefore comparable. A large μ* means
 * the parameter matters for the metric; a σ that is large next to μ* means its effect depends on
 * the other parameters (interactions or non-linearity).
 *
 * @param trajectories trajectories of the design (r)
 * @param levels       grid levels (p)
 * @param replications replications per design point and variant
 * @param variants     variant names in scenario order
 * @param parameters   the screened parameters in the order written
 * @param metrics      the screened metrics in {@link Metric} order
 * @param effects      one per variant × parameter × metric, in that nesting order
 */
public record SensitivityResults(int trajectories, int levels, int replications, List<String> variants,
                                 List<Parameter> parameters, List<Metric> metrics, List<Effect> effects) {
    /**
     * @param muStar mean of |elementary effect| over trajectories
     * @param sigma  sample standard deviation of the elementary effects; NaN with one trajectory
     */
    public record Effect(String variant, Parameter parameter, Metric metric, double muStar, double sigma) {
        public Effect {
            Objects.requireNonNull(variant, "variant");
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(metric, "metric");
        }
    }

    public SensitivityResults {
        variants = List.copyOf(variants);
        parameters = List.copyOf(parameters);
        metrics = List.copyOf(metrics);
        effects = List.copyOf(effects);
        if (effects.size() != variants.size() * parameters.size() * metrics.size()) {
            throw new IllegalArgumentException("expected one effect per variant, parameter and metric, got "
                    + effects.size());
        }
    }

    /**
     * The parameters of one variant ranked by μ* for one metric, largest first; parameters with an
     * undefined μ* come last, ties keep the order written.
     */
    public List<Effect> ranking(String variant, Metric metric) {
        return effects.stream()
                .filter(effect -> effect.variant().equals(variant) && effect.metric() == metric)
                .sorted(Comparator.comparingDouble((Effect effect) -> Double.isNaN(effect.muStar())
                        ? Double.NEGATIVE_INFINITY : effect.muStar()).reversed())
                .toList();
    }
}
