package org.orgsim.spark;

import java.nio.file.Path;
import java.util.List;
import org.orgsim.experiment.UnitExecutor;
import org.orgsim.experiment.UnitExecutorProvider;
import org.orgsim.results.OutputContribution;

/** {@code --spark MASTER}: registered in META-INF/services, found by the command line. */
public final class SparkProvider implements UnitExecutorProvider {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public UnitExecutor.Factory factory(String master, Path scenarioFile) {
        String checked = SparkMaster.check(master);
        Path absolute = scenarioFile.toAbsolutePath().normalize();
        return (scenario, local) -> SparkUnitExecutor.open(checked, absolute, local);
    }

    /** runs.parquet, timeseries.parquet and sweep.parquet next to their CSV files. */
    @Override
    public List<OutputContribution> outputs() {
        return List.of(new ParquetTables());
    }
}
