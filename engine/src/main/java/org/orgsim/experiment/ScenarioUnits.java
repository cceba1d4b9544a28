package org.orgsim.experiment;

import java.util.Map;
import java.util.Objects;
import org.orgsim.contract.RunRecord;
import org.orgsim.rules.VariantRuns;
import org.orgsim.scenario.Scenario;

/**
 * Runs units of one scenario: every variant's rule files compiled once (variants with the same
 * files share one rule base), each unit opening only a cheap session. Thread-safe; an executor on
 * another machine builds one per JVM from the same scenario file and reuses it for all its tasks.
 */
public final class ScenarioUnits {
    private final Scenario scenario;
    private final Map<String, VariantRuns> prepared;

    /** Compiles every variant's rules now, so a rule that does not compile fails before anything runs. */
    public ScenarioUnits(Scenario scenario) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.prepared = Experiment.prepare(scenario);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Runs one unit: same unit, same bits, in any JVM. */
    public RunRecord run(Unit unit) {
        RunRecord run = prepared.get(scenario.variants().get(unit.variant()).name())
                .run(unit.variantIn(scenario), unit.seed(), unit.replication(), unit.weeks());
        return unit.finalsOnly() ? run.finalsOnly() : run;
    }
}
