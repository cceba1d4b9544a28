package org.orgsim.model;

import java.util.List;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import sim.field.network.Edge;
import sim.field.network.Network;

/**
 * The familiarity network (a MASON {@link Network}): who has worked with whom, and how long.
 *
 * <p>Tie strength grows while two people work in the same team, w += rate x (1 - w) per week
 * (team familiarity raises performance: Huckman, Staats and Upton 2009), and decays slowly while
 * they are apart. Old ties survive a reorganization; new colleagues start at zero. Each team
 * caches the edges between its current people, so a week costs O(pairs within teams), never
 * O(all ties ever formed).
 */
final class Familiarity {
    /** Cohesion of a team of one: nobody to be familiar with, so neither high nor low. */
    static final double NEUTRAL_COHESION = 0.5;

    private final Network network = new Network(false);
    private final double growth;
    private final double decay;
    private final ParameterSet parameters;

    Familiarity(ParameterSet parameters) {
        this.growth = parameters.get(Parameter.FAMILIARITY_GROWTH);
        this.decay = parameters.get(Parameter.FAMILIARITY_DECAY);
        this.parameters = parameters;
    }

    /**
     * Sets the ties of a team as if its people had worked together for {@code togetherWeeks}
     * (capped by each pair's shorter tenure), creating ties that do not exist yet.
     */
    void seedTeam(Team team, int week, int togetherWeeks) {
        writeGrowth(team);
        List<Person> people = team.people();
        for (Person person : people) {
            person.setIdentification(Identity.afterWeeks(Math.min(togetherWeeks, person.tenureWeeks(week)), parameters));
        }
        Edge[][] cached = cachedTies(team.ties, people);
        for (int first = 0; first < people.size(); first++) {
            for (int second = first + 1; second < people.size(); second++) {
                Person a = people.get(first);
                Person b = people.get(second);
                int together = Math.min(togetherWeeks, Math.min(a.tenureWeeks(week), b.tenureWeeks(week)));
                double strength = 1 - Math.pow(1 - growth, together);
                Edge edge = existingTie(cached, first, second, a, b);
                if (edge == null) {
                    network.addEdge(a, b, new Tie(strength, week));
                } else {
                    ((Tie) edge.info).strength = strength;
                    ((Tie) edge.info).lastTogetherWeek = week;
                }
            }
        }
        team.tiesStale = true;
    }

    /** Recomputes the team's edge cache after its membership changed; new pairs start at zero. */
    void refresh(Team team, int week) {
        writeGrowth(team);
        List<Person> people = team.people();
        int pairs = people.size() * (people.size() - 1) / 2;
        Edge[] ties = new Edge[pairs];
        Edge[][] cached = cachedTies(team.ties, people);
        int index = 0;
        for (int first = 0; first < people.size(); first++) {
            for (int second = first + 1; second < people.size(); second++) {
                Person a = people.get(first);
                Person b = people.get(second);
                Edge edge = existingTie(cached, first, second, a, b);
                if (edge == null) {
                    network.addEdge(a, b, new Tie(0, week));
                    edge = network.getEdge(a, b);
                } else {
                    Tie tie = (Tie) edge.info;
                    int apart = week - tie.lastTogetherWeek - 1;
                    if (apart > 0) {
                        tie.strength *= Math.pow(1 - decay, apart);
                        tie.lastTogetherWeek = week - 1; // decay for those weeks is now applied
                    }
                }
                ties[index++] = edge;
            }
        }
        team.ties = ties;
        team.tiesStale = false;
        team.unfamiliarityAtSync = 1 - meanStrength(ties);
        team.cohesion = ties.length == 0 ? NEUTRAL_COHESION : 1 - team.unfamiliarityAtSync;
        team.workingUnfamiliarityAtSync = 1 - meanOfStrongest(ties, workingTies(people.size()));
        team.workingCohesion = ties.length == 0 ? NEUTRAL_COHESION : 1 - team.workingUnfamiliarityAtSync;
    }

    /**
     * The tie between the people at places {@code first} < {@code second}, or null: pairs that stay
     * together are in the old cache; only new pairs are looked up in the network (a hash lookup of a
     * person among everybody ever employed, a cache miss at scale).
     */
    private Edge existingTie(Edge[][] cached, int first, int second, Person a, Person b) {
        Edge edge = cached[first][second];
        return edge != null ? edge : network.getEdge(a, b);
    }

    /**
     * The team's cached ties between people who are still in it, by their places in {@code people}
     * (lower place first): the same edges the network holds for those pairs (one edge per pair; a
     * leaver's edges leave the network with them, and a leaver is not in {@code people}).
     */
    private static Edge[][] cachedTies(Edge[] ties, List<Person> people) {
        Edge[][] cached = new Edge[people.size()][people.size()];
        if (ties.length == 0) {
            return cached;
        }
        java.util.IdentityHashMap<Person, Integer> places = new java.util.IdentityHashMap<>(2 * people.size());
        for (int place = 0; place < people.size(); place++) {
            places.put(people.get(place), place);
        }
        for (Edge edge : ties) {
            Integer from = places.get((Person) edge.getFrom());
            Integer to = places.get((Person) edge.getTo());
            if (from != null && to != null) {
                cached[Math.min(from, to)][Math.max(from, to)] = edge;
            }
        }
        return cached;
    }

    /** Ties people work through: each of {@code people} aligns with {@link Work#alignmentPartners} colleagues. */
    private int workingTies(int people) {
        int pairs = people * (people - 1) / 2;
        return Math.min(pairs, (int) Math.ceil(people * Work.alignmentPartners(people, parameters) / 2));
    }

    /**
     * Mean strength of the {@code count} strongest ties. Every tie of a team grows by the same
     * factor each week, so which ties are strongest changes only with membership: sorting here, at a
     * membership change, is enough.
     */
    private static double meanOfStrongest(Edge[] ties, int count) {
        if (ties.length == 0) {
            return NEUTRAL_COHESION;
        }
        if (count >= ties.length) {
            return meanStrength(ties);
        }
        double[] strengths = new double[ties.length];
        for (int index = 0; index < ties.length; index++) {
            strengths[index] = ((Tie) ties[index].info).strength;
        }
        java.util.Arrays.sort(strengths);
        double sum = 0;
        for (int index = strengths.length - count; index < strengths.length; index++) {
            sum += strengths[index];
        }
        return sum / count;
    }

    /**
     * One week of working together: every tie inside the team grows, w += rate x (1 - w), which
     * multiplies each tie's unfamiliarity (1 - w) by (1 - rate). The factor is accumulated per
     * team and written into the ties only when the team changes ({@link #writeGrowth}).
     */
    void workTogether(Team team, int week) {
        team.pendingGrowth *= 1 - growth;
        team.lastGrowthWeek = week;
        if (team.ties.length > 0) {
            team.cohesion = 1 - team.unfamiliarityAtSync * team.pendingGrowth;
            team.workingCohesion = 1 - team.workingUnfamiliarityAtSync * team.pendingGrowth;
        }
    }

    /** Brings the cached ties up to date with the growth accumulated since the last change. */
    private static void writeGrowth(Team team) {
        if (team.pendingGrowth == 1) {
            return;
        }
        for (Edge edge : team.ties) {
            Tie tie = (Tie) edge.info;
            tie.strength = 1 - (1 - tie.strength) * team.pendingGrowth;
            tie.lastTogetherWeek = team.lastGrowthWeek;
        }
        team.pendingGrowth = 1;
    }

    void remove(Person person) {
        if (network.nodeExists(person)) {
            network.removeNode(person);
        }
    }

    /** Mean tie strength; a team of one has nobody to be familiar with and counts as neutral. */
    private static double meanStrength(Edge[] ties) {
        if (ties.length == 0) {
            return NEUTRAL_COHESION;
        }
        double sum = 0;
        for (Edge edge : ties) {
            sum += ((Tie) edge.info).strength;
        }
        return sum / ties.length;
    }
}
