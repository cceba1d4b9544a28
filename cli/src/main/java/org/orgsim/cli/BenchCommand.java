package org.orgsim.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.orgsim.experiment.Experiment;
import org.orgsim.model.OrgModel;
import org.orgsim.rules.RuleBook;
import org.orgsim.rules.Rules;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.scenario.ManagementLayer;
import org.orgsim.scenario.OrganizationSpec;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioLoader;
import org.orgsim.scenario.TeamSpec;
import org.orgsim.scenario.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orgsim bench}: the benchmark of docs/performance.md. It measures, in this JVM: the core
 * model's employee-weeks per second on one core; the standard condition-triggered rule set's
 * overhead (median of interleaved pairs); rule-base compile time; the standard benchmark scenario
 * on all cores (wall time, peak heap); the team model at 1,000, 10,000 and 100,000 employees;
 * careers-only organizations of 16,000 and 160,000 positions and the paper scenario against a
 * plain-Java loop ({@link CareersBench}); and a large imported organization ({@link ImportBench}).
 * It ends with a table of every target, the measured value and the verdict.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the speed of the model, the rules and the standard benchmark scenario (not part of the tests).")
final class BenchCommand implements Callable<Integer> {
    private static final List<String> STANDARD_RULES = List.of("rules/burnout-wip-cap.drl", "rules/burnout-policies.csv");

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", description = "the standard benchmark scenario (default: ${DEFAULT-VALUE})")
    Path scenarioFile = Path.of("scenarios/benchmark.yaml");

    @Option(names = "--quick", description = "fewer repetitions, smaller organizations, no verdicts (a smoke test of the harness)")
    boolean quick;

    @Override
    public Integer call() throws InterruptedException, java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        // The collector changes every figure by a third or more (docs/performance.md): say which one ran.
        String collectors = String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
        out.printf(Locale.ROOT, "orgsim bench on %d cores, Java %s, max heap %d MB, garbage collector %s%s%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                collectors, quick ? " (--quick: a smoke run, no verdicts)" : "");
        List<BenchMeter.Row> rows = new ArrayList<>();
        teamModel(out, rows);
        standardScenario(out, rows);
        scaling(out, rows);
        CareersBench.run(out, quick, rows);
        ImportBench.run(out, quick, rows);

        out.println("summary (the machine may be shared: see the load average below and docs/performance.md):");
        for (BenchMeter.Row row : rows) {
            out.printf(Locale.ROOT, "  %-74s %-12s %-34s %s%n", row.measure(), row.target(), row.measured(), row.verdict());
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        out.printf(Locale.ROOT, "load average at the end: %.1f on %d cores%n", load, Runtime.getRuntime().availableProcessors());
        return ExitCode.SUCCESS;
    }

    /**
     * The core model's rate on one thread, and the standard rule set's overhead as the median of
     * interleaved pairs (one batch without rules, one with, alternating which goes first), so that a
     * burst of other work on a shared machine hits both paths alike; the spread is reported.
     */
    private void teamModel(PrintWriter out, List<BenchMeter.Row> rows) {
        Variant core = teams(100, 52);
        // About a second per batch (a run of 1,010 employees takes ~0.03 s): shorter batches let one
        // garbage collection or a burst of other work swing a pair by ±50%.
        int repetitions = quick ? 3 : 40;
        int pairs = quick ? 5 : 9;
        long compileStart = System.nanoTime();
        RuleBook rules = RuleBook.compile(STANDARD_RULES.stream().map(Path::of).toList());
        double compileSeconds = BenchMeter.seconds(compileStart);
        // Warm the JIT on both paths first, so neither is measured cold.
        employeeWeeksPerSecond(core, null, 2);
        employeeWeeksPerSecond(core, rules, 2);
        double[] coreRates = new double[pairs];
        double[] overheads = new double[pairs];
        for (int pair = 0; pair < pairs; pair++) {
            double withRules;
            if (pair % 2 == 0) {
                coreRates[pair] = employeeWeeksPerSecond(core, null, repetitions);
                withRules = employeeWeeksPerSecond(core, rules, repetitions);
            } else {
                withRules = employeeWeeksPerSecond(core, rules, repetitions);
                coreRates[pair] = employeeWeeksPerSecond(core, null, repetitions);
            }
            overheads[pair] = 100 * (coreRates[pair] / withRules - 1);
        }
        double coreRate = median(coreRates);
        double overhead = median(overheads);
        double[] sorted = overheads.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "core model (1 thread, %d employees, 52 warm-up + 53 weeks): %.2f million employee-weeks/s "
                + "(median of %d batches, range %.2f-%.2f)%n", core.organization().headcount(), coreRate / 1e6, pairs,
                Arrays.stream(coreRates).min().orElse(0) / 1e6, Arrays.stream(coreRates).max().orElse(0) / 1e6);
        out.printf(Locale.ROOT, "rule base compile (%s, %d rules): %.2f s%n", String.join(" + ", STANDARD_RULES),
                rules.ruleNames().size(), compileSeconds);
        out.printf(Locale.ROOT, "rule overhead of the standard rule set: median %+.0f%% of %d interleaved pairs, range %+.0f%% to %+.0f%%, "
                + "middle half %+.0f%% to %+.0f%%%n%n", overhead, pairs, sorted[0], sorted[pairs - 1], sorted[pairs / 4],
                sorted[pairs - 1 - pairs / 4]);
        rows.add(verdict("core model, employee-weeks/s per core at 1,010 employees", ">= 5.0 M",
                String.format(Locale.ROOT, "%.2f M", coreRate / 1e6), coreRate >= 5e6));
        rows.add(verdict("rule overhead, standard rule set (median of " + pairs + " interleaved pairs)", "<= +25%",
                String.format(Locale.ROOT, "%+.0f%% (range %+.0f%% to %+.0f%%)", overhead, sorted[0], sorted[pairs - 1]), overhead <= 25));
        rows.add(BenchMeter.Row.info("rule base compile, standard rule set", String.format(Locale.ROOT, "%.2f s", compileSeconds)));
    }

    private void standardScenario(PrintWriter out, List<BenchMeter.Row> rows) throws InterruptedException {
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        if (quick) {
            scenario = scenario.withReplications(4);
        }
        BenchMeter.resetPeakHeap();
        long start = System.nanoTime();
        new Experiment(scenario, Experiment.defaultThreads()).run(null);
        double wall = BenchMeter.seconds(start);
        int people = scenario.baselineVariant().organization().headcount();
        out.printf(Locale.ROOT, "standard scenario %s (%d employees, %d weeks, %d variants x %d replications, %d threads): "
                        + "%.1f s wall including rule compilation, peak heap %d MB%n%n", scenarioFile, people, scenario.weeks(),
                scenario.variants().size(), scenario.replications(), Experiment.defaultThreads(), wall, BenchMeter.peakHeapMegabytes());
        rows.add(verdict("standard benchmark scenario, wall on " + Experiment.defaultThreads() + " cores", "<= 15 s",
                String.format(Locale.ROOT, "%.1f s", wall), wall <= 15));
    }

    /**
     * The team model at 1,000, 10,000 and (without --quick) 100,000 employees, one thread: three
     * rounds, each running every size in turn (so a burst of other work on a shared machine hits all
     * sizes alike), and the median round per size. One round's single 100,000-employee run varied by
     * ±30% between runs of the bench.
     */
    private void scaling(PrintWriter out, List<BenchMeter.Row> rows) {
        int[] sizes = quick ? new int[] {100, 1000} : new int[] {100, 1000, 10000};
        int rounds = quick ? 1 : 3;
        out.println("team model scaling (52 weeks after a 52-week warm-up, 1 thread; JIT warmed at 10,100 employees first; "
                + (rounds == 1 ? "one round):" : "median of " + rounds + " interleaved rounds):"));
        OrgModel.simulate(teams(1000, 52), 1, 99, 52);
        double[][] perRun = new double[sizes.length][rounds];
        long[] peakHeap = new long[sizes.length];
        for (int round = 0; round < rounds; round++) {
            for (int size = 0; size < sizes.length; size++) {
                Variant variant = teams(sizes[size], 52);
                // Small organizations run many times so that the time is measurable; the figure is per run.
                int runs = Math.max(1, 40_000 / variant.organization().headcount());
                System.gc();
                BenchMeter.resetPeakHeap();
                long begin = System.nanoTime();
                for (int run = 0; run < runs; run++) {
                    OrgModel.simulate(variant, 1, round * runs + run, 52);
                }
                perRun[size][round] = BenchMeter.seconds(begin) / runs;
                peakHeap[size] = Math.max(peakHeap[size], BenchMeter.peakHeapMegabytes());
            }
        }
        double previous = 0;
        double first = 0;
        for (int size = 0; size < sizes.length; size++) {
            Variant variant = teams(sizes[size], 52);
            int headcount = variant.organization().headcount();
            double seconds = median(perRun[size]);
            double[] sorted = perRun[size].clone();
            Arrays.sort(sorted);
            out.printf(Locale.ROOT, "  %,9d employees: %6.3f s per run (range %.3f-%.3f), %.2f microseconds per employee-week, peak heap %5d MB%s%n",
                    headcount, seconds, sorted[0], sorted[sorted.length - 1], 1e6 * seconds / (headcount * 105.0), peakHeap[size],
                    previous == 0 ? "" : String.format(Locale.ROOT, ", %.1fx the time of 10x fewer", seconds / previous));
            if (previous > 0) {
                rows.add(verdict(String.format(Locale.ROOT, "team model, %,d -> %,d employees", headcount / 10, headcount),
                        "<= 12x time", String.format(Locale.ROOT, "%.1fx", seconds / previous), seconds / previous <= 12));
            } else {
                first = seconds;
            }
            previous = seconds;
        }
        if (!quick) {
            double perTenfold = Math.sqrt(previous / first);
            rows.add(verdict("team model, 1,010 -> 101,000 employees, per 10x", "<= 12x time",
                    String.format(Locale.ROOT, "%.1fx (%.0fx over 100x)", perTenfold, previous / first), perTenfold <= 12));
        }
        out.println();
    }

    /** A row with a verdict, or without one in a quick run (too few repetitions to judge). */
    private BenchMeter.Row verdict(String measure, String target, String measured, boolean met) {
        return quick ? BenchMeter.Row.info(measure + " (quick)", measured) : BenchMeter.Row.of(measure, target, measured, met);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Teams of 9 members plus a lead, 10 teams per manager: 10.1 employees per team. */
    private static Variant teams(int count, int warmupWeeks) {
        List<TeamSpec> teams = new java.util.ArrayList<>();
        for (int index = 0; index < count; index++) {
            teams.add(new TeamSpec("team-" + index, 9, LeadershipStyle.HIERARCHICAL, 104));
        }
        ParameterSet parameters = ParameterSet.defaults().with(Parameter.WARMUP_WEEKS, warmupWeeks);
        return new Variant("bench", "", new OrganizationSpec.Teams(teams, List.of(new ManagementLayer("manager", 10))), parameters, List.of());
    }

    /** Employee-weeks per second of one timed batch of runs on this thread. */
    private static double employeeWeeksPerSecond(Variant variant, RuleBook rules, int repetitions) {
        int weeks = 52;
        System.gc(); // every batch starts from a collected heap, so neither path pays for the other's garbage
        long start = System.nanoTime();
        for (int replication = 0; replication < repetitions; replication++) {
            if (rules == null) {
                OrgModel.simulate(variant, 7, replication, weeks);
            } else {
                OrgModel.simulate(variant, 7, replication, weeks, Rules.openSession(rules, variant));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int simulatedWeeks = weeks + 1 + (int) variant.parameters().get(Parameter.WARMUP_WEEKS);
        return (double) variant.organization().headcount() * simulatedWeeks * repetitions / seconds;
    }
}
