package org.orgsim.hris;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The answer scales a survey's team scores may use; a score is mapped onto 0-1 linearly. */
public enum SurveyScale {
    ONE_TO_FIVE("1-5", 1, 5),
    ZERO_TO_TEN("0-10", 0, 10),
    ZERO_TO_HUNDRED("0-100", 0, 100);

    private final String text;
    private final double low;
    private final double high;

    SurveyScale(String text, double low, double high) {
        this.text = text;
        this.low = low;
        this.high = high;
    }

    /** How the scale is written in scenarios, scale columns and headers: "1-5", "0-10", "0-100". */
    public String text() {
        return text;
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    boolean contains(double score) {
        return score >= low && score <= high;
    }

    /** The score as a share of the scale: 0 at its low end, 1 at its high end. */
    double normalize(double score) {
        return (score - low) / (high - low);
    }

    public static Optional<SurveyScale> of(String text) {
        String compact = text.replaceAll("\\s", "").replace('–', '-');
        return Arrays.stream(values()).filter(scale -> scale.text.equals(compact)).findFirst();
    }

    public static List<String> texts() {
        return Arrays.stream(values()).map(SurveyScale::text).toList();
    }
}
