package org.orgsim.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A seat in a hierarchy level (a team lead or a manager). It exists whether or not somebody holds
 * it: a vacant position still receives decisions, which then wait or go one level up. Keeping
 * positions separate from people is what lets careers (promotion into vacancies) extend this model.
 */
final class Position {
    final String id;
    final String levelName;
    Person holder;
    Position parent;
    /** Units this position oversees: sub-positions and, for team leads, the team's members. */
    final List<Position> children = new ArrayList<>();
    final List<Team> teams = new ArrayList<>();
    final ArrayDeque<DecisionRequest> queue = new ArrayDeque<>();
    /** Absolute week at which the current vacancy will be filled; meaningless while filled. */
    int fillWeek;
    int hireSequence;
    /** Decisions this position could take this week, for the holder's decision-load stress. */
    double decisionCapacity;
    /** Hours the holder spent on decisions this week (coordination time). */
    double decisionHoursUsed;
    /** Stream of the people hired into this position, created when first needed. */
    org.apache.commons.rng.UniformRandomProvider hiringRandom;

    Position(String id, String levelName) {
        this.id = id;
        this.levelName = levelName;
    }

    boolean isVacant() {
        return holder == null;
    }

    /**
     * Direct reports: a lead's team members; for a manager, the positions below plus each
     * self-managing team, which deals with its manager as one unit.
     */
    int span() {
        int reports = children.size();
        for (Team team : teams) {
            reports += team.leadPosition == this ? team.members.size() : 1;
        }
        return reports;
    }
}
