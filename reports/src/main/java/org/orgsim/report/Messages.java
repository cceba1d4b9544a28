package org.orgsim.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collections;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The texts and number formats of one report language.
 *
 * <p>Texts come from {@code org/orgsim/report/messages_<tag>.properties} (UTF-8), loaded without
 * falling back to another language: a key missing from the Dutch bundle would otherwise silently
 * print English. On top of that, every bundle must have exactly the keys of the English one — the
 * constructor refuses any other, naming the missing keys, so the gap shows in the first test.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}... replaced literally (not {@link java.text.MessageFormat},
 * whose quoting rules turn an apostrophe in a translation into a bug).
 *
 * <p>Numbers in report text follow the language (a decimal comma and a point for thousands in
 * Dutch); a negative number gets a real minus sign (U+2212). The CSV and JSON files are not
 * affected: they always use {@code .}.
 */
final class Messages {
    static final String BUNDLE = "org.orgsim.report.messages";
    /** Shown for an undefined number (NaN), such as the interval of a single replication. */
    static final String UNDEFINED = "–";
    private static final char MINUS = '\u2212';

    private final Language language;
    private final ResourceBundle bundle;
    private final DecimalFormatSymbols symbols;

    Messages(Language language) {
        this.language = language;
        this.bundle = load(language);
        Set<String> missing = missingKeys(language);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the " + language.tag() + " report texts lack the keys " + missing);
        }
        this.symbols = DecimalFormatSymbols.getInstance(language.locale());
    }

    static ResourceBundle load(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The keys of the English bundle that {@code language}'s bundle lacks (empty when complete). */
    static Set<String> missingKeys(Language language) {
        Set<String> missing = new TreeSet<>(load(Language.ENGLISH).keySet());
        missing.removeAll(load(language).keySet());
        return Collections.unmodifiableSet(missing);
    }

    Language language() {
        return language;
    }

    /**
     * The text of {@code key} with {@code {i}} replaced by {@code arguments[i]}.
     *
     * @throws MissingResourceException for an unknown key: a typo in the code fails every test that
     *                                  renders a report
     */
    String text(String key, Object... arguments) {
        String text = bundle.getString(key);
        for (int index = 0; index < arguments.length; index++) {
            text = text.replace("{" + index + "}", String.valueOf(arguments[index]));
        }
        return text;
    }

    /** True if the bundle has {@code key} (for numbered lists such as the assumptions). */
    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** {@code value} with exactly {@code decimals} decimal places and grouped thousands. */
    String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return UNDEFINED;
        }
        String digits = format(Math.abs(value), decimals);
        boolean negative = value < 0 && !isZero(digits);
        return negative ? MINUS + digits : digits;
    }

    /** Like {@link #number}, with an explicit {@code +} for a positive value (differences). */
    String signed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return UNDEFINED;
        }
        String digits = format(Math.abs(value), decimals);
        if (isZero(digits)) {
            return digits;
        }
        return (value < 0 ? MINUS : '+') + digits;
    }

    /** A whole number with grouped thousands. */
    String integer(long value) {
        return number(value, 0);
    }

    /**
     * An interval, e.g. {@code [+0.12; +0.40]} or {@code [+0,12; +0,40]}: a semicolon between the
     * bounds, because a comma is the decimal separator in Dutch and the thousands separator in English.
     */
    String interval(double low, double high, int decimals) {
        return "[" + signed(low, decimals) + "; " + signed(high, decimals) + "]";
    }

    /** The list {@code a, b and c} without a final conjunction: {@code a, b, c}. */
    String list(List<String> items) {
        return String.join(", ", items);
    }

    /**
     * Decimal places that show an estimate to the precision its interval supports: two significant
     * digits of the half-width, at most {@code 4}; without an interval, three significant digits
     * of the value.
     */
    static int decimalsFor(double halfWidth, double value) {
        double reference;
        int significant;
        if (Double.isFinite(halfWidth) && halfWidth > 0) {
            reference = halfWidth;
            significant = 2;
        } else if (Double.isFinite(value) && value != 0) {
            reference = Math.abs(value);
            significant = 3;
        } else {
            return 0;
        }
        int magnitude = (int) Math.floor(Math.log10(reference));
        return Math.max(0, Math.min(4, significant - 1 - magnitude));
    }

    private String format(double value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private static boolean isZero(String digits) {
        for (int index = 0; index < digits.length(); index++) {
            char c = digits.charAt(index);
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}
