package org.orgsim.spark;

import java.nio.file.Path;
import org.orgsim.experiment.UnitExecutor;
import org.orgsim.experiment.UnitExecutorProvider;

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
}
