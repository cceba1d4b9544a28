package org.orgsim.calibration;

import java.util.List;
import org.orgsim.model.Diagnostics;
import org.orgsim.scenario.SectorPreset;

/**
 * The outcome of one calibration run.
 *
 * @param scenario     the scenario's name
 * @param variant      the variant calibrated (the baseline), run without its rules
 * @param preset       the scenario's sector preset, which chose the targets
 * @param people       headcount of the organization as described
 * @param replications replications run
 * @param seed         master seed
 * @param weeks        weeks run after the warm-up (at least 52; the measures use weeks 1 to 52)
 * @param warmupWeeks  warm-up weeks before week 0
 * @param rows         one per {@link Measure}, in its order
 * @param drift        one per human metric, in metric order
 * @param pooled       the diagnostics of all replications together, for detail lines
 */
public record CalibrationReport(String scenario, String variant, SectorPreset preset, int people, int replications,
                                long seed, int weeks, int warmupWeeks, List<CalibrationRow> rows,
                                List<DriftCheck> drift, Diagnostics pooled) {
    public CalibrationReport {
        rows = List.copyOf(rows);
        drift = List.copyOf(drift);
    }

    public long failedRows() {
        return rows.stream().filter(row -> !row.passes()).count();
    }

    public long driftingMetrics() {
        return drift.stream().filter(check -> !check.passes()).count();
    }

    /** True when every row is in its band and no human metric drifts. */
    public boolean passes() {
        return failedRows() == 0 && driftingMetrics() == 0;
    }

    public CalibrationRow row(Measure measure) {
        return rows.stream().filter(row -> row.measure() == measure).findFirst().orElseThrow();
    }
}
