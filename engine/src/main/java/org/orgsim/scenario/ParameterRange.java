package org.orgsim.scenario;

import java.util.Objects;

/**
 * A stretch of one parameter's values, for sweeps and sensitivity screening; within the parameter's
 * own allowed range, and not empty ({@code min < max}).
 */
public record ParameterRange(Parameter parameter, double min, double max) {
    public ParameterRange {
        Objects.requireNonNull(parameter, "parameter");
        if (!(min < max)) {
            throw new IllegalArgumentException(parameter.key() + ": empty range " + min + " .. " + max);
        }
    }

    /**
     * The value at {@code share} of the way from min to max (0 = min, 1 = max), rounded for
     * parameters counted in whole units.
     */
    public double at(double share) {
        double value = share >= 1 ? max : share <= 0 ? min : Math.min(max, min + share * (max - min));
        return parameter.isWholeNumber() ? Math.round(value) : value;
    }

    public double width() {
        return max - min;
    }
}
