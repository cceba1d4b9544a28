package org.orgsim.calibration;

/**
 * One row of the effects calibration: the model's value for a stylized fact against its band.
 *
 * @param check  the stylized fact, its band and source
 * @param value  the model's value (pooled over replications, paired with the scenario's baseline)
 * @param detail what the value is made of, for the reader (may be empty)
 */
public record EffectResult(EffectCheck check, double value, String detail) {
    public boolean passes() {
        return check.accepts(value);
    }
}
