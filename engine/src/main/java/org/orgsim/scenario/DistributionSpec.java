package org.orgsim.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * A distribution of a personal attribute (competence, age), limited to a range.
 *
 * <p>A normal distribution is drawn with {@code mean} and {@code sd}; a uniform one between
 * {@code min} and {@code max} (its mean and sd are not used). A normal draw outside the range is
 * handled by {@code outOfRange}: {@link OutOfRange#REDRAW} draws again (a truncated normal; after
 * {@value #MAX_REDRAWS} draws outside the range the last one is clipped, so that a range far in a
 * tail cannot hang a run) or {@link OutOfRange#CLIP} moves it to the nearest bound (which puts a
 * probability mass on each bound).
 *
 * @param shape      normal or uniform
 * @param mean       mean of a normal distribution
 * @param sd         standard deviation of a normal distribution, 0 or more
 * @param min        lowest value, below {@code max}
 * @param max        highest value
 * @param outOfRange what happens to a draw outside [min, max]
 */
public record DistributionSpec(Shape shape, double mean, double sd, double min, double max, OutOfRange outOfRange) {
    /** Draws outside the range before {@link OutOfRange#REDRAW} gives up and clips. */
    public static final int MAX_REDRAWS = 1000;

    /** The form of the distribution. */
    public enum Shape {
        NORMAL, UNIFORM;

        public String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What happens to a draw outside the range. */
    public enum OutOfRange {
        REDRAW, CLIP;

        public String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public DistributionSpec {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(outOfRange, "outOfRange");
        if (!(min < max)) {
            throw new IllegalArgumentException("empty range: min " + min + " must be below max " + max);
        }
        if (!(sd >= 0)) {
            throw new IllegalArgumentException("sd must not be negative, was " + sd);
        }
    }

    public static DistributionSpec normal(double mean, double sd, double min, double max, OutOfRange outOfRange) {
        return new DistributionSpec(Shape.NORMAL, mean, sd, min, max, outOfRange);
    }

    public static DistributionSpec uniform(double min, double max) {
        return new DistributionSpec(Shape.UNIFORM, (min + max) / 2, 0, min, max, OutOfRange.CLIP);
    }

    /** A short description for messages and documentation, e.g. {@code normal(7, 2) on [1, 10], redraw}. */
    public String describe() {
        String range = "[" + YamlNode.format(min) + ", " + YamlNode.format(max) + "]";
        return shape == Shape.UNIFORM ? "uniform on " + range
                : "normal(" + YamlNode.format(mean) + ", " + YamlNode.format(sd) + ") on " + range + ", "
                        + outOfRange.yamlName();
    }
}
