package org.orgsim.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.SmallGroupSuppression;
import org.orgsim.scenario.Parameter;

/**
 * Applies the actions rules ask for, each with its mechanistic consequence, and describes the
 * effect for the audit trail. An action that changes nothing (a WIP limit that is already set)
 * returns no event, so the trail lists what actually happened. Structural changes (merging,
 * splitting, layers) are delegated to {@link Reorganization}.
 */
final class Interventions {
    private final OrgModel model;
    private final Reorganization reorganization;

    Interventions(OrgModel model) {
        this.model = model;
        this.reorganization = new Reorganization(model);
    }

    InterventionEvent apply(ActionRequest request) {
        Action action = request.action();
        try {
            // Only actions that change teams can shrink one below the small-group threshold.
            int smallestBefore = action.changesTeams() ? smallestGroup(action) : Integer.MAX_VALUE;
            String detail = applyAndDescribe(action);
            if (detail == null) {
                return null;
            }
            // Privacy (docs/privacy.md): no figures about a team of fewer than 5 people, before or
            // after the action, since in a group that small they point at individuals; the event
            // itself (rule, action, target) remains for the audit trail.
            detail = SmallGroupSuppression.detail(Math.min(smallestBefore, smallestGroup(action)), detail);
            return new InterventionEvent(model.week, request.rule(), action.name(), action.target(), detail);
        } catch (IllegalArgumentException problem) {
            throw new InterventionException("rule '" + request.rule() + "' in week " + model.week + " of variant '"
                    + model.variantName() + "': " + action.name() + ": " + problem.getMessage());
        }
    }

    /**
     * Applies one action and describes its effect, or answers null when it changed nothing. One arm
     * per {@link Action} record (a type switch once the build moves past Java 17).
     */
    private String applyAndDescribe(Action action) {
        if (action instanceof Action.MergeTeams merge) {
            return reorganization.merge(team(merge.into()), team(merge.absorbed()));
        } else if (action instanceof Action.SplitTeam split) {
            return reorganization.split(team(split.team()), split.newTeam());
        } else if (action instanceof Action.MovePerson move) {
            return reorganization.move(person(move.personId()), team(move.team()));
        } else if (action instanceof Action.SetLeadership set) {
            return reorganization.setLeadership(team(set.team()), set.style());
        } else if (action instanceof Action.AddManagementLayer add) {
            return reorganization.addLayer(add.level(), add.span());
        } else if (action instanceof Action.RemoveManagementLayer remove) {
            return reorganization.removeLayer(remove.level());
        } else if (action instanceof Action.Promote promote) {
            return reorganization.promote(person(promote.personId()));
        } else if (action instanceof Action.Hire hire) {
            return hire(team(hire.team()), hire.people());
        } else if (action instanceof Action.LayOff layOff) {
            return layOff(team(layOff.team()), layOff.people());
        } else if (action instanceof Action.FreezeHiring freeze) {
            return freezeHiring(freeze.frozen());
        } else if (action instanceof Action.CoachLeaders coach) {
            return forTeams(coach.team(), team -> coach(team, coach.weeks()));
        } else if (action instanceof Action.SetDemand demand) {
            return forTeams(demand.team(), team -> setDemand(team, demand.factor()));
        } else if (action instanceof Action.SetWipLimit limit) {
            return forTeams(limit.team(), team -> setWipLimit(team, limit.items()));
        } else if (action instanceof Action.GrantRecoveryLeave leave) {
            return forTeams(leave.team(), team -> recoveryLeave(team, leave.weeks()));
        } else if (action instanceof Action.AdoptAiSupport adopt) {
            return forTeams(adopt.team(), this::adoptAi);
        }
        // Appointments are made and applied by the career review (TeamCareers, LevelsModel).
        throw new IllegalArgumentException(action.name() + " is only possible at a career review");
    }

    /**
     * The headcount of the smallest team an action names, directly or as a person's team, for the
     * small-group rule; {@link Integer#MAX_VALUE} when it names none (all teams, a level).
     */
    private int smallestGroup(Action action) {
        int smallest = Integer.MAX_VALUE;
        for (String name : action.named()) {
            if (name.isEmpty()) {
                continue;
            }
            boolean isTeam = false;
            for (Team team : model.organization.teams) {
                if (team.name.equals(name)) {
                    smallest = Math.min(smallest, team.headcount());
                    isTeam = true;
                }
            }
            if (isTeam) {
                continue; // a team's name, not a person's id: no need to look through everybody
            }
            for (Person person : model.organization.staff) {
                if (person.id.equals(name) && person.team != null) {
                    smallest = Math.min(smallest, person.team.headcount());
                }
            }
        }
        return smallest;
    }

    Team team(String name) {
        for (Team team : model.organization.teams) {
            if (team.name.equals(name)) {
                return team;
            }
        }
        List<String> names = model.organization.teams.stream().map(team -> team.name).toList();
        throw new IllegalArgumentException("no team named '" + name + "' (teams now: " + String.join(", ", names) + ")");
    }

    private Person person(String id) {
        for (Person person : model.organization.staff) {
            if (person.id.equals(id) && person.employed) {
                return person;
            }
        }
        throw new IllegalArgumentException("no person with id '" + id + "' works here now");
    }

    /** Applies to one team, or to every team when the target is "*". */
    private String forTeams(String target, java.util.function.Function<Team, String> action) {
        List<Team> teams = target.equals("*") ? new ArrayList<>(model.organization.teams) : List.of(team(target));
        List<String> effects = new ArrayList<>();
        for (Team team : teams) {
            String effect = action.apply(team);
            if (effect != null) {
                effect = SmallGroupSuppression.detail(team.headcount(), effect); // privacy, as in apply
                effects.add(teams.size() > 1 ? team.name + ": " + effect : effect);
            }
        }
        return effects.isEmpty() ? null : String.join("; ", effects);
    }

    private String hire(Team team, int people) {
        require(people >= 1, "the number of people to hire must be at least 1, was " + people);
        int fillWeek = model.week + (int) model.parameters.get(Parameter.VACANCY_WEEKS);
        for (int index = 0; index < people; index++) {
            team.memberVacancies.add(fillWeek);
        }
        return people + " vacancies opened, filled from week " + fillWeek + (model.hiringFrozen ? " once the hiring freeze ends" : "");
    }

    /**
     * A layoff: the most recently hired members go first (last in, first out). It shocks
     * psychological safety: strongly in the team, mildly everywhere else.
     */
    private String layOff(Team team, int people) {
        require(people >= 1, "the number of people to lay off must be at least 1, was " + people);
        List<Person> candidates = new ArrayList<>(team.members);
        candidates.sort(Comparator.comparingInt((Person person) -> person.tenureWeeks(model.week)));
        int leaving = Math.min(people, candidates.size());
        if (leaving == 0) {
            return null;
        }
        for (Person person : candidates.subList(0, leaving)) {
            model.depart(person, false);
        }
        // Job insecurity in proportion to the share laid off, in the team and across the organization.
        double perShare = model.parameters.get(Parameter.LAYOFF_INSECURITY_PER_SHARE);
        team.insecurity = Math.min(1, team.insecurity + perShare * leaving / (double) (team.members.size() + leaving));
        model.organizationInsecurity = Math.min(1, model.organizationInsecurity
                + perShare * leaving / (double) (model.organization.staff.size()));
        double teamShock = model.parameters.get(Parameter.LAYOFF_SAFETY_SHOCK_TEAM);
        double otherShock = model.parameters.get(Parameter.LAYOFF_SAFETY_SHOCK_OTHERS);
        for (Person person : model.organization.staff) {
            if (person.employed) {
                person.setSafety(Math.max(0, person.safety() - (person.team == team ? teamShock : otherShock)));
            }
        }
        return String.format(Locale.ROOT, "laid off %d of %d members (shortest tenure first); psychological safety -%.2f in the team, -%.2f elsewhere",
                leaving, team.members.size() + leaving, teamShock, otherShock);
    }

    private String freezeHiring(boolean frozen) {
        if (model.hiringFrozen == frozen) {
            return null;
        }
        model.hiringFrozen = frozen;
        return frozen ? "hiring frozen: vacancies stay open" : "hiring freeze lifted";
    }

    /** Leads (or, in a self-managing team, every member) join a coaching program for some weeks. */
    private String coach(Team team, int weeks) {
        require(weeks >= 1, "coaching must last at least 1 week, was " + weeks);
        List<Person> coached = team.lead() != null ? List.of(team.lead())
                : team.style == org.orgsim.contract.LeadershipStyle.HORIZONTAL ? team.members : List.of();
        int started = 0;
        for (Person person : coached) {
            if (person.coachingWeeksLeft == 0 && person.leadershipSkill() == 0) {
                person.coachingWeeksLeft = weeks;
                started++;
            }
        }
        if (started == 0) {
            return null;
        }
        return String.format(Locale.ROOT, "%d %s %d weeks of coaching at %.1f hours a week", started,
                started == 1 ? "leader starts" : "people start", weeks, model.parameters.get(Parameter.COACHING_HOURS));
    }

    private String setDemand(Team team, double factor) {
        require(factor >= 0 && factor <= 10, "the demand factor must be between 0 and 10, was " + factor);
        if (team.demandFactor == factor) {
            return null;
        }
        double before = team.demandFactor;
        team.demandFactor = factor;
        return String.format(Locale.ROOT, "work arriving x%.2f (was x%.2f)", factor, before);
    }

    private String setWipLimit(Team team, int items) {
        require(items >= 0, "the WIP limit must be 0 (none) or more items, was " + items);
        if (team.wipLimit == items) {
            return null;
        }
        team.wipLimit = items;
        return items == 0 ? "WIP limit removed" : "work in progress capped at " + items + " items";
    }

    /** People with burnout complaints get weeks of leave to recover (not counted as sickness). */
    private String recoveryLeave(Team team, int weeks) {
        require(weeks >= 1, "recovery leave must last at least 1 week, was " + weeks);
        int granted = 0;
        List<Person> people = new ArrayList<>(team.members);
        if (team.lead() != null) {
            people.add(team.lead());
        }
        for (Person person : people) {
            if (person.hasBurnoutComplaints() && !person.onLongLeave()) {
                person.grantRecoveryLeave(weeks);
                granted++;
            }
        }
        return granted == 0 ? null : granted + " people with burnout complaints get " + weeks + " weeks of recovery leave";
    }

    private String adoptAi(Team team) {
        if (team.aiAdoptedWeek != Integer.MAX_VALUE) {
            return null;
        }
        team.aiAdoptedWeek = model.week;
        return String.format(Locale.ROOT, "AI decision support adopted; full effect after %.0f weeks",
                model.parameters.get(Parameter.AI_ADOPTION_WEEKS));
    }

    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
