package org.orgsim.scenario;

import java.util.Objects;
import org.orgsim.contract.LeadershipStyle;

/**
 * One team of the generated organization.
 *
 * @param name           unique team name (also the key of the team's random streams)
 * @param size           members, not counting a hierarchical team's lead
 * @param leadership     how the team decides
 * @param formedWeeksAgo how long the team has existed at week 0; sets initial familiarity
 */
public record TeamSpec(String name, int size, LeadershipStyle leadership, int formedWeeksAgo) {
    public TeamSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(leadership, "leadership");
    }

    /**
     * The same people under another style: a lead who gives up the lead role joins the team as a
     * member, and a self-managing team that gets a lead takes one of its members as lead, so that
     * a comparison of styles compares the same headcount rather than adding or removing a person.
     */
    public TeamSpec withLeadership(LeadershipStyle style) {
        if (style == leadership) {
            return this;
        }
        int members = style == LeadershipStyle.HORIZONTAL ? size + 1 : Math.max(1, size - 1);
        return new TeamSpec(name, members, style, formedWeeksAgo);
    }
}
