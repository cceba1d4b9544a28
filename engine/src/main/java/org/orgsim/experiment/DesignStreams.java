package org.orgsim.experiment;

import org.apache.commons.rng.UniformRandomProvider;
import org.orgsim.model.RandomStreams;

/**
 * Random streams of experiment designs (Latin hypercube points, Morris trajectories), apart from
 * the simulation's own streams so that drawing a design never shifts a run's draws.
 *
 * <p>The stream for (seed, purpose) is a {@link RandomSource#XO_RO_SHI_RO_128_PP} generator whose
 * full native seed (two 64-bit words) is derived from the scenario's seed and the purpose constant
 * by the SplitMix64 finaliser: same seed, same design, on every machine and thread count.
 */
final class DesignStreams {
    /** Purpose constant of the Latin hypercube of a sweep. */
    static final long LATIN_HYPERCUBE = 1;
    /** Purpose constant of the Morris trajectories of a sensitivity screening. */
    static final long MORRIS = 2;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    /** Keeps design streams apart from anything else derived from the same seed. */
    private static final long DESIGN_DOMAIN = 0x6F72677369D35E17L;

    private DesignStreams() {
    }

    static UniformRandomProvider stream(long seed, long purpose) {
        long state = RandomStreams.mix(seed ^ DESIGN_DOMAIN);
        return RandomStreams.generator(RandomStreams.mix(state + purpose * GOLDEN_GAMMA));
    }

    /** Fisher-Yates: a uniformly random order of 0..n-1. */
    static int[] permutation(int n, UniformRandomProvider random) {
        int[] order = new int[n];
        for (int index = 0; index < n; index++) {
            order[index] = index;
        }
        for (int index = n - 1; index > 0; index--) {
            int other = random.nextInt(index + 1);
            int swap = order[index];
            order[index] = order[other];
            order[other] = swap;
        }
        return order;
    }
}
