package org.orgsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counters that calibration needs and the contract's metrics do not show: where sick days come
 * from, who quits out of how many at risk, how fast newcomers become productive, and what a
 * replacement costs. One object per run, filled by small hooks in the phases of {@link OrgModel}
 * while a run is given one ({@link OrgModel#simulate(org.orgsim.scenario.Variant, long, int, int,
 * Diagnostics)}); without one the hooks cost a null check. Only weeks {@code firstWeek..lastWeek}
 * (both inclusive) are counted, so the warm-up stays out.
 *
 * <p>Counters add up: {@link #add} pools runs, and every derived figure is computed from pooled
 * counters (a ratio of sums, not a mean of ratios), so that rare events such as quits of
 * burned-out people are estimated from every replication at once. {@code docs/calibration.md}
 * defines each derived figure; the definitions are repeated on the methods below.
 */
public final class Diagnostics {
    /** Tenure weeks tracked one by one for the ramp-up curve (the model's two-year newcomer period). */
    public static final int TENURE_WEEKS_TRACKED = 104;
    /** Working days per week, as everywhere in the model. */
    private static final int DAYS_PER_WEEK = 5;

    private final int firstWeek;
    private final int lastWeek;

    // --- absence (Absence) ---
    private double scheduledDays;
    private double spellDays;
    private double burnoutLeaveDays;
    /** Spell days weighted by the stress-attributable fraction of the spell (1 - 1/m). */
    private double stressAttributableSpellDays;
    /** Stress-attributable fraction of each person's running spell, fixed when it starts. */
    private final Map<Person, Double> spellFraction = new IdentityHashMap<>();
    private long burnoutLeaveStarts;

    // --- quits (Turnover): [newcomer? 1 : 0][burned out? 1 : 0] ---
    private final long[][] personWeeksAtRisk = new long[2][2];
    private final long[][] quits = new long[2][2];
    private long hires;
    private long memberHires;
    private double memberRecruitmentCost;

    // --- work and output (Work) ---
    /** Members' output (productive hours x productivity x team factor) by tenure week, and counts. */
    private final double[] outputByTenure = new double[TENURE_WEEKS_TRACKED];
    private final double[] scheduledHoursByTenure = new double[TENURE_WEEKS_TRACKED];
    private double settledOutput;
    private double settledScheduledHours;
    /** Output that newcomer members would have produced at full ramp-up, minus what they produced. */
    private double rampLostOutput;
    /** Output lost because newcomer members' ties are weaker than the settled people's (colleagues). */
    private double familiarityLostOutput;
    /** Output the vacant member seats would have produced (at their team's mean member output). */
    private double vacancyLostOutput;
    /** Employer cost saved by vacant member seats. */
    private double vacancySavedCost;
    private double totalOutput;
    /** Employer cost of the staff (without recruitment), the denominator of the value of output. */
    private double staffCost;
    private double memberAnnualCostSum;
    private double memberScheduledHours;
    private long memberWeeks;

    // --- structure ---
    private final List<Integer> spans = new ArrayList<>();
    private boolean spansRecorded;

    // --- contract metrics, summed over the counted weeks ---
    private final double[] metricSums = new double[Metric.count()];
    private int weeksCounted;

    public Diagnostics(int firstWeek, int lastWeek) {
        if (lastWeek < firstWeek) {
            throw new IllegalArgumentException("empty window " + firstWeek + ".." + lastWeek);
        }
        this.firstWeek = firstWeek;
        this.lastWeek = lastWeek;
    }

    /** The sum of several runs' counters (replications of one variant), for pooled estimates. */
    public static Diagnostics sum(List<Diagnostics> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to pool");
        }
        Diagnostics total = new Diagnostics(runs.get(0).firstWeek, runs.get(0).lastWeek);
        for (Diagnostics run : runs) {
            total.add(run);
        }
        return total;
    }

    private void add(Diagnostics other) {
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
        for (int week = 0; week < TENURE_WEEKS_TRACKED; week++) {
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

    boolean counts(int week) {
        return week >= firstWeek && week <= lastWeek;
    }

    // --- hooks, called by the phases -------------------------------------------------------------

    /** Absence: a spell starts whose hazard was {@code multiplier} times an unstrained person's. */
    void spellStarted(Person person, double multiplier) {
        spellFraction.put(person, multiplier > 1 ? 1 - 1 / multiplier : 0);
    }

    /** Absence: the person's week, {@code burnoutLeave} when they are on long burnout leave. */
    void absence(int week, Person person, boolean burnoutLeave, boolean leaveStarted) {
        if (!counts(week)) {
            return;
        }
        scheduledDays += DAYS_PER_WEEK;
        if (leaveStarted) {
            burnoutLeaveStarts++;
        }
        if (burnoutLeave) {
            burnoutLeaveDays += person.absentDays;
        } else if (person.absentDays > 0) {
            spellDays += person.absentDays;
            stressAttributableSpellDays += person.absentDays * spellFraction.getOrDefault(person, 0.0);
        }
    }

    /** Turnover: one person's weekly quit draw. */
    void atRisk(int week, boolean newcomer, boolean burnedOut, boolean quit) {
        if (!counts(week)) {
            return;
        }
        int n = newcomer ? 1 : 0;
        int b = burnedOut ? 1 : 0;
        personWeeksAtRisk[n][b]++;
        if (quit) {
            quits[n][b]++;
        }
    }

    /** Turnover: a vacancy was filled; {@code recruitmentCost} is what the model booked for it. */
    void hired(int week, Person person, double recruitmentCost) {
        if (!counts(week)) {
            return;
        }
        hires++;
        if (person.role == Role.MEMBER) {
            memberHires++;
            memberRecruitmentCost += recruitmentCost;
        }
    }

    /**
     * Work: a member's week. {@code output} is what they produced; {@code fullRampOutput} what they
     * would have produced at full ramp-up.
     */
    void memberWorked(int week, int tenureWeeks, double scheduledHours, double output, double fullRampOutput,
                      double weeklyCost) {
        if (!counts(week)) {
            return;
        }
        if (tenureWeeks < TENURE_WEEKS_TRACKED) {
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

    /** Work: a team's week, with output lost to newcomers' unfamiliarity and its vacant member seats. */
    void teamWorked(int week, double output, double familiarityLost, int vacantSeats, double meanMemberOutput,
                    double memberWeeklyCost) {
        if (!counts(week)) {
            return;
        }
        totalOutput += output;
        familiarityLostOutput += familiarityLost;
        vacancyLostOutput += vacantSeats * meanMemberOutput;
        vacancySavedCost += vacantSeats * memberWeeklyCost;
    }

    /** Metrics: the week's staff cost (without recruitment) and every metric's value. */
    void weekRecorded(int week, double weeklyStaffCost, double[] metrics, Organization organization) {
        if (!counts(week)) {
            return;
        }
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

    // --- derived figures ------------------------------------------------------------------------

    /** Weeks counted (over all pooled runs). */
    public int weeksCounted() {
        return weeksCounted;
    }

    /** The mean of a contract metric's weekly values over the counted weeks. */
    public double metricMean(Metric metric) {
        return weeksCounted == 0 ? Double.NaN : metricSums[metric.ordinal()] / weeksCounted;
    }

    /** Days absent through sick spells and burnout leave / scheduled days. */
    public double sickLeave() {
        return ratio(spellDays + burnoutLeaveDays, scheduledDays);
    }

    /**
     * Share of sick days due to stress and burnout: burnout-leave days, plus the days of ordinary
     * spells weighted by the spell's stress-attributable fraction 1 - 1/m, where m is the factor by
     * which the person's stress raised the spell hazard over an unstrained person's (stress 0.3,
     * the model's reference), and 0 for spells of people at or below that stress.
     */
    public double stressShareOfSickDays() {
        return ratio(burnoutLeaveDays + stressAttributableSpellDays, spellDays + burnoutLeaveDays);
    }

    /** Long burnout leaves started per 100 staff per year. */
    public double burnoutLeavesPer100PerYear() {
        return 100 * 52 * ratio(burnoutLeaveStarts * (double) DAYS_PER_WEEK, scheduledDays);
    }

    /** Quits / person-weeks at risk, converted to an annual rate 1 - (1 - weekly)^52. */
    public double annualQuitRate() {
        long atRisk = 0;
        long quit = 0;
        for (int n = 0; n < 2; n++) {
            for (int b = 0; b < 2; b++) {
                atRisk += personWeeksAtRisk[n][b];
                quit += quits[n][b];
            }
        }
        return 1 - Math.pow(1 - ratio(quit, atRisk), 52);
    }

    /** Voluntary quits over the counted weeks / mean headcount at risk, per 52 weeks. */
    public double voluntaryAttrition() {
        long atRisk = 0;
        long quit = 0;
        for (int n = 0; n < 2; n++) {
            for (int b = 0; b < 2; b++) {
                atRisk += personWeeksAtRisk[n][b];
                quit += quits[n][b];
            }
        }
        return ratio(quit, atRisk) * 52;
    }

    /** Share of the person-weeks at risk of quitting spent with tenure under two years. */
    public double newcomerShare() {
        return ratio(atRiskWhere(true, null), atRiskWhere(null, null));
    }

    /** Share of the person-weeks at risk of quitting spent with burnout complaints. */
    public double burnedOutShare() {
        return ratio(atRiskWhere(null, true), atRiskWhere(null, null));
    }

    /** Quit hazard of people with tenure under two years over that of people with two years or more. */
    public double quitHazardRatioTenure() {
        return ratio(quitsWhere(true, null), atRiskWhere(true, null))
                / ratio(quitsWhere(false, null), atRiskWhere(false, null));
    }

    /** Quit hazard of people with burnout complaints over that of everybody else. */
    public double quitHazardRatioBurnout() {
        return ratio(quitsWhere(null, true), atRiskWhere(null, true))
                / ratio(quitsWhere(null, false), atRiskWhere(null, false));
    }

    private long quitsWhere(Boolean newcomer, Boolean burned) {
        return select(quits, newcomer, burned);
    }

    private long atRiskWhere(Boolean newcomer, Boolean burned) {
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

    /** Median direct reports of the lead and manager positions. */
    public double medianSpan() {
        if (spans.isEmpty()) {
            return Double.NaN;
        }
        int[] sorted = spans.stream().mapToInt(Integer::intValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    /** Members' output per scheduled hour at each tenure week (NaN where nobody was observed). */
    public double[] newcomerProductivity() {
        double[] curve = new double[TENURE_WEEKS_TRACKED];
        for (int week = 0; week < TENURE_WEEKS_TRACKED; week++) {
            curve[week] = scheduledHoursByTenure[week] > 0 ? outputByTenure[week] / scheduledHoursByTenure[week] : Double.NaN;
        }
        return curve;
    }

    /** Output per scheduled hour of settled members (two years of tenure or more). */
    public double settledProductivity() {
        return ratio(settledOutput, settledScheduledHours);
    }

    /**
     * The output per scheduled hour at which a member's week is worth what it costs: a member's
     * employer cost per scheduled hour divided by the {@link #valuePerOutputHour value of an hour of
     * output}.
     */
    public double breakEvenProductivity() {
        return ratio(memberAnnualCostSum / 52, memberScheduledHours) / valuePerOutputHour();
    }

    /**
     * Ramp-up break-even, in weeks of tenure (Watkins' break-even point): the first tenure week from
     * which newcomer members create as much value as they cost, i.e. their output per scheduled
     * hour, valued at the {@link #valuePerOutputHour full-cost value of output}, covers their
     * employer cost ({@link #breakEvenProductivity}). The output is averaged over that week and the
     * next three, to smooth the noise of a few newcomers per tenure week. NaN if it never does
     * within the tracked two years.
     */
    public double rampUpBreakEvenWeeks() {
        double threshold = breakEvenProductivity();
        for (int week = 0; week + 3 < TENURE_WEEKS_TRACKED; week++) {
            double output = 0;
            double hours = 0;
            for (int next = week; next <= week + 3; next++) {
                output += outputByTenure[next];
                hours += scheduledHoursByTenure[next];
            }
            if (hours > 0 && output / hours >= threshold) {
                return week;
            }
        }
        return Double.NaN;
    }

    /**
     * Value of one hour of output: the staff's employer cost divided by the staff's output over
     * the counted weeks (full-cost valuation: the output is worth what it costs to produce,
     * including leads and managers).
     */
    public double valuePerOutputHour() {
        return ratio(staffCost, totalOutput);
    }

    /** Mean annual employer cost of a member, the unit of the replacement-cost figures. */
    public double memberAnnualCost() {
        return ratio(memberAnnualCostSum, memberWeeks);
    }

    /** Replacement cost components per member hire, as shares of a member's annual employer cost. */
    public ReplacementCost replacementCost() {
        double perHire = memberHires == 0 ? Double.NaN : 1.0 / (memberHires * memberAnnualCost());
        double value = valuePerOutputHour();
        return new ReplacementCost(
                (vacancyLostOutput * value - vacancySavedCost) * perHire,
                memberRecruitmentCost * perHire,
                rampLostOutput * value * perHire,
                familiarityLostOutput * value * perHire);
    }

    /**
     * What replacing a member costs, each part as a share of a member's annual employer cost.
     *
     * @param vacancy     output the empty seat does not produce while it is vacant, valued at the
     *                    full-cost value of output, minus the employer cost saved meanwhile
     * @param recruitment the one-off recruitment cost the model books at hiring
     * @param rampUp      output the newcomer does not produce while ramping up
     * @param colleagues  output the team loses because its people are less familiar with the
     *                    newcomer than with each other (more alignment time, lower team productivity)
     */
    public record ReplacementCost(double vacancy, double recruitment, double rampUp, double colleagues) {
        public double total() {
            return vacancy + recruitment + rampUp + colleagues;
        }
    }

    public long memberHires() {
        return memberHires;
    }

    public long hires() {
        return hires;
    }

    public List<Integer> spans() {
        return List.copyOf(spans);
    }

    @Override
    public String toString() {
        return "Diagnostics{weeks " + firstWeek + ".." + lastWeek + ", counted " + weeksCounted
                + ", quits " + Arrays.deepToString(quits) + " of " + Arrays.deepToString(personWeeksAtRisk) + "}";
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}
