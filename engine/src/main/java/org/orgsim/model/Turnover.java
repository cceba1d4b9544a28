package org.orgsim.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.orgsim.contract.Metric;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Voluntary attrition and hiring. The weekly quit hazard is the base annual rate converted as
 * 1 - (1 - annual)^(1/52), multiplied for newcomers (first two years), for people with burnout
 * complaints, and by exp(effect x (0.5 - engagement)). A leaver's seat becomes a vacancy that is
 * filled after a lag by a newcomer who has no ties and must ramp up.
 *
 * <p>The same pass over the staff decides each stayer's week of {@link Absence}: one pass over the
 * people's arrays instead of two.
 */
final class Turnover implements Steppable {
    private static final long serialVersionUID = 1L;
    static final int NEWCOMER_WEEKS = 104;

    private final OrgModel model;
    private final Absence absence;

    Turnover(OrgModel model) {
        this.model = model;
        this.absence = new Absence(model);
    }

    @Override
    public void step(SimState state) {
        ParameterSet p = model.parameters;
        int week = model.week;
        double baseHazard = baseWeeklyHazard(p);
        StaffState staff = model.organization.state;
        // Job insecurity only after layoffs: without any, nobody's team needs looking up.
        boolean insecure = model.anyInsecurity();
        absence.beginWeek();
        // Most draws lie above the hazard of a burned-out newcomer with no engagement at all: then
        // nobody's hazard needs its exponential. The hazard rises with each of those (the parameters'
        // ranges keep multipliers >= 1 and effects >= 0), and so does each floating-point step of
        // it (exp is semi-monotonic), so the decision is the same.
        double ceiling = weeklyHazard(baseHazard, true, true, 0, 0, p);
        for (int slot = 0; slot < staff.size; slot++) {
            Person person = staff.people[slot];
            if (person == null) {
                continue; // a hole left by somebody who left
            }
            double draw = StaffState.nextDouble(staff.attritionRandom0, staff.attritionRandom1, slot);
            boolean newcomer = week - staff.hiredWeek[slot] < NEWCOMER_WEEKS;
            boolean burnedOut = staff.exhaustion[slot] >= Metric.BURNOUT_COMPLAINT_THRESHOLD;
            double engagement = staff.engagement[slot];
            boolean quits = (draw < ceiling || insecure || engagement < 0)
                    && draw < weeklyHazard(baseHazard, newcomer, burnedOut, engagement, insecure ? model.insecurity(person) : 0, p);
            if (quits) {
                model.depart(person, true);
            }
            if (model.diagnostics != null) {
                model.diagnostics.atRisk(week, newcomer, burnedOut, quits);
            }
            if (!quits) {
                absence.personWeek(staff, slot); // while their state is at hand: one pass, not two
            }
        }
        List<Person> hires = hire(week, p);
        model.updateStaff(hires);
        for (Person newcomer : hires) { // after everybody else, as in the staff order
            absence.personWeek(staff, newcomer.slot);
        }
    }

    static double baseWeeklyHazard(ParameterSet p) {
        return 1 - Math.pow(1 - p.get(Parameter.QUIT_ANNUAL_RATE), 1.0 / 52);
    }

    /** The weekly quit hazard of a person in this state (also used to select the initial staff). */
    static double weeklyHazard(double baseHazard, boolean newcomer, boolean burnedOut, double engagement,
                               double insecurity, ParameterSet p) {
        return baseHazard
                * (newcomer ? p.get(Parameter.QUIT_NEWCOMER_MULTIPLIER) : 1)
                * (burnedOut ? p.get(Parameter.QUIT_BURNOUT_MULTIPLIER) : 1)
                * Math.exp(p.get(Parameter.QUIT_ENGAGEMENT_EFFECT) * (0.5 - engagement)
                        + p.get(Parameter.LAYOFF_INSECURITY_QUIT_EFFECT) * insecurity);
    }

    private List<Person> hire(int week, ParameterSet p) {
        List<Person> hires = new ArrayList<>();
        if (model.hiringFrozen) {
            return hires; // vacancies stay open until the freeze ends
        }
        for (Team team : model.organization.teams) {
            for (Iterator<Integer> vacancies = team.memberVacancies.iterator(); vacancies.hasNext(); ) {
                if (vacancies.next() <= week) {
                    vacancies.remove();
                    String entity = "team:" + team.name + "/hire/" + team.hireSequence++;
                    Person person = model.factory.hire(entity, Role.MEMBER, team.hiringRandom, week);
                    person.team = team;
                    team.members.add(person);
                    team.tiesStale = true;
                    hires.add(person);
                    recordHiringCost(person, p);
                }
            }
        }
        for (Position position : model.positionsBottomUp) {
            if (position.holder == null && position.fillWeek <= week) {
                if (position.hiringRandom == null) {
                    position.hiringRandom = model.streams.stream(StreamPurpose.HIRING, RandomStreams.entityKey(position.id));
                }
                Role role = position.teams.isEmpty() || position.teams.get(0).leadPosition != position
                        ? Role.MANAGER : Role.LEAD;
                String entity = position.id + "/hire/" + position.hireSequence++;
                Person person = model.factory.hire(entity, role, position.hiringRandom, week);
                person.position = position;
                position.holder = person;
                if (role == Role.LEAD) {
                    person.team = position.teams.get(0);
                    person.team.tiesStale = true;
                }
                hires.add(person);
                recordHiringCost(person, p);
            }
        }
        return hires;
    }

    private void recordHiringCost(Person person, ParameterSet p) {
        double cost = p.get(Parameter.RECRUITMENT_COST_SHARE) * 52 * model.weeklyCost(person);
        model.tally.hiringCost += cost;
        if (model.diagnostics != null) {
            model.diagnostics.hired(model.week, person, cost);
        }
    }
}
