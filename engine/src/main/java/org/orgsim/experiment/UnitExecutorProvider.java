package org.orgsim.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.orgsim.results.OutputContribution;

/**
 * An executor other than the local pool, found with {@link ServiceLoader} so that the engine and the
 * default command line never need it on the class path (the Spark module provides one).
 */
public interface UnitExecutorProvider {
    /** The option that selects it, e.g. {@code spark}. */
    String name();

    /**
     * Checks {@code master} (where to run) and returns the factory of executors for experiments of
     * the scenario in {@code scenarioFile}; opens nothing yet.
     *
     * @throws org.orgsim.contract.InputException when {@code master} is not a valid address
     */
    UnitExecutor.Factory factory(String master, Path scenarioFile);

    /**
     * Files this executor adds to the results directory (the Spark module's Parquet tables), written
     * into the staging directory with the contract files, so they share its all-or-nothing guarantee.
     */
    default List<OutputContribution> outputs() {
        return List.of();
    }

    /** The provider called {@code name} on the class path, if any. */
    static Optional<UnitExecutorProvider> find(String name) {
        for (UnitExecutorProvider provider : ServiceLoader.load(UnitExecutorProvider.class)) {
            if (provider.name().equals(name)) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }
}
