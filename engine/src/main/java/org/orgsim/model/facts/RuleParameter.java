package org.orgsim.model.facts;

/**
 * A named number set by the scenario for a variant's rules ({@code ruleParameters: {p: 0.5}}), so
 * that one rule file serves several variants: {@code RuleParameter( name == "p", $p : value )}.
 * Present in every week and at every review of the run.
 */
public final class RuleParameter {
    private final String name;
    private final double value;

    public RuleParameter(String name, double value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public double getValue() {
        return value;
    }

    @Override
    public String toString() {
        return "RuleParameter(" + name + " = " + value + ")";
    }
}
