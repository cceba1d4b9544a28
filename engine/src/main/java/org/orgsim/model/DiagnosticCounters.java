package org.orgsim.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.orgsim.contract.Metric;

/**
 * The raw sums behind {@link Diagnostics}: what the phases report, added up. It knows nothing of
 * the counting window ({@link Diagnostics} only passes counted weeks on) nor of what the sums
 * mean ({@link DiagnosticFigures} derives the calibration figures from them).
 *
 * <p>Every counter is a plain sum so that runs pool by adding ({@link #add}); the fields are
 * package-visible for {@link DiagnosticFigures} to read and written only here.
 */
final class DiagnosticCounters {
    /** Working days per week, as everywhere in the model. */
    static final int DAYS_PER_WEEK = 5;
    /** Tenure weeks with a counter of their own (the rest count as settled). */
    private static final int TENURE_WEEKS = Diagnostics.TENURE_WEEKS_TRACKED;

    // --- absence (Absence) ---
    double scheduledDays;
    double spellDays;
    double burnoutLeaveDays;
    /** Spell days weighted by the stress-attributable fraction of the spell (1 - 1/m). */
    double stressAttributableSpellDays;
    /**
     * Stress-attributable fraction of each person's running spell, fixed when it starts. Only the
     * run's bookkeeping: a pooled sum never needs it, so {@link #add} leaves it out.
     */
    private final Map<Person, Double> spellFraction = new IdentityHashMap<>();
    long burnoutLeaveStarts;

    // --- quits (Turnover): [newcomer? 1 : 0][burned out? 1 : 0] ---
    final long[][] personWeeksAtRisk = new long[2][2];
    final long[][] quits = new long[2][2];
    long hires;
    long memberHires;
    double memberRecruitmentCost;

    // --- work and output (Work) ---
    /** Members' output (productive hours x productivity x team factor) by tenure week, and counts. */
    final double[] outputByTenure = new double[TENURE_WEEKS];
    final double[] scheduledHoursByTenure = new double[TENURE_WEEKS];
    double settledOutput;
    double settledScheduledHours;
    /** Output that newcomer members would have produced at full ramp-up, minus what they produced. */
    double rampLostOutput;
    /** Output lost because newcomer members' ties are weaker than the settled people's (colleagues). */
    double familiarityLostOutput;
    /** Output the vacant member seats would have produced (at their team's mean member output). */
    double vacancyLostOutput;
    /** Employer cost saved by vacant member seats. */
    double vacancySavedCost;
    double totalOutput;
    /** Employer cost of the staff (without recruitment), the denominator of the value of output. */
    double staffCost;
    double memberAnnualCostSum;
    double memberScheduledHours;
    long memberWeeks;

    // --- structure ---
    final List<Integer> spans = new ArrayList<>();
    /** Spans are taken once per run (the first counted week): the structure is what calibration compares. */
    private boolean spansRecorded;

    // --- contract metrics, summed over the counted weeks ---
    final double[] metricSums = new double[Metric.count()];
    int weeksCounted;

    /** Adds another run's sums to these. */
    void add(DiagnosticCounters other) {
        scheduledDays += other.scheduledDays;
        spellDays += other.spellDays;
        burnoutLeaveDays += other.burnoutLeaveDays;
        stressAttributableSpellDays += other.stressAttributableSpellDays;
        burnoutLeaveStarts += other.burnoutLeaveStarts;
        for (int newcomer = 0; newcomer < 2; newcomer++) {
            for (int burned = 0; burned < 2; burned++) {
                personWeeksAtRisk[newcomer][burned] += other.personWeeksAtRisk[newcomer][burned];
                quits[newcomer][burned] += other.quits[newcomer][burned];
            }
        }
        hires += other.hires;
        memberHires += other.memberHires;
        memberRecruitmentCost += other.memberRecruitmentCost;
        for (int week = 0; week < TENURE_WEEKS; week++) {
            outputByTenure[week] += other.outputByTenure[week];
            scheduledHoursByTenure[week] += other.scheduledHoursByTenure[week];
        }
        settledOutput += other.settledOutput;
        settledScheduledHours += other.settledScheduledHours;
        rampLostOutput += other.rampLostOutput;
        familiarityLostOutput += other.familiarityLostOutput;
        vacancyLostOutput += other.vacancyLostOutput;
        vacancySavedCost += other.vacancySavedCost;
        totalOutput += other.totalOutput;
        staffCost += other.staffCost;
        memberAnnualCostSum += other.memberAnnualCostSum;
        memberScheduledHours += other.memberScheduledHours;
        memberWeeks += other.memberWeeks;
        spans.addAll(other.spans);
        for (int metric = 0; metric < metricSums.length; metric++) {
            metricSums[metric] += other.metricSums[metric];
        }
        weeksCounted += other.weeksCounted;
    }

    // --- recording, one method per hook of Diagnostics ----------------------------------------------

    void spellStarted(Person person, double multiplier) {
        spellFraction.put(person, multiplier > 1 ? 1 - 1 / multiplier : 0);
    }

    void absence(Person person, boolean burnoutLeave, boolean leaveStarted) {
        scheduledDays += DAYS_PER_WEEK;
        if (leaveStarted) {
            burnoutLeaveStarts++;
        }
        if (burnoutLeave) {
            burnoutLeaveDays += person.absentDays();
        } else if (person.absentDays() > 0) {
            spellDays += person.absentDays();
            stressAttributableSpellDays += person.absentDays() * spellFraction.getOrDefault(person, 0.0);
        }
    }

    void atRisk(boolean newcomer, boolean burnedOut, boolean quit) {
        int n = newcomer ? 1 : 0;
        int b = burnedOut ? 1 : 0;
        personWeeksAtRisk[n][b]++;
        if (quit) {
            quits[n][b]++;
        }
    }

    void hired(Person person, double recruitmentCost) {
        hires++;
        if (person.role == Role.MEMBER) {
            memberHires++;
            memberRecruitmentCost += recruitmentCost;
        }
    }

    void memberWorked(int tenureWeeks, double scheduledHours, double output, double fullRampOutput,
                      double weeklyCost) {
        if (tenureWeeks < TENURE_WEEKS) {
            outputByTenure[tenureWeeks] += output;
            scheduledHoursByTenure[tenureWeeks] += scheduledHours;
        } else {
            settledOutput += output;
            settledScheduledHours += scheduledHours;
        }
        rampLostOutput += fullRampOutput - output;
        memberAnnualCostSum += 52 * weeklyCost;
        memberScheduledHours += scheduledHours;
        memberWeeks++;
    }

    void teamWorked(double output, double familiarityLost, int vacantSeats, double meanMemberOutput,
                    double memberWeeklyCost) {
        totalOutput += output;
        familiarityLostOutput += familiarityLost;
        vacancyLostOutput += vacantSeats * meanMemberOutput;
        vacancySavedCost += vacantSeats * memberWeeklyCost;
    }

    void weekRecorded(double weeklyStaffCost, double[] metrics, Organization organization) {
        if (!spansRecorded) {
            recordSpans(organization);
        }
        staffCost += weeklyStaffCost;
        for (int metric = 0; metric < metricSums.length; metric++) {
            metricSums[metric] += metrics[metric];
        }
        weeksCounted++;
    }

    /** Direct reports of every lead and manager position, vacant member seats counted as reports. */
    private void recordSpans(Organization organization) {
        spansRecorded = true;
        for (List<Position> level : organization.levels) {
            for (Position position : level) {
                int reports = position.span();
                for (Team team : position.teams) {
                    if (team.leadPosition == position) {
                        reports += team.memberVacancies.size();
                    }
                }
                spans.add(reports);
            }
        }
    }

    // --- selections over the quit cells -----------------------------------------------------------

    /** Quits of the people matching both conditions; {@code null} matches either value. */
    long quitsWhere(Boolean newcomer, Boolean burned) {
        return select(quits, newcomer, burned);
    }

    /** Person-weeks at risk of the people matching both conditions; {@code null} matches either value. */
    long atRiskWhere(Boolean newcomer, Boolean burned) {
        return select(personWeeksAtRisk, newcomer, burned);
    }

    private static long select(long[][] counts, Boolean newcomer, Boolean burned) {
        long sum = 0;
        for (int n = 0; n < 2; n++) {
            for (int b = 0; b < 2; b++) {
                if ((newcomer == null || newcomer == (n == 1)) && (burned == null || burned == (b == 1))) {
                    sum += counts[n][b];
                }
            }
        }
        return sum;
    }
}
