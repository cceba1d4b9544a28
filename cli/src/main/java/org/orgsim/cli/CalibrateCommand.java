package org.orgsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.orgsim.calibration.Calibration;
import org.orgsim.calibration.CalibrationReport;
import org.orgsim.calibration.CalibrationRow;
import org.orgsim.calibration.DriftCheck;
import org.orgsim.calibration.Measure;
import org.orgsim.model.Diagnostics;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioLoader;
import org.orgsim.scenario.SectorPreset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orgsim calibrate [SCENARIO]}: runs the scenario's baseline as an unchanged organization and
 * prints the model next to the published targets, with each target's band and pass or FAIL per row,
 * then whether any human metric drifts over the horizon.
 *
 * <p>Exit status: 0 whenever the calibration ran, also when a row fails (the table marks it FAIL and
 * the last line counts the failures): the comparison is information for the user, not an error of
 * their input or of the program. Bad input (scenario, arguments) exits 2, as everywhere. The test
 * suite, not the exit status, guards the defaults ({@code CalibrationTest}).
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Compare the model with published Dutch workforce statistics: the scenario's baseline, "
                + "run without rules, against each target and its band (pass/FAIL per row), and a check that "
                + "no human metric drifts over the horizon.",
                "Exit status 0 whenever the calibration ran, also if a row fails; 2 for bad input."})
final class CalibrateCommand implements Callable<Integer> {
    static final Path DEFAULT_SCENARIO = Path.of("scenarios", "calibration-nl.yaml");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.yaml",
            description = "the scenario to calibrate (default: ${DEFAULT-VALUE}); with --effects, the directory "
                    + "of the effect scenarios (default: scenarios/effects)")
    Path scenarioFile = DEFAULT_SCENARIO;

    @Option(names = "--replications", paramLabel = "N",
            description = "replications (default: the scenario's; at least 20 for published comparisons)")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "override the scenario's seed")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores); results do not depend on it")
    Integer threads;

    @Option(names = "--effects", description = "calibrate how the organization responds to interventions instead: "
            + "one small scenario per stylized fact (scenarios/effects/), model against band with its source, "
            + "pass/FAIL per row; exit 0 only when every row passes, 1 otherwise")
    boolean effects;

    @Override
    public Integer call() throws InterruptedException {
        if (effects) {
            return EffectsTable.run(scenarioFile == DEFAULT_SCENARIO ? null : scenarioFile, replications, threads,
                    spec.commandLine().getOut());
        }
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        int runs = CommandLimits.replications(replications, scenario.replications());
        int workers = CommandLimits.threads(threads);
        CalibrationReport report = Calibration.run(scenario, runs, seed == null ? scenario.seed() : seed, workers);
        print(report, spec.commandLine().getOut());
        return ExitCode.SUCCESS;
    }

    static void print(CalibrationReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "Calibration of %s (preset %s), variant %s without rules: %d people, %d replications, "
                        + "seed %d;%nmeasured over weeks 1-%d after a %d-week warm-up, pooled over replications "
                        + "(95%% CI: jackknife over replications).%n%n",
                report.scenario(), report.preset().yamlName(), report.variant(), report.people(),
                report.replications(), report.seed(), Calibration.MEASURED_WEEKS, report.warmupWeeks());
        if (report.replications() < 20) {
            out.println("Note: fewer than 20 replications; the published comparison asks for at least 20.");
            out.println();
        }
        String rowFormat = "%-26s %8s  %-19s %7s  %-15s %-6s %s%n";
        out.printf(Locale.ROOT, rowFormat, "measure", "model", "95% CI", "target", "band", "result", "what");
        for (CalibrationRow row : report.rows()) {
            Measure measure = row.measure();
            out.printf(Locale.ROOT, rowFormat, measure.key(), format(measure, row.value()),
                    "[" + format(measure, row.ciLow()) + ", " + format(measure, row.ciHigh()) + "]",
                    format(measure, row.target().value()),
                    format(measure, row.target().low()) + " - " + format(measure, row.target().high()),
                    row.passes() ? "pass" : "FAIL", measure.label());
        }
        out.println();
        details(report, out);
        out.println();
        int quarter = Math.max(1, report.weeks() / 4);
        out.printf(Locale.ROOT, "Stationarity: weeks 1-%d against weeks %d-%d of %d, paired by replication "
                        + "(attrition: leavers within each quarter);%ninterval of the difference at a familywise 95%% "
                        + "level over the %d human metrics; DRIFT when it excludes zero.%n",
                quarter, report.weeks() - quarter + 1, report.weeks(), report.weeks(), report.drift().size());
        String driftFormat = "%-15s %14s %14s %12s  %-23s %s%n";
        out.printf(Locale.ROOT, driftFormat, "metric", "first quarter", "last quarter", "difference", "interval", "result");
        for (DriftCheck check : report.drift()) {
            out.printf(Locale.ROOT, driftFormat, check.metric().key(), number(check.firstQuarter()),
                    number(check.lastQuarter()), signed(check.meanDiff()),
                    "[" + signed(check.ciLow()) + ", " + signed(check.ciHigh()) + "]", check.passes() ? "pass" : "DRIFT");
        }
        out.println();
        long failed = report.failedRows();
        long drifting = report.driftingMetrics();
        if (failed == 0 && drifting == 0) {
            out.printf(Locale.ROOT, "Result: all %d measures within their band; no human metric drifts.%n",
                    report.rows().size());
        } else {
            out.printf(Locale.ROOT, "Result: FAIL: %d of %d measures outside their band; %d of %d human metrics drift.%n",
                    failed, report.rows().size(), drifting, report.drift().size());
        }
    }

    /** Lines that explain the derived measures with their parts. */
    private static void details(CalibrationReport report, PrintWriter out) {
        Diagnostics pooled = report.pooled();
        Diagnostics.ReplacementCost cost = pooled.replacementCost();
        out.printf(Locale.ROOT, "replacement cost per member hire = vacancy %s + recruitment %s + ramp-up %s "
                        + "+ colleagues (familiarity) %s of a member's annual employer cost%n",
                percent(cost.vacancy()), percent(cost.recruitment()), percent(cost.rampUp()), percent(cost.colleagues()));
        out.printf(Locale.ROOT, "break-even: newcomers' output per scheduled hour reaches %.3f (worth their cost) after "
                        + "%s of tenure; settled members produce %.3f%n", pooled.breakEvenProductivity(),
                format(Measure.RAMP_UP_BREAK_EVEN, pooled.rampUpBreakEvenWeeks()), pooled.settledProductivity());
        out.printf(Locale.ROOT, "staff at risk of quitting: %s with tenure under two years, %s with burnout complaints%n",
                percent(pooled.newcomerShare()), percent(pooled.burnedOutShare()));
        if (report.preset() != SectorPreset.DEFAULT) {
            out.printf(Locale.ROOT, "preset %s: sick_leave and attrition are compared with the sector's levels, the other "
                    + "measures with the national (knowledge-work) figures%n", report.preset().yamlName());
        }
        out.println("sources and definitions: docs/calibration.md");
    }

    private static String format(Measure measure, double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return switch (measure.unit()) {
            case PERCENT -> percent(value);
            case RATIO -> String.format(Locale.ROOT, "x%.2f", value);
            case WEEKS -> String.format(Locale.ROOT, "%.0f wk", value);
            case NUMBER -> String.format(Locale.ROOT, "%.1f", value);
        };
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4g", value);
    }

    private static String signed(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%+.4f", value);
    }
}
