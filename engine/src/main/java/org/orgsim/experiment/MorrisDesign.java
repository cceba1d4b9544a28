package org.orgsim.experiment;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Morris' one-at-a-time design (Morris 1991, as in Saltelli et al., Global Sensitivity Analysis,
 * 2008): {@code r} trajectories of {@code k + 1} points on a grid of {@code p} levels per parameter.
 *
 * <p>Each trajectory starts at a random grid point from which a step of Δ = p / (2 (p − 1)) stays
 * inside the unit cube; each parameter gets a random direction (up from its start, or down from
 * start + Δ); then the parameters move one at a time, in a random order, by Δ in their direction.
 * Consecutive points thus differ in exactly one parameter, by exactly Δ, which gives one
 * elementary effect per parameter per trajectory. Coordinates are kept as whole multiples of
 * 1 / (2 (p − 1)) so that Δ is exact.
 */
final class MorrisDesign {
    private final int parameters;
    private final int trajectories;
    private final int levels;
    /** [trajectory][point 0..k][parameter], in units of 1 / (2 (p - 1)). */
    private final int[][][] coordinates;
    /** [trajectory][step 1..k, stored at 0..k-1]: the parameter that moves. */
    private final int[][] moved;

    private MorrisDesign(int parameters, int trajectories, int levels, int[][][] coordinates, int[][] moved) {
        this.parameters = parameters;
        this.trajectories = trajectories;
        this.levels = levels;
        this.coordinates = coordinates;
        this.moved = moved;
    }

    static MorrisDesign of(int parameters, int trajectories, int levels, UniformRandomProvider random) {
        if (parameters < 1 || trajectories < 1 || levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("need parameters >= 1, trajectories >= 1 and even levels >= 2");
        }
        int step = levels;               // Δ in units of 1 / (2 (p - 1))
        int startChoices = levels / 2;   // grid levels j with j / (p - 1) + Δ <= 1
        int[][][] coordinates = new int[trajectories][parameters + 1][parameters];
        int[][] moved = new int[trajectories][];
        for (int trajectory = 0; trajectory < trajectories; trajectory++) {
            int[] start = coordinates[trajectory][0];
            int[] direction = new int[parameters];
            for (int parameter = 0; parameter < parameters; parameter++) {
                int level = 2 * random.nextInt(startChoices);
                direction[parameter] = random.nextBoolean() ? 1 : -1;
                start[parameter] = direction[parameter] > 0 ? level : level + step;
            }
            moved[trajectory] = DesignStreams.permutation(parameters, random);
            for (int point = 1; point <= parameters; point++) {
                int[] current = coordinates[trajectory][point];
                System.arraycopy(coordinates[trajectory][point - 1], 0, current, 0, parameters);
                int parameter = moved[trajectory][point - 1];
                current[parameter] += direction[parameter] * step;
            }
        }
        return new MorrisDesign(parameters, trajectories, levels, coordinates, moved);
    }

    int trajectories() {
        return trajectories;
    }

    int parameters() {
        return parameters;
    }

    /** Points of the whole design, trajectory by trajectory: r (k + 1). */
    int points() {
        return trajectories * (parameters + 1);
    }

    /** Δ as a share of each parameter's range. */
    double delta() {
        return levels / (2.0 * (levels - 1));
    }

    /** Where a design point lies in parameter {@code parameter}'s range: 0 = min, 1 = max. */
    double share(int point, int parameter) {
        int coordinate = coordinates[point / (parameters + 1)][point % (parameters + 1)][parameter];
        return coordinate / (2.0 * (levels - 1));
    }

    /** The parameter that moves from point {@code step - 1} to point {@code step} of a trajectory (step 1..k). */
    int moved(int trajectory, int step) {
        return moved[trajectory][step - 1];
    }

    /** +1 when that move goes up the range, -1 when it goes down. */
    int direction(int trajectory, int step) {
        int parameter = moved(trajectory, step);
        return Integer.signum(coordinates[trajectory][step][parameter] - coordinates[trajectory][step - 1][parameter]);
    }
}
