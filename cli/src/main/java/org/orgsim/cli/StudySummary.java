package org.orgsim.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.orgsim.contract.Metric;
import org.orgsim.results.Numbers;
import org.orgsim.results.PrecisionOutcome;
import org.orgsim.results.Results;
import org.orgsim.results.SensitivityResults;
import org.orgsim.results.SweepResults;

/**
 * The lines {@code orgsim run} prints about the experiment design: how many replications
 * {@code replications: auto} used and whether its target was met, what a sweep ran, and the
 * "what matters most" ranking of a sensitivity screening.
 */
final class StudySummary {
    /** Parameters shown per metric in the ranking; the full table is in sensitivity.csv. */
    static final int RANKED = 5;

    private StudySummary() {
    }

    /** One line, or empty for a fixed number of replications. */
    static String precision(Results results) {
        PrecisionOutcome outcome = results.precision();
        if (outcome == null) {
            return "";
        }
        PrecisionOutcome.Worst worst = outcome.worst();
        String what = results.variants().size() == 1 ? "95% CI half-width of each mean"
                : "95% CI half-width of each paired difference";
        String target = what + " <= " + limit(outcome);
        String subject = results.variants().size() == 1 ? worst.metric().key()
                : worst.metric().key() + " of " + worst.variant() + " vs " + results.baselineName();
        if (outcome.met()) {
            return String.format(Locale.ROOT, "Replications: auto, %d used; target met (%s; widest: %s, %s <= %s)%n",
                    results.replications(), target, subject, number(worst.halfWidth()), number(worst.allowed()));
        }
        return String.format(Locale.ROOT,
                "Replications: auto, %d used (the maximum); target NOT met (%s; widest: %s, %s > %s allowed)%n",
                results.replications(), target, subject, number(worst.halfWidth()), number(worst.allowed()));
    }

    static String sweep(SweepResults sweep, String file) {
        if (sweep == null) {
            return "";
        }
        String parameters = sweep.parameters().stream().map(parameter -> parameter.key()).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "Sweep: %d points of %s x %d variant(s) x %d replications -> %s%n",
                sweep.points(), parameters, sweep.variants().size(), sweep.replications(), file);
    }

    /** Per metric and variant, the parameters ranked by mu*, largest first. */
    static String sensitivity(SensitivityResults sensitivity, String file) {
        if (sensitivity == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT,
                "What matters most (Morris screening: %d trajectories, %d levels, %d replications per point; "
                        + "mu* = mean |change of the metric per full range of the parameter|; all in %s)%n",
                sensitivity.trajectories(), sensitivity.levels(), sensitivity.replications(), file));
        for (Metric metric : sensitivity.metrics()) {
            for (String variant : sensitivity.variants()) {
                List<SensitivityResults.Effect> ranking = sensitivity.ranking(variant, metric);
                String label = sensitivity.variants().size() == 1 ? metric.key() : metric.key() + " (" + variant + ")";
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-28s", label));
                for (int rank = 0; rank < Math.min(RANKED, ranking.size()); rank++) {
                    SensitivityResults.Effect effect = ranking.get(rank);
                    line.append(rank == 0 ? " " : ", ").append(rank + 1).append(". ").append(effect.parameter().key())
                            .append(" (").append(number(effect.muStar())).append(')');
                }
                text.append(line).append(System.lineSeparator());
            }
        }
        return text.toString();
    }

    private static String limit(PrecisionOutcome outcome) {
        double relative = outcome.target().relativeHalfWidth();
        double absolute = outcome.target().absoluteHalfWidth();
        String share = Numbers.format(100 * relative) + "% of |baseline mean|";
        return absolute > 0 ? "max(" + share + ", " + Numbers.format(absolute) + ")" : share;
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return value == 0 ? "0" : String.format(Locale.ROOT, "%.4g", value);
    }
}
