package org.orgsim.hris;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing of single cells as Dutch and international exports write them: decimal comma or point,
 * dates year first or day first. Nothing here throws with the cell's text in a message: callers
 * decide what a message may show ({@link #shown}).
 */
final class Cells {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");
    /** yyyy-mm-dd (also with / or .), optionally followed by a time that is ignored. */
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})([ T].*)?");
    /** dd-mm-yyyy (also with / or .; day and month may have one digit), optionally with a time. */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})([ T].*)?");
    /** Text that cannot be anybody's name or e-mail address: digits and punctuation only, short. */
    private static final Pattern HARMLESS = Pattern.compile("[0-9.,:;/%+\\- ]{1,24}");

    private Cells() {
    }

    /**
     * A number with a decimal point or a decimal comma ("0,8", "0.8", "1"); a trailing "%" divides
     * by 100. NaN when the text is not such a number (thousands separators are not accepted: "1.000,5"
     * is not a number here).
     */
    static double number(String text) {
        String value = text.strip();
        double scale = 1;
        if (value.endsWith("%")) {
            value = value.substring(0, value.length() - 1).strip();
            scale = 100;
        }
        if (!NUMBER.matcher(value).matches()) {
            return Double.NaN;
        }
        return Double.parseDouble(value.replace(',', '.')) / scale;
    }

    /** A whole number, or -1 when the text is not one (or is negative). */
    static long wholeNumber(String text) {
        double value = number(text);
        if (Double.isNaN(value) || value < 0 || value != Math.rint(value) || value > Integer.MAX_VALUE
                || text.strip().endsWith("%")) {
            return -1;
        }
        return (long) value;
    }

    /**
     * A date written yyyy-mm-dd or dd-mm-yyyy ("-", "/" or "." between the parts; a time after the
     * date is ignored, as Excel sometimes writes one). Month-first (US) dates are not accepted: in
     * 03-04-2020 the 3 is the day. Null when the text is not a valid date.
     */
    static LocalDate date(String text) {
        String value = text.strip();
        try {
            Matcher yearFirst = YEAR_FIRST.matcher(value);
            if (yearFirst.matches()) {
                return LocalDate.of(Integer.parseInt(yearFirst.group(1)), Integer.parseInt(yearFirst.group(3)),
                        Integer.parseInt(yearFirst.group(4)));
            }
            Matcher dayFirst = DAY_FIRST.matcher(value);
            if (dayFirst.matches()) {
                return LocalDate.of(Integer.parseInt(dayFirst.group(4)), Integer.parseInt(dayFirst.group(3)),
                        Integer.parseInt(dayFirst.group(1)));
            }
        } catch (DateTimeException invalid) {
            return null; // 31-02-2020 and the like
        }
        return null;
    }

    /**
     * How a bad cell is shown in a message: quoted when it is only digits and punctuation, so a
     * user sees what was wrong; otherwise not at all. A misaligned column can put a name or an
     * e-mail address where a date was expected, and messages must never show those.
     */
    static String shown(String cell) {
        if (HARMLESS.matcher(cell).matches()) {
            return "\"" + cell + "\"";
        }
        return "a value that is not shown here (it has letters or is long: it may be personal data)";
    }
}
