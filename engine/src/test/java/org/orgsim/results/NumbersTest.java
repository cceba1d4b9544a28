package org.orgsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void roundsToSixDecimalsAndStripsTrailingZeros() {
        assertEquals("41.2", Numbers.format(41.2));
        assertEquals("0.3", Numbers.format(0.1 + 0.2));
        assertEquals("3", Numbers.format(3.0));
        assertEquals("0.333333", Numbers.format(1.0 / 3));
        assertEquals("-0.666667", Numbers.format(-2.0 / 3));
        assertEquals("12000000", Numbers.format(1.2e7));
        assertEquals("1000", Numbers.format(1000));
        assertEquals("0.000001", Numbers.format(1e-6));
    }

    @Test
    void tiesGoToTheEvenNeighbour() {
        assertEquals("1", Numbers.format(1.0000005));
        assertEquals("1.000002", Numbers.format(1.0000015));
    }

    @Test
    void zeroIsPrintedAsZeroWhateverItsSign() {
        assertEquals("0", Numbers.format(0.0));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("0", Numbers.format(-1e-9));
        assertEquals("0", Numbers.format(4e-7));
    }

    @Test
    void notFiniteHasNoNumber() {
        assertEquals("", Numbers.format(Double.NaN));
        assertEquals("", Numbers.format(Double.POSITIVE_INFINITY));
        assertNull(Numbers.decimal(Double.NaN));
    }

    @Test
    void decimalSeparatorIsAPointInEveryLocale() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("nl", "NL"));
            assertEquals("1234.5", Numbers.format(1234.5));
            Locale.setDefault(Locale.GERMANY);
            assertEquals("-0.25", Numbers.format(-0.25));
        } finally {
            Locale.setDefault(original);
        }
    }
}
