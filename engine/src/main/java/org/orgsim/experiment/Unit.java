package org.orgsim.experiment;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.orgsim.contract.RunRecord;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.Variant;

/**
 * One unit of an experiment: one replication of one variant of a scenario, at one design point.
 * It holds only what another JVM needs to run it again from the same scenario file (indices, seed,
 * horizon and the point's parameter values), so an executor may ship it to another machine.
 *
 * @param variant     index of the variant in the scenario's order
 * @param replication replication index, from 0
 * @param seed        the experiment's seed (the scenario's, or the command line's override)
 * @param weeks       the horizon in weeks
 * @param parameters  the swept parameters whose values override the variant's own (empty outside a
 *                    sweep or screening)
 * @param values      their values at this unit's design point, in the same order
 * @param finalsOnly  whether only the run's final values are needed (a sweep or screening point
 *                    folds nothing else): the result is then {@link RunRecord#finalsOnly()}, a row
 *                    instead of every week, which is what crosses the network and fills the journal
 */
public record Unit(int variant, int replication, long seed, int weeks, Parameter[] parameters, double[] values,
                   boolean finalsOnly) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Unit {
        if (parameters.length != values.length) {
            throw new IllegalArgumentException(parameters.length + " parameters but " + values.length + " values");
        }
        parameters = parameters.clone();
        values = values.clone();
    }

    /** A unit of the experiment proper, with the variant's own parameters. */
    static Unit of(int variant, int replication, long seed, int weeks) {
        return new Unit(variant, replication, seed, weeks, new Parameter[0], new double[0], false);
    }

    /** The variant this unit runs: the scenario's, with this design point's values applied. */
    public Variant variantIn(Scenario scenario) {
        Variant base = scenario.variants().get(variant);
        if (parameters.length == 0) {
            return base;
        }
        ParameterSet set = base.parameters();
        for (int index = 0; index < parameters.length; index++) {
            set = set.with(parameters[index], values[index]);
        }
        return base.withParameters(set);
    }

    /** The parameters as a list, for messages and tests. */
    public List<Parameter> parameterList() {
        return List.of(parameters);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Unit unit && variant == unit.variant && replication == unit.replication
                && seed == unit.seed && weeks == unit.weeks && Arrays.equals(parameters, unit.parameters)
                && Arrays.equals(values, unit.values) && finalsOnly == unit.finalsOnly;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * variant + replication) + Long.hashCode(seed)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Unit[variant=" + variant + ", replication=" + replication + ", seed=" + seed + ", weeks=" + weeks
                + ", parameters=" + Arrays.toString(parameters) + ", values=" + Arrays.toString(values)
                + ", finalsOnly=" + finalsOnly + "]";
    }
}
