package org.orgsim.scenario;

import java.util.Objects;

/**
 * One hierarchy level of an organization described as levels (a careers-only scenario): its name,
 * how many positions it has, and how much responsibility each of them carries. Levels are listed
 * top first; the last level is the entry level, filled by hiring.
 *
 * @param name      unique level name, e.g. "director"; also names the series
 *                  {@code competence_level_<name>}
 * @param positions seats in the level, at least 1
 * @param weight    responsibility weight of each seat, positive; weights the level in
 *                  {@code bench_strength}
 */
public record LevelSpec(String name, int positions, double weight) {
    public LevelSpec {
        Objects.requireNonNull(name, "name");
        if (positions < 1) {
            throw new IllegalArgumentException("a level needs at least one position, was " + positions);
        }
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("a level's weight must be positive, was " + weight);
        }
    }
}
