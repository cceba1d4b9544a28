package org.orgsim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.hris.ImportedOrganization;

/**
 * The compact description from which the model builds an organization, one of three kinds: teams
 * under management layers, generated ({@link Teams}); hierarchy levels of positions without teams,
 * for a careers-only scenario ({@link Levels}); or an organization imported from HRIS data, which
 * the model builds person by person ({@link Imported}).
 */
public sealed interface OrganizationSpec {
    /**
     * Teams under management layers, generated from this description.
     *
     * @param teams      the teams, in a stable order
     * @param management management layers above the teams, top first (may be empty)
     */
    record Teams(List<TeamSpec> teams, List<ManagementLayer> management) implements OrganizationSpec {
        public Teams {
            teams = List.copyOf(teams);
            management = List.copyOf(management);
        }

        @Override
        public int headcount() {
            int people = 0;
            for (TeamSpec team : teams) {
                people += team.size() + (team.leadership() == LeadershipStyle.HIERARCHICAL ? 1 : 0);
            }
            for (int positions : managementPositions()) {
                people += positions;
            }
            return people;
        }

        @Override
        public int[] managementPositions() {
            int[] positions = new int[management.size()];
            int unitsBelow = teams.size();
            for (int layer = management.size() - 1; layer >= 0; layer--) {
                unitsBelow = (unitsBelow + management.get(layer).span() - 1) / management.get(layer).span();
                positions[layer] = unitsBelow;
            }
            return positions;
        }

        @Override
        public List<String> careerLevelNames() {
            return withTeamLevels(management.stream().map(ManagementLayer::name).toList());
        }

        @Override
        public Teams withLeadership(LeadershipStyle style) {
            return new Teams(teams.stream().map(team -> team.withLeadership(style)).toList(), management);
        }
    }

    /**
     * Hierarchy levels of positions without teams: its runs step from career review to career
     * review, and the weekly team model does not run at all.
     *
     * @param levels the levels, top first; at least one
     */
    record Levels(List<LevelSpec> levels) implements OrganizationSpec {
        public Levels {
            levels = List.copyOf(levels);
            if (levels.isEmpty()) {
                throw new IllegalArgumentException("an organization of levels needs at least one level");
            }
        }

        @Override
        public List<TeamSpec> teams() {
            return List.of();
        }

        @Override
        public int headcount() {
            return levels.stream().mapToInt(LevelSpec::positions).sum();
        }

        @Override
        public int[] managementPositions() {
            return new int[0];
        }

        @Override
        public List<String> careerLevelNames() {
            return levels.stream().map(LevelSpec::name).toList();
        }

        @Override
        public Levels withLeadership(LeadershipStyle style) {
            return this;
        }
    }

    /**
     * An organization imported from an HRIS export and a survey, which the model builds person by
     * person rather than generating it.
     *
     * @param organization the imported organization
     * @param teams        its teams as compact team descriptions (members not counting a lead), for
     *                     code that only looks at teams
     */
    record Imported(ImportedOrganization organization, List<TeamSpec> teams) implements OrganizationSpec {
        public Imported {
            teams = List.copyOf(teams);
        }

        public Imported(ImportedOrganization organization) {
            this(organization, teamSpecs(organization));
        }

        @Override
        public int headcount() {
            return organization.headcount();
        }

        @Override
        public int[] managementPositions() {
            return organization.managementPositions();
        }

        @Override
        public List<String> careerLevelNames() {
            return withTeamLevels(organization.levelNames());
        }

        @Override
        public Imported withLeadership(LeadershipStyle style) {
            return new Imported(organization.withLeadership(style));
        }

        private static List<TeamSpec> teamSpecs(ImportedOrganization imported) {
            List<TeamSpec> specs = new ArrayList<>(imported.teams().size());
            for (ImportedOrganization.Team team : imported.teams()) {
                LeadershipStyle style = team.effectiveStyle();
                int members = style == LeadershipStyle.HIERARCHICAL ? team.headcount() - 1 : team.headcount();
                specs.add(new TeamSpec(team.name(), members, style, team.formedWeeksAgo()));
            }
            return specs;
        }
    }

    /** Teams under management layers (an organization of teams). */
    static OrganizationSpec of(List<TeamSpec> teams, List<ManagementLayer> management) {
        return new Teams(teams, management);
    }

    /** An organization imported from an HRIS export and a survey. */
    static OrganizationSpec of(ImportedOrganization imported) {
        return new Imported(imported);
    }

    /** An organization of hierarchy levels only, without teams (a careers-only scenario). */
    static OrganizationSpec ofLevels(List<LevelSpec> levels) {
        return new Levels(levels);
    }

    /** The teams, in a stable order; empty for an organization of levels. */
    List<TeamSpec> teams();

    /** Management layers above the teams, top first; empty unless generated from teams and layers. */
    default List<ManagementLayer> management() {
        return List.of();
    }

    /** True for an organization described as levels of positions without teams. */
    default boolean isLevelsOnly() {
        return this instanceof Levels;
    }

    int headcount();

    /** Positions of each management layer, top first. */
    int[] managementPositions();

    /**
     * The career levels, top first: the levels of an organization described as levels; for an
     * organization of teams, its management layers, then {@link CareersSpec#LEAD_LEVEL} (the team
     * leads) and {@link CareersSpec#MEMBER_LEVEL} (the members).
     */
    List<String> careerLevelNames();

    /** The same organization with every team under one style (a variant's {@code leadership:}). */
    OrganizationSpec withLeadership(LeadershipStyle style);

    private static List<String> withTeamLevels(List<String> management) {
        List<String> names = new ArrayList<>(management);
        names.add(CareersSpec.LEAD_LEVEL);
        names.add(CareersSpec.MEMBER_LEVEL);
        return List.copyOf(names);
    }
}
