package org.orgsim.contract;

import java.util.Locale;

/** How a team takes its decisions. */
public enum LeadershipStyle {
    /** Decisions queue at the team lead, whose decision capacity is finite. */
    HIERARCHICAL,
    /** Shared leadership: the team decides together, at a coordination cost. */
    HORIZONTAL;

    private final String yamlName = name().toLowerCase(Locale.ROOT);

    /** The spelling used in scenario files (and in the facts rules see). */
    public String yamlName() {
        return yamlName;
    }
}
