package org.orgsim.cli;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The benchmark's yardstick for careers-only runs: the model of {@code scenarios/promotion-policies.yaml}
 * (Pluchino, Rapisarda &amp; Garofalo 2010) written as a plain Java loop, the way one would write it
 * for a single study: flat arrays per level, one random generator per run, no rules, no events, no
 * per-entity random streams (one generator of the engine's kind, with the engine's normal sampler), no results pipeline. It does the same work per review as the engine:
 * everybody ages, retirements and dismissals, top-down promotion with one lottery number per
 * vacancy and candidate and the first candidates in the policy's order taken from a heap
 * (as the engine's ranking does), competence in the new role
 * (carried over with noise, or a fresh draw), hiring at the entry level, and one recorded row
 * (headcount, attrition, bench strength, mean competence per level). Not the engine's numbers
 * (other random streams), the engine's amount of work: {@code orgsim bench} compares the CPU time of
 * both.
 */
final class CareersReference {
    /** The five policies of rules/promotion/. */
    enum Policy { RANDOM, BEST, WORST, SENIORITY, MIX }

    private static final int[] POSITIONS = {1, 5, 11, 21, 41, 81};
    private static final double[] WEIGHTS = {1.0, 0.9, 0.8, 0.6, 0.4, 0.2};
    private static final double MIN = 1;
    private static final double MAX = 10;

    private final Policy policy;
    private final boolean fresh;
    private final UniformRandomProvider random;
    private final ZigguratSampler.NormalizedGaussian gaussian;
    private final double[][] competence = new double[POSITIONS.length][];
    private final double[][] age = new double[POSITIONS.length][];
    private final int[][] hiredWeek = new int[POSITIONS.length][];
    private final boolean[][] held = new boolean[POSITIONS.length][];
    private final double maxBench;
    private int leavers;
    /** Scratch arrays of one promotion round, sized for the largest level. */
    private final int[] open = new int[81];
    private final double[] vacancyLottery = new double[81];
    private final double[] lottery = new double[81];
    private final double[] key = new double[81];
    private final double[] tie = new double[81];
    private final int[] fromTop = new int[81];
    private final int[] fromBottom = new int[81];
    private int initial;

    private CareersReference(Policy policy, boolean fresh, long seed) {
        this.policy = policy;
        this.fresh = fresh;
        this.random = new XoRoShiRo128PlusPlus(seed, seed ^ 0x9E3779B97F4A7C15L);
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(random);
        double weighted = 0;
        for (int level = 0; level < POSITIONS.length; level++) {
            competence[level] = new double[POSITIONS[level]];
            age[level] = new double[POSITIONS[level]];
            hiredWeek[level] = new int[POSITIONS[level]];
            held[level] = new boolean[POSITIONS[level]];
            weighted += WEIGHTS[level] * POSITIONS[level];
        }
        maxBench = weighted * MAX;
    }

    /** The whole paper scenario: 5 policies x 2 hypotheses x {@code replications} runs of {@code reviews} reviews. */
    static double paperScenario(int replications, int reviews) {
        double sum = 0;
        for (boolean fresh : new boolean[] {false, true}) {
            for (Policy policy : Policy.values()) {
                for (int replication = 0; replication < replications; replication++) {
                    sum += new CareersReference(policy, fresh, 2010L * 1_000_003 + replication).run(reviews);
                }
            }
        }
        return sum;
    }

    /** One run; returns the last bench strength (so that the work cannot be optimized away). */
    private double run(int reviews) {
        double[][] rows = new double[reviews + 1][3 + POSITIONS.length];
        for (int level = 0; level < POSITIONS.length; level++) {
            for (int seat = 0; seat < POSITIONS[level]; seat++) {
                double skill = normal(7, 2, MIN, MAX);
                double years = normal(25, 5, 18, 60);
                double hiredAt = Math.min(years, normal(25, 5, 18, 60));
                place(level, seat, skill, years, -(int) Math.round((years - hiredAt) * 52));
            }
        }
        initial = POSITIONS[0] + POSITIONS[1] + POSITIONS[2] + POSITIONS[3] + POSITIONS[4] + POSITIONS[5];
        record(rows[0]);
        for (int review = 1; review <= reviews; review++) {
            int week = review * 52;
            for (int level = 0; level < POSITIONS.length; level++) {
                for (int seat = 0; seat < POSITIONS[level]; seat++) {
                    if (held[level][seat]) {
                        age[level][seat] += 1;
                        if (age[level][seat] >= 60 || competence[level][seat] < 4) {
                            held[level][seat] = false;
                            leavers++;
                        }
                    }
                }
            }
            for (int level = 0; level + 1 < POSITIONS.length; level++) {
                promote(level, week);
            }
            int entry = POSITIONS.length - 1;
            for (int seat = 0; seat < POSITIONS[entry]; seat++) {
                if (!held[entry][seat]) {
                    place(entry, seat, normal(7, 2, MIN, MAX), normal(25, 5, 18, 60), week);
                }
            }
            record(rows[review]);
        }
        return rows[reviews][2];
    }

    private void promote(int level, int week) {
        int vacancies = 0;
        for (int seat = 0; seat < POSITIONS[level]; seat++) {
            if (!held[level][seat]) {
                open[vacancies++] = seat;
            }
        }
        if (vacancies == 0) {
            return;
        }
        for (int index = 0; index < vacancies; index++) {
            vacancyLottery[index] = random.nextDouble();
        }
        int below = level + 1;
        int count = 0;
        for (int seat = 0; seat < POSITIONS[below]; seat++) {
            if (held[below][seat]) {
                lottery[seat] = random.nextDouble();
                key[seat] = switch (policy) {
                    case RANDOM -> 0;
                    case BEST, MIX -> -competence[below][seat];
                    case WORST -> competence[below][seat];
                    case SENIORITY -> hiredWeek[below][seat];
                };
                tie[seat] = policy == Policy.SENIORITY ? -age[below][seat] : 0;
                fromTop[count] = seat;
                fromBottom[count] = seat;
                count++;
            }
        }
        // Two binary heaps of the candidates, first in the policy's order at the top ("mix" takes
        // from either end); building them is O(n), each pick O(log n).
        int topSize = policy == Policy.WORST ? 0 : count;
        int bottomSize = policy == Policy.MIX ? count : 0;
        for (int node = topSize / 2 - 1; node >= 0; node--) {
            siftDown(fromTop, topSize, node, 1);
        }
        for (int node = bottomSize / 2 - 1; node >= 0; node--) {
            siftDown(fromBottom, bottomSize, node, -1);
        }
        if (policy == Policy.WORST) {
            System.arraycopy(fromTop, 0, fromBottom, 0, count);
            bottomSize = count;
            for (int node = bottomSize / 2 - 1; node >= 0; node--) {
                siftDown(fromBottom, bottomSize, node, 1);
            }
        }
        for (int index = 0; index < vacancies; index++) {
            boolean best = policy != Policy.WORST && (policy != Policy.MIX || vacancyLottery[index] < 0.5);
            int[] heap = best ? fromTop : fromBottom;
            int size = best ? topSize : bottomSize;
            while (size > 0 && !held[below][heap[0]]) {
                heap[0] = heap[--size];
                siftDown(heap, size, 0, best || policy == Policy.WORST ? 1 : -1);
            }
            if (best) {
                topSize = size;
            } else {
                bottomSize = size;
            }
            if (size == 0) {
                break;
            }
            int seat = heap[0];
            double before = competence[below][seat];
            held[below][seat] = false;
            double after = fresh ? normal(7, 2, MIN, MAX) : carriedOver(before);
            place(level, open[index], after, age[below][seat], hiredWeek[below][seat]);
        }
    }

    /** Restores the heap below {@code node}; {@code sign} 1 puts the smallest key on top, -1 the largest (ties: smaller lottery). */
    private void siftDown(int[] heap, int size, int node, int sign) {
        int at = node;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child], sign)) {
                child++;
            }
            if (!before(heap[child], heap[at], sign)) {
                return;
            }
            int swap = heap[at];
            heap[at] = heap[child];
            heap[child] = swap;
            at = child;
        }
    }

    private boolean before(int a, int b, int sign) {
        int order = sign * Double.compare(key[a], key[b]);
        if (order == 0) {
            order = sign * Double.compare(tie[a], tie[b]);
        }
        return order != 0 ? order < 0 : lottery[a] < lottery[b];
    }

    private void place(int level, int seat, double skill, double years, int hired) {
        competence[level][seat] = skill;
        age[level][seat] = years;
        hiredWeek[level][seat] = hired;
        held[level][seat] = true;
    }

    private void record(double[] row) {
        int headcount = 0;
        double weighted = 0;
        for (int level = 0; level < POSITIONS.length; level++) {
            double sum = 0;
            int count = 0;
            for (int seat = 0; seat < POSITIONS[level]; seat++) {
                if (held[level][seat]) {
                    sum += competence[level][seat];
                    count++;
                }
            }
            headcount += count;
            weighted += WEIGHTS[level] * sum;
            row[3 + level] = count > 0 ? sum / count : Double.NaN;
        }
        row[0] = headcount;
        row[1] = (double) leavers / initial;
        row[2] = 100 * weighted / maxBench;
    }

    private double carriedOver(double old) {
        double value = old + (2 * random.nextDouble() - 1);
        for (int attempt = 1; attempt < 100 && (value < MIN || value > MAX); attempt++) {
            value = old + (2 * random.nextDouble() - 1);
        }
        return Math.max(MIN, Math.min(MAX, value));
    }

    /** Normal(mean, sd), redrawn while outside [min, max]. */
    private double normal(double mean, double sd, double min, double max) {
        double value = mean + sd * gaussian.sample();
        for (int attempt = 1; attempt < 100 && (value < min || value > max); attempt++) {
            value = mean + sd * gaussian.sample();
        }
        return Math.max(min, Math.min(max, value));
    }
}
