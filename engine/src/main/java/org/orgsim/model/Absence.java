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
        for (Person person : model.organization.staff) {
            double spellDraw = person.sicknessRandom.nextDouble();
            double lengthDraw = person.sicknessRandom.nextDouble();
            double leaveDraw = person.sicknessRandom.nextDouble();
            double leaveLengthDraw = person.sicknessRandom.nextDouble();
            if (person.recoveryLeaveWeeksLeft > 0) {
                // Granted recovery leave: away from work, but not sickness absence.
                person.recoveryLeaveWeeksLeft--;
                person.absentDays = 5;
                person.sickDays = 0;
                tally.scheduledDays += 5;
                continue;
            }
            boolean burnoutLeave = true;
            boolean leaveStarted = false;
            if (person.burnoutLeaveWeeksLeft > 0) {
                person.burnoutLeaveWeeksLeft--;
                person.absentDays = 5;
            } else if (person.exhaustion >= leaveThreshold && leaveDraw < leaveHazard) {
                person.burnoutLeaveWeeksLeft = Math.max(1, (int) Math.round(-leaveMeanWeeks * Math.log(1 - leaveLengthDraw))) - 1;
                person.sickDaysLeft = 0;
                person.absentDays = 5;
                leaveStarted = true;
            } else {
                burnoutLeave = false;
                if (person.sickDaysLeft == 0) {
                    // Stress multiplies the hazard; 0.3 is roughly the stress of an unstrained person.
                    double multiplier = Math.exp(stressEffect * (person.stress - UNSTRAINED_STRESS));
                    double hazard = 1 - Math.exp(-spellRate * multiplier);
                    if (spellDraw < hazard) {
                        double days = medianDays * Math.exp(sigma * NormalQuantile.of(lengthDraw));
                        person.sickDaysLeft = Math.max(1, (int) Math.round(days));
                        if (model.diagnostics != null) {
                            model.diagnostics.spellStarted(person, multiplier);
                        }
                    }
                }
                int absent = Math.min(5, person.sickDaysLeft);
                person.sickDaysLeft -= absent;
                person.absentDays = absent;
            }
            if (model.diagnostics != null) {
                model.diagnostics.absence(model.week, person, burnoutLeave, leaveStarted);
            }
            person.sickDays = person.absentDays;
            tally.absentDays += person.absentDays;
            tally.scheduledDays += 5;
        }
    }
}
