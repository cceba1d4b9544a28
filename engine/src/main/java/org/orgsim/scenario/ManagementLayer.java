package org.orgsim.scenario;

import java.util.Objects;

/**
 * A management level above the teams.
 *
 * @param name the level's name, e.g. "department manager"
 * @param span how many units of the level below one position of this level oversees
 */
public record ManagementLayer(String name, int span) {
    public ManagementLayer {
        Objects.requireNonNull(name, "name");
    }
}
