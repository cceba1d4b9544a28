package org.orgsim.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
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
 * model's employee-weeks per second on one core; the same with the standard condition-triggered
 * rule set (the rule overhead); rule-base compile time; the standard benchmark scenario on all
 * cores (wall time, peak heap); and a scaling run at 1,000, 10,000 and 100,000 employees.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the speed of the model, the rules and the standard benchmark scenario (not part of the tests).")
final class BenchCommand implements Callable<Integer> {
    private static final List<String> STANDARD_RULES = List.of("rules/burnout-wip-cap.drl", "rules/burnout-policies.csv");

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", description = "the standard benchmark scenario (default: ${DEFAULT-VALUE})")
    Path scenarioFile = Path.of("scenarios/benchmark.yaml");

    @Option(names = "--quick", description = "fewer repetitions and no 100,000-employee run (a smoke test of the harness)")
    boolean quick;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "orgsim bench on %d cores, Java %s, max heap %d MB%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);

        Variant core = teams(100, 52);
        int repetitions = quick ? 3 : 20;
        long compileStart = System.nanoTime();
        RuleBook rules = RuleBook.compile(STANDARD_RULES.stream().map(Path::of).toList());
        double compileSeconds = (System.nanoTime() - compileStart) / 1e9;
        // Warm the JIT on both paths first, then alternate, so neither is measured cold.
        employeeWeeksPerSecond(core, null, 2);
        employeeWeeksPerSecond(core, rules, 2);
        double coreRate = 0;
        double rulesRate = 0;
        for (int round = 0; round < 3; round++) {
            coreRate = Math.max(coreRate, employeeWeeksPerSecond(core, null, repetitions));
            rulesRate = Math.max(rulesRate, employeeWeeksPerSecond(core, rules, repetitions));
        }
        out.printf(Locale.ROOT, "core model (1 thread, %d employees, 52 warm-up + 53 weeks): %.2f million employee-weeks/s%n",
                core.organization().headcount(), coreRate / 1e6);
        out.printf(Locale.ROOT, "rule base compile (%s, %d rules): %.2f s%n", String.join(" + ", STANDARD_RULES),
                rules.ruleNames().size(), compileSeconds);
        out.printf(Locale.ROOT, "with the standard rule set: %.2f million employee-weeks/s (rule overhead %+.0f%%)%n%n",
                rulesRate / 1e6, 100 * (coreRate / rulesRate - 1));

        Scenario scenario = ScenarioLoader.load(scenarioFile);
        if (quick) {
            scenario = scenario.withReplications(4);
        }
        resetPeakHeap();
        long start = System.nanoTime();
        new Experiment(scenario, Experiment.defaultThreads()).run(null);
        double wall = (System.nanoTime() - start) / 1e9;
        int people = scenario.baselineVariant().organization().headcount();
        out.printf(Locale.ROOT, "standard scenario %s (%d employees, %d weeks, %d variants x %d replications, %d threads): "
                        + "%.1f s wall including rule compilation, peak heap %d MB%n%n", scenarioFile, people, scenario.weeks(),
                scenario.variants().size(), scenario.replications(), Experiment.defaultThreads(), wall, peakHeapMegabytes());

        out.println("scaling (52 weeks after a 52-week warm-up, 1 thread; JIT warmed at 10,100 employees first):");
        OrgModel.simulate(teams(1000, 52), 1, 99, 52);
        double previous = 0;
        for (int teamCount : quick ? new int[] {100, 1000} : new int[] {100, 1000, 10000}) {
            Variant variant = teams(teamCount, 52);
            // Small organizations run many times so that the time is measurable; the figure is per run.
            int runs = Math.max(1, 20_000 / variant.organization().headcount());
            resetPeakHeap();
            long begin = System.nanoTime();
            for (int run = 0; run < runs; run++) {
                OrgModel.simulate(variant, 1, run, 52);
            }
            double seconds = (System.nanoTime() - begin) / 1e9 / runs;
            out.printf(Locale.ROOT, "  %,9d employees: %6.3f s per run (%d runs), peak heap %5d MB%s%n", variant.organization().headcount(),
                    seconds, runs, peakHeapMegabytes(),
                    previous == 0 ? "" : String.format(Locale.ROOT, ", %.1fx the time of 10x fewer", seconds / previous));
            previous = seconds;
        }
        return ExitCode.SUCCESS;
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

    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }
}
