package org.orgsim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything that exists in one run: teams, the hierarchy of positions, and the people employed.
 * The phases of a week read and change it; nothing outside the model package sees it.
 */
final class Organization {
    final List<Team> teams = new ArrayList<>();
    /** Positions per hierarchy level, top first; the last level holds the team leads. */
    final List<List<Position>> levels = new ArrayList<>();
    final List<String> levelNames = new ArrayList<>();
    /** Everybody employed, in a stable order (leavers are compacted out once a week). */
    List<Person> staff = new ArrayList<>();
    /** The hot state of everybody in {@link #staff}, in the same order ({@link StaffState}). */
    final StaffState state;

    Organization(StaffState state) {
        this.state = state;
    }

    /** Fills the staff list from the hierarchy: managers first (top down), then each team's people. */
    void collectStaff() {
        for (List<Position> level : levels) {
            for (Position position : level) {
                if (position.holder != null && position.holder.role == Role.MANAGER) {
                    staff.add(position.holder);
                }
            }
        }
        for (Team team : teams) {
            staff.addAll(team.people());
        }
        state.arrange(staff);
    }

    /** Positions bottom-up, so escalations forwarded this week can still be handled this week. */
    List<Position> positionsBottomUp() {
        List<Position> positions = new ArrayList<>();
        for (int level = levels.size() - 1; level >= 0; level--) {
            positions.addAll(levels.get(level));
        }
        return positions;
    }
}
