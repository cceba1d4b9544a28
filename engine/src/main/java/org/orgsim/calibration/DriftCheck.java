package org.orgsim.calibration;

import org.orgsim.contract.Metric;

/**
 * Whether a human metric stays level over the horizon of an unchanged organization: its mean over
 * the first quarter of the weeks against its mean over the last quarter, paired by replication.
 * For {@code attrition}, which is cumulative, the leavers within each quarter are compared.
 *
 * @param metric        the human metric
 * @param firstQuarter  mean over replications of the first quarter's mean
 * @param lastQuarter   mean over replications of the last quarter's mean
 * @param meanDiff      mean of (last - first), replication by replication
 * @param ciLow         lower end of the interval of that difference (see {@link Calibration})
 * @param ciHigh        upper end
 */
public record DriftCheck(Metric metric, double firstQuarter, double lastQuarter, double meanDiff, double ciLow,
                         double ciHigh) {
    /** True when the interval of the difference contains zero: no detectable drift. */
    public boolean passes() {
        return !(ciLow > 0 || ciHigh < 0);
    }
}
