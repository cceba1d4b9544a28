package org.orgsim.calibration;

/**
 * A published figure and the band a calibrated model must fall in (both ends included).
 *
 * @param value  the published figure, in the measure's unit (a share as 0.05 for 5%)
 * @param low    lower end of the accepted band
 * @param high   upper end of the accepted band
 * @param source where the figure comes from, briefly; {@code docs/calibration.md} has the detail
 */
public record Target(double value, double low, double high, String source) {
    public Target {
        if (!(low <= value && value <= high)) {
            throw new IllegalArgumentException("target " + value + " outside its band " + low + ".." + high);
        }
    }

    public boolean accepts(double measured) {
        return measured >= low && measured <= high;
    }
}
