package org.orgsim.model;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;

/**
 * The initial staff is a survivor stock, not a fresh draw from the hiring population.
 *
 * <p>People prone to burnout or disengagement quit more often (3.4.1), and hires come from the
 * whole population; so the people who have stayed for years are, on average, less prone than the
 * people who are hired. An organization whose initial staff is drawn like its hires starts out
 * unselected and drifts for a decade while turnover selects it (burnout complaints fell 3.4
 * points in ten unchanged years: docs/calibration.md, effects row H4). Here each initial person
 * with tenure T at the start of the warm-up is accepted with the probability that somebody with
 * their quit hazard survives T years relative to the most resilient person,
 * exp(−(h − h_min) · T'), where h is the weekly hazard the model gives them once their state has
 * settled in this organization and T' counts the first two years at the newcomer multiplier.
 * Whoever is rejected is redrawn from the hiring population and judged again after the new state
 * has settled: rejection sampling of the survivor stock, with the model's own hazard.
 *
 * <p>Three rounds, one third, one half and two thirds into the warm-up (at least 13 weeks), so the
 * last redrawn people still have a third of the warm-up to settle. Draws come from a stream of
 * their own per person, so nothing else shifts.
 */
final class InitialStaffSelection {
    private static final int ROUNDS = 3;
    private static final int MINIMUM_WARMUP_WEEKS = 13;

    private final OrgModel model;
    private final int startWeek;
    private final int[] roundWeeks = new int[ROUNDS];
    private List<Person> pending;

    InitialStaffSelection(OrgModel model, int warmupWeeks) {
        this.model = model;
        this.startWeek = -warmupWeeks;
        for (int round = 0; round < ROUNDS; round++) {
            roundWeeks[round] = startWeek + warmupWeeks * (round + 2) / (ROUNDS * 2);
        }
    }

    /** Whether the warm-up is long enough to let a redrawn person settle before week 0. */
    static boolean applies(int warmupWeeks) {
        return warmupWeeks >= MINIMUM_WARMUP_WEEKS;
    }

    /** At the start of a week: a selection round in the round weeks of the warm-up. */
    void weekStarted(int week) {
        for (int round = 0; round < ROUNDS; round++) {
            if (week == roundWeeks[round]) {
                select(round == 0 ? initialStaff() : pending);
            }
        }
    }

    private List<Person> initialStaff() {
        List<Person> initial = new ArrayList<>();
        for (Person person : model.organization.staff) {
            if (person.hiredWeek() < startWeek) {
                initial.add(person);
            }
        }
        return initial;
    }

    private void select(List<Person> judged) {
        ParameterSet p = model.parameters;
        double base = Turnover.baseWeeklyHazard(p);
        double resilient = Turnover.weeklyHazard(base, false, false, 1, 0, p);
        List<Person> redrawn = new ArrayList<>();
        for (Person person : judged) {
            if (!person.employed) {
                continue; // left during the warm-up
            }
            double hazard = Turnover.weeklyHazard(base, false, person.hasBurnoutComplaints(), person.engagement(), 0, p);
            int tenure = startWeek - person.hiredWeek();
            double exposure = tenure + (p.get(Parameter.QUIT_NEWCOMER_MULTIPLIER) - 1) * Math.min(tenure, Turnover.NEWCOMER_WEEKS);
            UniformRandomProvider random = model.streams.stream(StreamPurpose.INITIAL_SELECTION, RandomStreams.entityKey(person.id));
            if (random.nextDouble() >= Math.exp(-(hazard - resilient) * exposure)) {
                redraw(person, random, p);
                redrawn.add(person);
            }
        }
        pending = redrawn;
    }

    /** Somebody else from the hiring population takes this seat and tenure: new traits; their state adapts. */
    private static void redraw(Person person, UniformRandomProvider random, ParameterSet p) {
        ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(random);
        person.setStressTrait(p.get(Parameter.STRESS_TRAIT_SD) * gaussian.sample());
        person.setEngagementTrait(p.get(Parameter.ENGAGEMENT_TRAIT_SD) * gaussian.sample());
        person.setSafetyTrait(p.get(Parameter.SAFETY_TRAIT_SD) * gaussian.sample());
    }
}
