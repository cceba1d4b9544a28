package org.orgsim.calibration;

/**
 * One measure: what the model produced, with a 95% interval over replications, next to its target.
 *
 * @param measure what is measured
 * @param target  the published figure and its band
 * @param value   the model's value, pooled over all replications
 * @param ciLow   lower end of the jackknife 95% interval (NaN with one replication)
 * @param ciHigh  upper end of that interval
 */
public record CalibrationRow(Measure measure, Target target, double value, double ciLow, double ciHigh) {
    /** True when the model's value lies in the target's band. */
    public boolean passes() {
        return target.accepts(value);
    }
}
