package org.orgsim.model;

import java.util.Arrays;
import java.util.List;
import org.orgsim.contract.Metric;

/**
 * Counters that calibration needs and the contract's metrics do not show: where sick days come
 * from, who quits out of how many at risk, how fast newcomers become productive, and what a
 * replacement costs. One object per run, filled by small hooks in the phases of {@link OrgModel}
 * while a run is given one ({@link OrgModel#simulate(org.orgsim.scenario.Variant, long, int, int,
 * Diagnostics)}); without one the hooks cost a null check. Only weeks {@code firstWeek..lastWeek}
 * (both inclusive) are counted, so the warm-up stays out.
 *
 * <p>Counters add up: {@link #sum} pools runs, and every derived figure is computed from pooled
 * counters (a ratio of sums, not a mean of ratios), so that rare events such as quits of
 * burned-out people are estimated from every replication at once. {@code docs/calibration.md}
 * defines each derived figure; the definitions are repeated on the methods below.
 *
 * <p>This class is the face the phases and calibration see: it keeps the counting window and
 * passes counted weeks to {@link DiagnosticCounters} (the sums), and asks {@link DiagnosticFigures}
 * for the derived figures.
 */
public final class Diagnostics {
    /** Tenure weeks tracked one by one for the ramp-up curve (the model's two-year newcomer period). */
    public static final int TENURE_WEEKS_TRACKED = 104;

    private final int firstWeek;
    private final int lastWeek;
    private final DiagnosticCounters counters = new DiagnosticCounters();
    private final DiagnosticFigures figures = new DiagnosticFigures(counters);

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
            total.counters.add(run.counters);
        }
        return total;
    }

    boolean counts(int week) {
        return week >= firstWeek && week <= lastWeek;
    }

    // --- hooks, called by the phases -------------------------------------------------------------

    /** Absence: a spell starts whose hazard was {@code multiplier} times an unstrained person's. */
    void spellStarted(Person person, double multiplier) {
        // Not windowed: a spell started in the warm-up still has its days counted in the window.
        counters.spellStarted(person, multiplier);
    }

    /** Absence: the person's week, {@code burnoutLeave} when they are on long burnout leave. */
    void absence(int week, Person person, boolean burnoutLeave, boolean leaveStarted) {
        if (counts(week)) {
            counters.absence(person, burnoutLeave, leaveStarted);
        }
    }

    /** Turnover: one person's weekly quit draw. */
    void atRisk(int week, boolean newcomer, boolean burnedOut, boolean quit) {
        if (counts(week)) {
            counters.atRisk(newcomer, burnedOut, quit);
        }
    }

    /** Turnover: a vacancy was filled; {@code recruitmentCost} is what the model booked for it. */
    void hired(int week, Person person, double recruitmentCost) {
        if (counts(week)) {
            counters.hired(person, recruitmentCost);
        }
    }

    /**
     * Work: a member's week. {@code output} is what they produced; {@code fullRampOutput} what they
     * would have produced at full ramp-up.
     */
    void memberWorked(int week, int tenureWeeks, double scheduledHours, double output, double fullRampOutput,
                      double weeklyCost) {
        if (counts(week)) {
            counters.memberWorked(tenureWeeks, scheduledHours, output, fullRampOutput, weeklyCost);
        }
    }

    /** Work: a team's week, with output lost to newcomers' unfamiliarity and its vacant member seats. */
    void teamWorked(int week, double output, double familiarityLost, int vacantSeats, double meanMemberOutput,
                    double memberWeeklyCost) {
        if (counts(week)) {
            counters.teamWorked(output, familiarityLost, vacantSeats, meanMemberOutput, memberWeeklyCost);
        }
    }

    /**
     * Metrics: the week's staff cost (without recruitment) and every metric's value; the first
     * counted week also records the spans of control.
     */
    void weekRecorded(int week, double weeklyStaffCost, double[] metrics, Organization organization) {
        if (counts(week)) {
            counters.weekRecorded(weeklyStaffCost, metrics, organization);
        }
    }

    // --- derived figures ------------------------------------------------------------------------

    /** Weeks counted (over all pooled runs). */
    public int weeksCounted() {
        return counters.weeksCounted;
    }

    /** The mean of a contract metric's weekly values over the counted weeks. */
    public double metricMean(Metric metric) {
        return figures.metricMean(metric);
    }

    /** Days absent through sick spells and burnout leave / scheduled days. */
    public double sickLeave() {
        return figures.sickLeave();
    }

    /**
     * Share of sick days due to stress and burnout: burnout-leave days, plus the days of ordinary
     * spells weighted by the spell's stress-attributable fraction 1 - 1/m, where m is the factor by
     * which the person's stress raised the spell hazard over an unstrained person's (stress 0.3,
     * the model's reference), and 0 for spells of people at or below that stress.
     */
    public double stressShareOfSickDays() {
        return figures.stressShareOfSickDays();
    }

    /** Long burnout leaves started per 100 staff per year. */
    /**
     * Mean length of long burnout leave in weeks: burnout-leave days / 5 over leaves started in the
     * counted weeks (at steady state as many leaves end as start, so this is the mean duration).
     */
    public double meanBurnoutLeaveWeeks() {
        return counters.burnoutLeaveStarts == 0 ? Double.NaN : counters.burnoutLeaveDays / 5.0 / counters.burnoutLeaveStarts;
    }

    public double burnoutLeavesPer100PerYear() {
        return figures.burnoutLeavesPer100PerYear();
    }

    /** Quits / person-weeks at risk, converted to an annual rate 1 - (1 - weekly)^52. */
    public double annualQuitRate() {
        return figures.annualQuitRate();
    }

    /** Voluntary quits over the counted weeks / mean headcount at risk, per 52 weeks. */
    public double voluntaryAttrition() {
        return figures.voluntaryAttrition();
    }

    /** Share of the person-weeks at risk of quitting spent with tenure under two years. */
    public double newcomerShare() {
        return figures.newcomerShare();
    }

    /** Share of the person-weeks at risk of quitting spent with burnout complaints. */
    public double burnedOutShare() {
        return figures.burnedOutShare();
    }

    /** Quit hazard of people with tenure under two years over that of people with two years or more. */
    public double quitHazardRatioTenure() {
        return figures.quitHazardRatioTenure();
    }

    /** Quit hazard of people with burnout complaints over that of everybody else. */
    public double quitHazardRatioBurnout() {
        return figures.quitHazardRatioBurnout();
    }

    /** Median direct reports of the lead and manager positions. */
    public double medianSpan() {
        return figures.medianSpan();
    }

    /** Members' output per scheduled hour at each tenure week (NaN where nobody was observed). */
    public double[] newcomerProductivity() {
        return figures.newcomerProductivity();
    }

    /** Output per scheduled hour of settled members (two years of tenure or more). */
    public double settledProductivity() {
        return figures.settledProductivity();
    }

    /**
     * The output per scheduled hour at which a member's week is worth what it costs: a member's
     * employer cost per scheduled hour divided by the {@link #valuePerOutputHour value of an hour of
     * output}.
     */
    public double breakEvenProductivity() {
        return figures.breakEvenProductivity();
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
        return figures.rampUpBreakEvenWeeks();
    }

    /**
     * Value of one hour of output: the staff's employer cost divided by the staff's output over
     * the counted weeks (full-cost valuation: the output is worth what it costs to produce,
     * including leads and managers).
     */
    public double valuePerOutputHour() {
        return figures.valuePerOutputHour();
    }

    /** Mean annual employer cost of a member, the unit of the replacement-cost figures. */
    public double memberAnnualCost() {
        return figures.memberAnnualCost();
    }

    /** Replacement cost components per member hire, as shares of a member's annual employer cost. */
    public ReplacementCost replacementCost() {
        return figures.replacementCost();
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
        return counters.memberHires;
    }

    public long hires() {
        return counters.hires;
    }

    public List<Integer> spans() {
        return List.copyOf(counters.spans);
    }

    @Override
    public String toString() {
        return "Diagnostics{weeks " + firstWeek + ".." + lastWeek + ", counted " + counters.weeksCounted
                + ", quits " + Arrays.deepToString(counters.quits) + " of "
                + Arrays.deepToString(counters.personWeeksAtRisk) + "}";
    }
}
