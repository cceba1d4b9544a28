package org.orgsim.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.orgsim.scenario.CareersSpec;
import org.orgsim.scenario.DistributionSpec;

/**
 * The random draws of careers: a personal attribute from its distribution, and competence in a new
 * role after a promotion. Each draw takes the stream to draw from, so that callers decide which
 * entity a draw belongs to (common random numbers).
 */
final class CareerDraws {
    private CareerDraws() {
    }

    /**
     * A value of {@code spec}: uniform on [min, max], or normal(mean, sd) with a draw outside
     * [min, max] redrawn (at most {@link DistributionSpec#MAX_REDRAWS} times, then clipped) or clipped.
     */
    static double draw(DistributionSpec spec, UniformRandomProvider random) {
        if (spec.shape() == DistributionSpec.Shape.UNIFORM) {
            return spec.min() + (spec.max() - spec.min()) * random.nextDouble();
        }
        ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(random);
        double value = spec.mean() + spec.sd() * gaussian.sample();
        if (spec.outOfRange() == DistributionSpec.OutOfRange.REDRAW) {
            for (int attempt = 1; attempt < DistributionSpec.MAX_REDRAWS && outside(value, spec); attempt++) {
                value = spec.mean() + spec.sd() * gaussian.sample();
            }
        }
        return clip(value, spec);
    }

    /**
     * Competence in the new role after a promotion, from competence {@code old} in the old one:
     * <ul>
     *   <li>carry-over: old + U(−noise, +noise), the noise redrawn while the result leaves the range
     *       (or the result clipped, as the distribution's {@code outOfRange} says; a uniform
     *       distribution clips);</li>
     *   <li>fresh: a new draw from the competence distribution;</li>
     *   <li>blend: ρ · carry-over + (1 − ρ) · fresh, ρ = carryOverWeight (both terms drawn as above,
     *       so the blend stays in range).</li>
     * </ul>
     */
    static double newRoleCompetence(double old, CareersSpec careers, DistributionSpec competence,
                                    UniformRandomProvider random) {
        return switch (careers.newRoleCompetence()) {
            case CARRY_OVER -> carriedOver(old, careers.noise(), competence, random);
            case FRESH -> draw(competence, random);
            case BLEND -> {
                double carried = carriedOver(old, careers.noise(), competence, random);
                double fresh = draw(competence, random);
                double weight = careers.carryOverWeight();
                yield clip(weight * carried + (1 - weight) * fresh, competence);
            }
        };
    }

    private static double carriedOver(double old, double noise, DistributionSpec competence,
                                      UniformRandomProvider random) {
        double value = old + noise * (2 * random.nextDouble() - 1);
        boolean redraw = competence.shape() == DistributionSpec.Shape.NORMAL
                && competence.outOfRange() == DistributionSpec.OutOfRange.REDRAW;
        if (redraw) {
            for (int attempt = 1; attempt < DistributionSpec.MAX_REDRAWS && outside(value, competence); attempt++) {
                value = old + noise * (2 * random.nextDouble() - 1);
            }
        }
        return clip(value, competence);
    }

    private static boolean outside(double value, DistributionSpec spec) {
        return value < spec.min() || value > spec.max();
    }

    private static double clip(double value, DistributionSpec spec) {
        return Math.max(spec.min(), Math.min(spec.max(), value));
    }
}
