package org.orgsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.orgsim.calibration.EffectCheck;
import org.orgsim.calibration.EffectResult;
import org.orgsim.calibration.EffectsCalibration;
import org.orgsim.calibration.EffectsReport;
import org.orgsim.scenario.ScenarioException;

/**
 * {@code orgsim calibrate --effects}: runs the effect scenarios and prints one row per stylized fact
 * (model, band, pass/FAIL, source). Unlike the steady-state table, the exit status is 0 only when
 * every row passes (1 otherwise), as issue 14 asks: these rows guard how interventions respond.
 */
final class EffectsTable {
    private EffectsTable() {
    }

    static int run(Path directory, Integer replications, Integer threads, PrintWriter out) throws InterruptedException {
        Path dir = directory == null ? EffectsCalibration.DEFAULT_DIRECTORY : directory;
        if (!Files.isDirectory(dir)) {
            throw new ScenarioException(dir + ": not a directory of effect scenarios (expected scenarios/effects)");
        }
        int runs = replications == null ? 0 : CommandLimits.replications(replications, 1);
        EffectsReport report = EffectsCalibration.run(dir, runs, CommandLimits.threads(threads));
        print(report, dir, out);
        return report.passes() ? ExitCode.SUCCESS : ExitCode.INTERNAL_ERROR;
    }

    static void print(EffectsReport report, Path dir, PrintWriter out) {
        out.printf(Locale.ROOT, "Effects calibration: one scenario per stylized fact in %s, %s; intervention in week 26 "
                        + "of a stable organization,%npaired with its baseline (common random numbers), pooled over "
                        + "replications.%n%n", dir,
                report.replications() > 0 ? report.replications() + " replications per variant" : "each scenario's replications");
        String format = "%-4s %-78s %10s  %-18s %-6s %s%n";
        out.printf(Locale.ROOT, format, "row", "stylized fact (scenario)", "model", "band", "result", "source");
        for (EffectResult result : report.results()) {
            EffectCheck check = result.check();
            out.printf(Locale.ROOT, format, check.id(), check.label() + " (" + check.scenario() + ")",
                    check.format(result.value()), check.band(), result.passes() ? "pass" : "FAIL", check.source());
        }
        out.println();
        out.println("sources, bands and definitions: docs/calibration.md (Effects)");
        if (report.passes()) {
            out.printf(Locale.ROOT, "Result: all %d rows within their band.%n", report.results().size());
        } else {
            out.printf(Locale.ROOT, "Result: FAIL: %d of %d rows outside their band.%n", report.failed(), report.results().size());
        }
    }
}
