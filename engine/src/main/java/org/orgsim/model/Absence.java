package org.orgsim.model;

import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Sickness absence. Two separate states, as in Dutch absence statistics: ordinary sick spells
 * (frequent, days long, more likely under stress) and long burnout leave (rare, months long, only
 * once exhaustion is high). Every person draws exactly four numbers from their sickness stream
 * each week, used or not, so the draws stay aligned across variants (common random numbers).
 */
final class Absence implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Stress of an unstrained person: the reference at which the spell rate is the parameter's. */
    static final double UNSTRAINED_STRESS = 0.3;

    private final OrgModel model;

    Absence(OrgModel model) {
        this.model = model;
    }

    @Override
    public void step(SimState state) {
        ParameterSet p = model.parameters;
        double spellRate = p.get(Parameter.SICK_SPELLS_PER_YEAR) / 52;
        double stressEffect = p.get(Parameter.SICK_STRESS_EFFECT);
        double leaveHazard = 1 - Math.exp(-p.get(Parameter.BURNOUT_LEAVE_PER_YEAR) / 52);
        double leaveThreshold = p.get(Parameter.BURNOUT_LEAVE_EXHAUSTION);
        double medianDays = p.get(Parameter.SICK_SPELL_MEDIAN_DAYS);
        double sigma = p.get(Parameter.SICK_SPELL_SIGMA);
        double leaveMeanWeeks = p.get(Parameter.BURNOUT_LEAVE_MEAN_WEEKS);
        WeekTally tally = model.tally;
        StaffState staff = model.organization.state;
        // Slots are the staff order: the tally's sums are taken in the order they always were.
        for (int slot = 0; slot < staff.size; slot++) {
            if (staff.people[slot] == null) {
                continue; // a hole left by somebody who left
            }
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
                continue;
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
                if (staff.sickDaysLeft[slot] == 0) {
                    // Stress multiplies the hazard; 0.3 is roughly the stress of an unstrained person.
                    double multiplier = Math.exp(stressEffect * (staff.stress[slot] - UNSTRAINED_STRESS));
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
}
