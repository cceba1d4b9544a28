package org.orgsim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.hris.ImportedOrganization;

/**
 * The compact description from which the model generates an organization: teams under management
 * layers, or, for a careers-only scenario, hierarchy levels of positions without teams.
 *
 * @param teams      the teams, in a stable order (empty when the organization is described as levels)
 * @param management management layers above the teams, top first (may be empty)
 * @param levels     hierarchy levels of positions, top first, for a careers-only organization without
 *                   teams; empty for an organization of teams
 * @param imported   an organization imported from HRIS data, which the model builds person by person
 *                   (ImportedOrganizationBuilder) rather than generating it; null for a generated one
 */
public record OrganizationSpec(List<TeamSpec> teams, List<ManagementLayer> management, List<LevelSpec> levels,
                               ImportedOrganization imported) {
    public OrganizationSpec {
        teams = List.copyOf(teams);
        management = List.copyOf(management);
        levels = List.copyOf(levels);
        if (!levels.isEmpty() && (!teams.isEmpty() || !management.isEmpty())) {
            throw new IllegalArgumentException("an organization is described either as teams or as levels, not both");
        }
    }

    /** An organization of teams under management layers. */
    public OrganizationSpec(List<TeamSpec> teams, List<ManagementLayer> management) {
        this(teams, management, List.of());
    }

    /** A generated organization: teams under management layers, or levels (not imported). */
    public OrganizationSpec(List<TeamSpec> teams, List<ManagementLayer> management, List<LevelSpec> levels) {
        this(teams, management, levels, null);
    }

    /**
     * An organization imported from an HRIS export and a survey ({@code imported}
     * holds it; {@code teams} describes its teams for code that only reads those; no layers or levels).
     */
    public static OrganizationSpec of(ImportedOrganization imported) {
        return new OrganizationSpec(teamSpecs(imported), List.of(), List.of(), imported);
    }

    /** An imported organization's teams as compact team descriptions (members not counting a lead). */
    private static List<TeamSpec> teamSpecs(ImportedOrganization imported) {
        List<TeamSpec> specs = new ArrayList<>(imported.teams().size());
        for (ImportedOrganization.Team team : imported.teams()) {
            LeadershipStyle style = team.effectiveStyle();
            int members = style == LeadershipStyle.HIERARCHICAL ? team.headcount() - 1 : team.headcount();
            specs.add(new TeamSpec(team.name(), members, style, team.formedWeeksAgo()));
        }
        return specs;
    }

    /** An organization of hierarchy levels only, without teams (a careers-only scenario). */
    public static OrganizationSpec ofLevels(List<LevelSpec> levels) {
        return new OrganizationSpec(List.of(), List.of(), levels);
    }

    /**
     * True for an organization described as levels of positions without teams: its runs step from
     * career review to career review, and the weekly team model does not run at all.
     */
    public boolean isLevelsOnly() {
        return !levels.isEmpty();
    }

    /**
     * The career levels, top first: the levels of an organization described as levels; for an
     * organization of teams, its management layers, then {@link CareersSpec#LEAD_LEVEL} (the team
     * leads) and {@link CareersSpec#MEMBER_LEVEL} (the members).
     */
    public List<String> careerLevelNames() {
        if (isLevelsOnly()) {
            return levels.stream().map(LevelSpec::name).toList();
        }
        List<String> names = new ArrayList<>(imported != null ? imported.levelNames()
                : management.stream().map(ManagementLayer::name).toList());
        names.add(CareersSpec.LEAD_LEVEL);
        names.add(CareersSpec.MEMBER_LEVEL);
        return List.copyOf(names);
    }

    public int headcount() {
        if (imported != null) {
            return imported.headcount();
        }
        if (isLevelsOnly()) {
            return levels.stream().mapToInt(LevelSpec::positions).sum();
        }
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
        if (imported != null) {
            return imported.managementPositions();
        }
        int[] positions = new int[management.size()];
        int unitsBelow = teams.size();
        for (int layer = management.size() - 1; layer >= 0; layer--) {
            unitsBelow = ceilDiv(unitsBelow, management.get(layer).span());
            positions[layer] = unitsBelow;
        }
        return positions;
    }

    public OrganizationSpec withLeadership(LeadershipStyle style) {
        if (imported != null) {
            return of(imported.withLeadership(style));
        }
        return new OrganizationSpec(teams.stream().map(team -> team.withLeadership(style)).toList(), management, levels);
    }

    private static int ceilDiv(int numerator, int denominator) {
        return (numerator + denominator - 1) / denominator;
    }
}
