package org.orgsim.scenario;

import java.util.Arrays;

/**
 * An immutable assignment of a value to every {@link Parameter}. Reads are array lookups because
 * the model asks for parameters in its inner loops.
 */
public final class ParameterSet {
    private static final ParameterSet DEFAULTS = new ParameterSet(
            Arrays.stream(Parameter.values()).mapToDouble(Parameter::defaultValue).toArray());

    private final double[] values;

    private ParameterSet(double[] values) {
        this.values = values;
    }

    public static ParameterSet defaults() {
        return DEFAULTS;
    }

    public double get(Parameter parameter) {
        return values[parameter.ordinal()];
    }

    /** A copy with one value replaced; the range is the loader's business, not checked here. */
    public ParameterSet with(Parameter parameter, double value) {
        double[] copy = values.clone();
        copy[parameter.ordinal()] = value;
        return new ParameterSet(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterSet set && Arrays.equals(values, set.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ParameterSet{");
        for (Parameter parameter : Parameter.values()) {
            if (get(parameter) != parameter.defaultValue()) {
                text.append(parameter.key()).append('=').append(get(parameter)).append(' ');
            }
        }
        return text.append('}').toString();
    }
}
