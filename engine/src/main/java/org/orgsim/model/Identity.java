package org.orgsim.model;

import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import sim.field.network.Edge;

/**
 * Team identification and what a reorganization does to it (social identity in mergers: van
 * Knippenberg, van Knippenberg, Monden and de Lima 2002; Jetten, O'Brien and Trindall 2002; the
 * social identity model of identity change, Haslam et al. 2021).
 *
 * <p>People identify with the team they work in, more the longer they have been in it: each week
 * together closes a share of the gap to full identification, so the people of a long-standing team
 * identify with it far more than those of a team formed last year. A reorganization keeps part of
 * that identity (continuity: the colleagues one knows are still there, the lead one worked for still
 * leads) and takes the rest. What is taken is a loss that strains people until a new identity has
 * formed; it is the larger the more they identified with the old team and the less continuity the
 * new one offers. So merging long-standing teams costs more than merging new ones, and the members
 * of the absorbed team, who lose their lead and their name, pay more than those of the team that
 * absorbs them (van Knippenberg et al. 2002: post-merger identification follows pre-merger
 * identification only where continuity is perceived).
 */
final class Identity {
    private Identity() {
    }

    /** Identification after {@code weeksTogether} weeks in the team. */
    static double afterWeeks(double weeksTogether, ParameterSet p) {
        return 1 - Math.pow(1 - p.get(Parameter.IDENTITY_GROWTH_RATE), Math.max(0, weeksTogether));
    }

    /** One more week in the team. */
    static void weekTogether(Person person, ParameterSet p) {
        person.setIdentification(person.identification() + p.get(Parameter.IDENTITY_GROWTH_RATE) * (1 - person.identification()));
    }

    /** The identity loss still felt this week: it fades as the new team's identity forms. */
    static double lossFelt(Person person, int week, ParameterSet p) {
        if (person.identityLoss() == 0) {
            return 0;
        }
        return person.identityLoss() * Math.exp(-(week - person.identityLossWeek()) / p.get(Parameter.IDENTITY_REBUILD_WEEKS));
    }

    /**
     * A team was reorganized (its ties already refreshed): every person keeps the share of their
     * identification the new team continues and feels the rest as a loss. Continuity is the mean of
     * how familiar the person is with the new team's people and with its lead; with
     * {@code newLeadership} (the team changed how it is led) the lead relationship counts as new for
     * everyone. Returns the team's mean discontinuity, 0 (nothing changed) to 1 (strangers, new lead).
     */
    static double reorganized(Team team, int week, boolean newLeadership, ParameterSet p) {
        java.util.List<Person> people = team.people();
        if (people.isEmpty()) {
            return 1;
        }
        Person lead = team.lead();
        java.util.IdentityHashMap<Person, double[]> familiarity = new java.util.IdentityHashMap<>();
        for (Person person : people) {
            familiarity.put(person, new double[3]); // sum of tie strengths, ties, tie with the lead
        }
        for (Edge edge : team.ties) {
            Person a = (Person) edge.getFrom();
            Person b = (Person) edge.getTo();
            double strength = ((Tie) edge.info).strength;
            add(familiarity.get(a), strength, b == lead);
            add(familiarity.get(b), strength, a == lead);
        }
        double discontinuitySum = 0;
        for (Person person : people) {
            double[] f = familiarity.get(person);
            double colleagues = f[1] > 0 ? f[0] / f[1] : 0;
            boolean judgesLead = lead != null && person != lead;
            double leadContinuity = newLeadership ? 0 : f[2];
            double continuity = judgesLead || newLeadership ? (colleagues + leadContinuity) / 2 : colleagues;
            keepShare(person, continuity, week, p);
            discontinuitySum += 1 - continuity;
        }
        return discontinuitySum / people.size();
    }

    /**
     * A change keeps the share {@code continuity} of the person's identification; the rest is a
     * loss, felt on top of what is left of an earlier one.
     */
    static void keepShare(Person person, double continuity, int week, ParameterSet p) {
        double lost = person.identification() * (1 - continuity);
        person.setIdentityLoss(Math.min(1, lossFelt(person, week, p) + lost), week);
        person.setIdentification(person.identification() * continuity);
    }

    private static void add(double[] familiarity, double strength, boolean withLead) {
        familiarity[0] += strength;
        familiarity[1]++;
        if (withLead) {
            familiarity[2] = strength;
        }
    }
}
