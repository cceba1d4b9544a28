package org.orgsim.model;

import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;

/**
 * Sickness absence. Two separate states, as in Dutch absence statistics: ordinary sick spells
 * (frequent, days long, more likely under stress) and long burnout leave (rare, months long, only
 * once exhaustion is high). Every person draws exactly four numbers from their sickness stream
 * each week, used or not, so the draws stay aligned across variants (common random numbers).
 *
 * <p>Not a phase of its own: {@link Turnover} decides a person's week of absence in the same pass
 * over the staff that decides whether they stay (and newcomers' after they are hired), so the
 * people's arrays are read once a week instead of twice. Nothing between the two used to depend on
 * the other (the ties and arrivals in between never read absence), so the results are the same.
 */
final class Absence {
    /** Stress of an unstrained person: the reference at which the spell rate is the parameter's. */
    static final double UNSTRAINED_STRESS = 0.3;

    private final OrgModel model;
    private double spellRate;
    private double stressEffect;
    private double leaveHazard;
    private double leaveThreshold;
    private double medianDays;
    private double sigma;
    private double leaveMeanWeeks;
    /** The spell hazard at the highest stress (1): no draw at or above it starts a spell. */
    private double spellHazardCeiling;

    Absence(OrgModel model) {
        this.model = model;
    }

    /** Reads this week's parameters, before the first {@link #personWeek}. */
    void beginWeek() {
        ParameterSet p = model.parameters;
        spellRate = p.get(Parameter.SICK_SPELLS_PER_YEAR) / 52;
        stressEffect = p.get(Parameter.SICK_STRESS_EFFECT);
        leaveHazard = 1 - Math.exp(-p.get(Parameter.BURNOUT_LEAVE_PER_YEAR) / 52);
        leaveThreshold = p.get(Parameter.BURNOUT_LEAVE_EXHAUSTION);
        medianDays = p.get(Parameter.SICK_SPELL_MEDIAN_DAYS);
        sigma = p.get(Parameter.SICK_SPELL_SIGMA);
        leaveMeanWeeks = p.get(Parameter.BURNOUT_LEAVE_MEAN_WEEKS);
        spellHazardCeiling = spellHazard(1);
    }

    /** The weekly chance of a sick spell at this stress (the exponentials are the costly part of the pass). */
    private double spellHazard(double stress) {
        // Stress multiplies the hazard; 0.3 is roughly the stress of an unstrained person.
        return 1 - Math.exp(-spellRate * Math.exp(stressEffect * (stress - UNSTRAINED_STRESS)));
    }

    /** The week of the person in {@code slot}: leave, a sick spell or at work; the tally counts their days. */
    void personWeek(StaffState staff, int slot) {
        WeekTally tally = model.tally;
        double spellDraw = StaffState.nextDouble(staff.sicknessRandom0, staff.sicknessRandom1, slot);
        double lengthDraw = StaffState.nextDouble(staff.sicknessRandom0, staff.sicknessRandom1, slot);
        double leaveDraw = StaffState.nextDouble(staff.sicknessRandom0, staff.sicknessRandom1, slot);
        double leaveLengthDraw = StaffState.nextDouble(staff.sicknessRandom0, staff.sicknessRandom1, slot);
        if (staff.recoveryLeaveWeeksLeft[slot] > 0) {
            // Granted recovery leave: away from work, but not sickness absence.
            staff.recoveryLeaveWeeksLeft[slot]--;
            staff.absentDays[slot] = 5;
            staff.sickDays[slot] = 0;
            tally.scheduledDays += 5;
            return;
        }
        boolean burnoutLeave = true;
        boolean leaveStarted = false;
        double absentDays;
        if (staff.burnoutLeaveWeeksLeft[slot] > 0) {
            staff.burnoutLeaveWeeksLeft[slot]--;
            absentDays = 5;
        } else if (staff.exhaustion[slot] >= leaveThreshold && leaveDraw < leaveHazard) {
            staff.burnoutLeaveWeeksLeft[slot] = Math.max(1, (int) Math.round(-leaveMeanWeeks * Math.log(1 - leaveLengthDraw))) - 1;
            staff.sickDaysLeft[slot] = 0;
            absentDays = 5;
            leaveStarted = true;
        } else {
            burnoutLeave = false;
            // Most weeks' draws lie above the hazard of the most stressed person: then nobody's hazard
            // needs its two exponentials. The hazard rises with stress (0..1) and so does each
            // floating-point step of it (exp is semi-monotonic), so the decision is the same.
            double stress = staff.stress[slot];
            if (staff.sickDaysLeft[slot] == 0 && (spellDraw < spellHazardCeiling || stress > 1)) {
                double multiplier = Math.exp(stressEffect * (stress - UNSTRAINED_STRESS));
                double hazard = 1 - Math.exp(-spellRate * multiplier);
                if (spellDraw < hazard) {
                    double days = medianDays * Math.exp(sigma * NormalQuantile.of(lengthDraw));
                    staff.sickDaysLeft[slot] = Math.max(1, (int) Math.round(days));
                    if (model.diagnostics != null) {
                        model.diagnostics.spellStarted(staff.people[slot], multiplier);
                    }
                }
            }
            int absent = Math.min(5, staff.sickDaysLeft[slot]);
            staff.sickDaysLeft[slot] -= absent;
            absentDays = absent;
        }
        staff.absentDays[slot] = absentDays;
        if (model.diagnostics != null) {
            model.diagnostics.absence(model.week, staff.people[slot], burnoutLeave, leaveStarted);
        }
        staff.sickDays[slot] = absentDays;
        tally.absentDays += absentDays;
        tally.scheduledDays += 5;
    }
}
