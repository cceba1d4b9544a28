package org.orgsim.results;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How every number in every output file is printed, so that files compare byte for byte and parse
 * the same everywhere.
 *
 * <p>Values are rounded to {@value #DECIMALS} decimal places (half-even, from the shortest decimal
 * that identifies the double), because the last bits of a floating-point mean carry no information
 * and would make harmless changes look like differences. Then: {@code '.'} as decimal separator
 * whatever the default locale, no exponent, no trailing zeros ({@code 0}, not {@code 0.000000}), and
 * no negative zero. A value that is not finite (NaN: undefined, such as the interval of a single
 * replication) has no number: an empty CSV field or JSON {@code null}.
 */
public final class Numbers {
    /** Decimal places kept in output files. */
    public static final int DECIMALS = 6;

    private Numbers() {
    }

    /** The value as it is written, or null when it is not finite. */
    public static BigDecimal decimal(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN);
        // BigDecimal has no negative zero, but a rounded tiny value keeps its scale: 0E-6.
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
    }

    /** The value as text, e.g. {@code 41.2}, {@code -0.000123}, {@code 12000000}; empty when not finite. */
    public static String format(double value) {
        BigDecimal decimal = decimal(value);
        return decimal == null ? "" : decimal.toPlainString();
    }
}
