package org.orgsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Refreshes each team's tie cache after membership changes and, from week 0 on, lets ties grow
 * for a week worked together. Familiarity is held still during the warm-up so that a team's
 * {@code formedWeeksAgo} means what it says at week 0.
 */
final class TeamFamiliarity implements Steppable {
    private static final long serialVersionUID = 1L;

    private final OrgModel model;
    /** False for the start-of-week pass that only brings tie caches up to date. */
    private final boolean growTies;

    TeamFamiliarity(OrgModel model, boolean growTies) {
        this.model = model;
        this.growTies = growTies;
    }

    @Override
    public void step(SimState state) {
        boolean weekZero = growTies && model.week == 0;
        for (Team team : model.organization.teams) {
            if (weekZero) {
                model.familiarity.seedTeam(team, 0, team.initialTogetherWeeks);
            }
            if (team.tiesStale) {
                model.familiarity.refresh(team, model.week);
            }
            if (growTies) {
                model.familiarity.workTogether(team, model.week);
            }
        }
    }
}
