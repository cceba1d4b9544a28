package org.orgsim.model;

import org.orgsim.contract.Metric;
import org.orgsim.model.Diagnostics.ReplacementCost;

/**
 * The calibration figures derived from {@link DiagnosticCounters}: the arithmetic behind the public
 * methods of {@link Diagnostics}, which carry the definitions (also in {@code docs/calibration.md}).
 *
 * <p>Every figure is a ratio of pooled sums, never a mean of per-run ratios, so that rare events
 * (quits of burned-out people, a few newcomers per tenure week) are estimated from every
 * replication at once. A ratio with nothing in its denominator is NaN: the figure was not observed.
 */
final class DiagnosticFigures {
    private static final int TENURE_WEEKS = Diagnostics.TENURE_WEEKS_TRACKED;
    /** Tenure weeks averaged for the break-even test: a few newcomers per tenure week are noisy. */
    private static final int BREAK_EVEN_SMOOTHING_WEEKS = 4;

    private final DiagnosticCounters counts;

    DiagnosticFigures(DiagnosticCounters counts) {
        this.counts = counts;
    }

    double metricMean(Metric metric) {
        return counts.weeksCounted == 0 ? Double.NaN : counts.metricSums[metric.ordinal()] / counts.weeksCounted;
    }

    // --- absence --------------------------------------------------------------------------------

    double sickLeave() {
        return ratio(counts.spellDays + counts.burnoutLeaveDays, counts.scheduledDays);
    }

    double stressShareOfSickDays() {
        return ratio(counts.burnoutLeaveDays + counts.stressAttributableSpellDays,
                counts.spellDays + counts.burnoutLeaveDays);
    }

    double burnoutLeavesPer100PerYear() {
        // Scheduled days / days per week = person-weeks of staff.
        return 100 * 52 * ratio(counts.burnoutLeaveStarts * (double) DiagnosticCounters.DAYS_PER_WEEK,
                counts.scheduledDays);
    }

    // --- quits ----------------------------------------------------------------------------------

    double annualQuitRate() {
        return 1 - Math.pow(1 - ratio(counts.quitsWhere(null, null), counts.atRiskWhere(null, null)), 52);
    }

    double voluntaryAttrition() {
        return ratio(counts.quitsWhere(null, null), counts.atRiskWhere(null, null)) * 52;
    }

    double newcomerShare() {
        return ratio(counts.atRiskWhere(true, null), counts.atRiskWhere(null, null));
    }

    double burnedOutShare() {
        return ratio(counts.atRiskWhere(null, true), counts.atRiskWhere(null, null));
    }

    double quitHazardRatioTenure() {
        return ratio(counts.quitsWhere(true, null), counts.atRiskWhere(true, null))
                / ratio(counts.quitsWhere(false, null), counts.atRiskWhere(false, null));
    }

    double quitHazardRatioBurnout() {
        return ratio(counts.quitsWhere(null, true), counts.atRiskWhere(null, true))
                / ratio(counts.quitsWhere(null, false), counts.atRiskWhere(null, false));
    }

    // --- structure ------------------------------------------------------------------------------

    double medianSpan() {
        if (counts.spans.isEmpty()) {
            return Double.NaN;
        }
        int[] sorted = counts.spans.stream().mapToInt(Integer::intValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    // --- output, its value, and what newcomers and replacements cost ----------------------------

    double[] newcomerProductivity() {
        double[] curve = new double[TENURE_WEEKS];
        for (int week = 0; week < TENURE_WEEKS; week++) {
            curve[week] = counts.scheduledHoursByTenure[week] > 0
                    ? counts.outputByTenure[week] / counts.scheduledHoursByTenure[week] : Double.NaN;
        }
        return curve;
    }

    double settledProductivity() {
        return ratio(counts.settledOutput, counts.settledScheduledHours);
    }

    double breakEvenProductivity() {
        return ratio(counts.memberAnnualCostSum / 52, counts.memberScheduledHours) / valuePerOutputHour();
    }

    double rampUpBreakEvenWeeks() {
        double threshold = breakEvenProductivity();
        for (int week = 0; week + BREAK_EVEN_SMOOTHING_WEEKS - 1 < TENURE_WEEKS; week++) {
            double output = 0;
            double hours = 0;
            for (int next = week; next < week + BREAK_EVEN_SMOOTHING_WEEKS; next++) {
                output += counts.outputByTenure[next];
                hours += counts.scheduledHoursByTenure[next];
            }
            if (hours > 0 && output / hours >= threshold) {
                return week;
            }
        }
        return Double.NaN;
    }

    double valuePerOutputHour() {
        return ratio(counts.staffCost, counts.totalOutput);
    }

    double memberAnnualCost() {
        return ratio(counts.memberAnnualCostSum, counts.memberWeeks);
    }

    ReplacementCost replacementCost() {
        double perHire = counts.memberHires == 0 ? Double.NaN : 1.0 / (counts.memberHires * memberAnnualCost());
        double value = valuePerOutputHour();
        return new ReplacementCost(
                (counts.vacancyLostOutput * value - counts.vacancySavedCost) * perHire,
                counts.memberRecruitmentCost * perHire,
                counts.rampLostOutput * value * perHire,
                counts.familiarityLostOutput * value * perHire);
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}
