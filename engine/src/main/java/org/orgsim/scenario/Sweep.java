package org.orgsim.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A parameter sweep: the experiment is repeated at every point of a design, each point's parameter
 * values overriding every variant's parameters.
 *
 * @param method     how the points are chosen
 * @param points     number of points of a Latin hypercube; for a grid the product of the values
 * @param parameters the swept parameters in the order written, each once
 * @param discovery  the question {@code orgsim run} asks of the sweep when it is done (the scenario's
 *                   {@code discovery:} block), or null for none
 */
public record Sweep(Method method, int points, List<SweptParameter> parameters, DiscoverySpec discovery) {
    /** How the points of a sweep are chosen. */
    public enum Method {
        /** Every combination of every parameter's listed values. */
        GRID,
        /** {@code points} points spread over the ranges so that each parameter's range is evenly covered. */
        LATIN_HYPERCUBE;

        /** The spelling in scenario files: {@code grid}, {@code latin-hypercube}. */
        public String yamlName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One swept parameter: a grid's values, or the range a Latin hypercube samples.
     *
     * @param parameter the parameter
     * @param values    a grid's values in the order written (at least one); empty for a Latin hypercube
     * @param range     the range a Latin hypercube samples; null for a grid
     */
    public record SweptParameter(Parameter parameter, List<Double> values, ParameterRange range) {
        public SweptParameter {
            Objects.requireNonNull(parameter, "parameter");
            values = List.copyOf(values);
            if (values.isEmpty() == (range == null)) {
                throw new IllegalArgumentException(parameter.key() + ": give either values or a range");
            }
        }

        static SweptParameter grid(Parameter parameter, List<Double> values) {
            return new SweptParameter(parameter, values, null);
        }

        static SweptParameter sampled(ParameterRange range) {
            return new SweptParameter(range.parameter(), List.of(), range);
        }
    }

    public Sweep {
        Objects.requireNonNull(method, "method");
        parameters = List.copyOf(parameters);
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one parameter");
        }
        if (points < 1) {
            throw new IllegalArgumentException("a sweep needs at least one point, was " + points);
        }
    }

    /** A sweep without a discovery question. */
    public Sweep(Method method, int points, List<SweptParameter> parameters) {
        this(method, points, parameters, null);
    }

    /** The same sweep, asking {@code question} when done. */
    public Sweep withDiscovery(DiscoverySpec question) {
        return new Sweep(method, points, parameters, question);
    }

    public List<Parameter> sweptParameters() {
        return parameters.stream().map(SweptParameter::parameter).toList();
    }
}
