package org.orgsim.scenario;

import java.util.Locale;

/** How a team takes its decisions. */
public enum LeadershipStyle {
    /** Decisions queue at the team lead, whose decision capacity is finite. */
    HIERARCHICAL,
    /** Shared leadership: the team decides together, at a coordination cost. */
    HORIZONTAL;

    /** The spelling used in scenario files. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
