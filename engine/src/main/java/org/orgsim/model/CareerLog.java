package org.orgsim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.orgsim.contract.InterventionEvent;
import org.orgsim.scenario.CareersSpec.EventLog;

/**
 * What a career review writes to {@code events.csv}: with {@code careers.events: each} (the default)
 * one row per retirement, dismissal, quit, promotion (named after the rule that made it), hire and
 * vacancy left open; with {@code per-review} one row per review with the counts; with {@code none}
 * nothing. Engine-driven changes carry the rule name {@value #ENGINE}.
 */
final class CareerLog {
    /** The "rule" of what the engine does at a review by itself (exits, hiring). */
    static final String ENGINE = "career review";

    private final EventLog mode;
    private final List<InterventionEvent> sink;
    private int week;
    private int retirements;
    private int dismissals;
    private int quits;
    private int hires;
    private int leftVacant;
    private final Map<String, Integer> promotionsByRule = new LinkedHashMap<>();

    CareerLog(EventLog mode, List<InterventionEvent> sink) {
        this.mode = mode;
        this.sink = sink;
    }

    void beginReview(int reviewWeek) {
        week = reviewWeek;
        retirements = 0;
        dismissals = 0;
        quits = 0;
        hires = 0;
        leftVacant = 0;
        promotionsByRule.clear();
    }

    void retired(String person, Supplier<String> detail) {
        retirements++;
        each(ENGINE, "retire", person, detail);
    }

    void dismissed(String person, Supplier<String> detail) {
        dismissals++;
        each(ENGINE, "dismiss", person, detail);
    }

    void quit(String person, Supplier<String> detail) {
        quits++;
        each(ENGINE, "quit", person, detail);
    }

    void promoted(String rule, String person, String position, Supplier<String> detail) {
        promotionsByRule.merge(rule, 1, Integer::sum);
        each(rule, "appoint", person + "," + position, detail);
    }

    void hired(String person, Supplier<String> detail) {
        hires++;
        each(ENGINE, "hire", person, detail);
    }

    void leftVacant(String position, Supplier<String> detail) {
        leftVacant++;
        each(ENGINE, "leaveVacant", position, detail);
    }

    /** Ends the review; with {@code per-review}, writes its row, ending with the bench strength after it. */
    void endReview(double benchStrength) {
        if (mode != EventLog.PER_REVIEW) {
            return;
        }
        int promotions = promotionsByRule.values().stream().mapToInt(Integer::intValue).sum();
        List<String> byRule = new ArrayList<>();
        promotionsByRule.forEach((rule, count) -> byRule.add(rule + ": " + count));
        // Concatenation, not String.format: a thousand-review run writes a thousand of these.
        String detail = count(retirements, "retirement") + ", " + count(dismissals, "dismissal") + ", "
                + count(quits, "quit") + ", " + count(promotions, "promotion")
                + (byRule.isEmpty() ? "" : " (" + String.join("; ", byRule) + ")") + ", " + count(hires, "hire") + ", "
                + count(leftVacant, "vacancy left open", "vacancies left open") + "; bench strength " + twoDecimals(benchStrength)
                + "%";
        sink.add(new InterventionEvent(week, ENGINE, "review", "organization", detail));
    }

    /**
     * {@code String.format("%.2f", value)} for a finite value, at a fraction of its cost: the
     * shortest decimal of the double (as {@code Double.toString}) rounded half up, which is what
     * {@link java.util.Formatter} does.
     */
    static String twoDecimals(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** Details are only formatted when they are written. */
    private void each(String rule, String action, String target, Supplier<String> detail) {
        if (mode == EventLog.EACH) {
            sink.add(new InterventionEvent(week, rule, action, target, detail.get()));
        }
    }

    private static String count(int count, String one) {
        return count(count, one, one + "s");
    }

    private static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
