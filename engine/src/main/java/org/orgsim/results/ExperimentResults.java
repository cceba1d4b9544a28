package org.orgsim.results;

import java.util.Objects;

/**
 * Everything one {@code orgsim run} of a scenario produced: the experiment as declared (the
 * contract's files), and the sweep and sensitivity screening when the scenario asks for them.
 *
 * @param results     the experiment: every variant × replication at the scenario's own parameters
 * @param sweep       the sweep ({@code sweep.csv}), or null when the scenario has none
 * @param sensitivity the Morris screening ({@code sensitivity.csv}), or null when the scenario has none
 */
public record ExperimentResults(Results results, SweepResults sweep, SensitivityResults sensitivity) {
    public ExperimentResults {
        Objects.requireNonNull(results, "results");
    }
}
