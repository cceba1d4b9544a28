package org.orgsim.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.IntFunction;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.orgsim.contract.RunRecord;
import org.orgsim.experiment.ScenarioUnits;
import org.orgsim.experiment.Unit;
import org.orgsim.experiment.UnitExecutor;
import org.orgsim.rules.RuleCheck;

/**
 * Runs units as Spark tasks. The driver cuts the units into chunks of a few per core, runs each
 * chunk as one Spark job (its units spread over partitions), and hands the results to the sink in
 * unit order; the next chunk is already running while one is folded. Only two chunks of results are
 * ever held by the driver, so a sweep of any size fits in its memory.
 */
final class SparkUnitExecutor implements UnitExecutor {
    /** Units per chunk, per core of the cluster: enough to keep every core busy between chunks. */
    private static final int UNITS_PER_CORE = 8;

    private final JavaSparkContext spark;
    private final RunTask task;
    private final int parallelism;

    private SparkUnitExecutor(JavaSparkContext spark, RunTask task) {
        this.spark = spark;
        this.task = task;
        this.parallelism = Math.max(1, spark.defaultParallelism());
    }

    static SparkUnitExecutor open(String master, Path scenarioFile, ScenarioUnits local) {
        String key = ScenarioCache.key(scenarioFile, local.scenario());
        ScenarioCache.register(key, local);
        SparkConf conf = new SparkConf()
                .setAppName("orgsim " + local.scenario().name())
                .setMaster(master)
                .set("spark.ui.showConsoleProgress", "false");
        if (SparkMaster.isLocal(master)) {
            // In this process: no web UI, and no dependence on how this machine's name resolves.
            conf.set("spark.ui.enabled", "false")
                    .set("spark.driver.host", "127.0.0.1")
                    .set("spark.driver.bindAddress", "127.0.0.1");
        }
        JavaSparkContext spark = new JavaSparkContext(conf);
        spark.setLogLevel("WARN");
        return new SparkUnitExecutor(spark, new RunTask(key, scenarioFile.toString(), RuleCheck.rulesTrusted()));
    }

    @Override
    public void run(int count, IntFunction<Unit> units, Sink sink) throws InterruptedException {
        int chunk = parallelism * UNITS_PER_CORE;
        JavaFutureAction<List<RunRecord>> running = count > 0 ? submit(units, 0, Math.min(count, chunk)) : null;
        for (int start = 0; start < count; start += chunk) {
            int next = start + chunk;
            JavaFutureAction<List<RunRecord>> following = next < count
                    ? submit(units, next, Math.min(count, next + chunk)) : null;
            List<RunRecord> results = await(running);
            for (int offset = 0; offset < results.size(); offset++) {
                sink.accept(start + offset, results.get(offset));
            }
            running = following;
        }
    }

    private JavaFutureAction<List<RunRecord>> submit(IntFunction<Unit> units, int from, int to) {
        List<Unit> batch = new ArrayList<>(to - from);
        for (int index = from; index < to; index++) {
            batch.add(units.apply(index));
        }
        // Partitions keep the units' order, and collect returns them in partition order.
        return spark.parallelize(batch, Math.min(batch.size(), parallelism * 2)).map(task).collectAsync();
    }

    private static List<RunRecord> await(JavaFutureAction<List<RunRecord>> job) throws InterruptedException {
        try {
            return job.get();
        } catch (InterruptedException interrupted) {
            job.cancel(true);
            throw interrupted;
        } catch (ExecutionException failure) {
            Throwable cause = failure.getCause();
            for (Throwable inner = cause; inner != null; inner = inner.getCause()) {
                if (inner instanceof org.orgsim.contract.InputException input) {
                    throw input;
                }
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("a simulation run failed on Spark: " + cause, cause);
        }
    }

    @Override
    public void close() {
        // A run stopped part-way may still have a chunk running: cancel it before stopping Spark.
        spark.cancelAllJobs();
        spark.stop();
    }

    /** One Spark task: runs a unit with this JVM's prepared scenario. */
    static final class RunTask implements Function<Unit, RunRecord> {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String scenarioFile;
        private final boolean trustRules;

        RunTask(String key, String scenarioFile, boolean trustRules) {
            this.key = key;
            this.scenarioFile = scenarioFile;
            this.trustRules = trustRules;
        }

        @Override
        public RunRecord call(Unit unit) {
            return ScenarioCache.units(key, Path.of(scenarioFile), trustRules).run(unit);
        }
    }
}
