package org.orgsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Refreshes each team's tie cache after membership changes and lets ties grow for a week worked
 * together, warm-up included (frozen ties made cohesion jump at week 0 and the human metrics drift
 * for months after). At week 0 every team's ties are set anew from {@code formedWeeksAgo}, so that
 * it means what it says.
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
