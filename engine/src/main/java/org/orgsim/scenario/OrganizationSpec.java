package org.orgsim.scenario;

import java.util.List;

/**
 * The compact description from which the model generates an organization.
 *
 * @param teams      the teams, in a stable order
 * @param management management layers above the teams, top first (may be empty)
 */
public record OrganizationSpec(List<TeamSpec> teams, List<ManagementLayer> management) {
    public OrganizationSpec {
        teams = List.copyOf(teams);
        management = List.copyOf(management);
    }

    public int headcount() {
        int people = 0;
        for (TeamSpec team : teams) {
            people += team.size() + (team.leadership() == LeadershipStyle.HIERARCHICAL ? 1 : 0);
        }
        int unitsBelow = teams.size();
        for (int layer = management.size() - 1; layer >= 0; layer--) {
            unitsBelow = ceilDiv(unitsBelow, management.get(layer).span());
            people += unitsBelow;
        }
        return people;
    }

    /** Positions of each management layer, top first. */
    public int[] managementPositions() {
        int[] positions = new int[management.size()];
        int unitsBelow = teams.size();
        for (int layer = management.size() - 1; layer >= 0; layer--) {
            unitsBelow = ceilDiv(unitsBelow, management.get(layer).span());
            positions[layer] = unitsBelow;
        }
        return positions;
    }

    public OrganizationSpec withLeadership(LeadershipStyle style) {
        return new OrganizationSpec(teams.stream().map(team -> team.withLeadership(style)).toList(), management);
    }

    private static int ceilDiv(int numerator, int denominator) {
        return (numerator + denominator - 1) / denominator;
    }
}
