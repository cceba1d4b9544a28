package org.orgsim.model;

import java.util.List;
import java.util.Objects;
import org.orgsim.contract.LeadershipStyle;

/**
 * One intervention the action API offers, with its arguments typed: made (and checked against the
 * week's facts) by {@code org.orgsim.rules.Actions}, applied by {@link Interventions} with one
 * switch over these records. A team argument of {@code "*"} means every team where the action's
 * {@code Actions} method says so.
 *
 * <p>Adding an action: one record here, one method in {@code Actions}, one arm in
 * {@link Interventions} (see CONTRIBUTING.md).
 */
public sealed interface Action {
    /** The action's name in rules and in {@code events.csv}, e.g. {@code mergeTeams}. */
    String name();

    /** What it acted on, as {@code events.csv} shows it: team names or pseudonymous ids, comma-separated. */
    String target();

    /**
     * The team names and person ids it names, whose teams the small-group rule looks at before and
     * after the action (a name that is no team is taken for a person's id).
     */
    List<String> named();

    /** True when it can change who is in a team, and so shrink one below the small-group threshold. */
    default boolean changesTeams() {
        return false;
    }

    /** Merges team {@code absorbed} into team {@code into}. */
    record MergeTeams(String into, String absorbed) implements Action {
        public String name() { return "mergeTeams"; }
        public String target() { return into + "," + absorbed; }
        public List<String> named() { return List.of(into, absorbed); }
        public boolean changesTeams() { return true; }
    }

    /** Splits half of a team's members off into a new team. */
    record SplitTeam(String team, String newTeam) implements Action {
        public String name() { return "splitTeam"; }
        public String target() { return team; }
        public List<String> named() { return List.of(team, newTeam); }
        public boolean changesTeams() { return true; }
    }

    /** Moves a member to another team. */
    record MovePerson(String personId, String team) implements Action {
        public String name() { return "movePerson"; }
        public String target() { return personId + "," + team; }
        public List<String> named() { return List.of(personId, team); }
        public boolean changesTeams() { return true; }
    }

    /** Changes a team's leadership style. */
    record SetLeadership(String team, LeadershipStyle style) implements Action {
        public SetLeadership {
            Objects.requireNonNull(style, "style");
        }
        public String name() { return "setLeadership"; }
        public String target() { return team; }
        public List<String> named() { return List.of(team); }
        public boolean changesTeams() { return true; }
    }

    /** Adds a management level directly above the teams, each new manager overseeing {@code span} units. */
    record AddManagementLayer(String level, int span) implements Action {
        public String name() { return "addManagementLayer"; }
        public String target() { return level; }
        public List<String> named() { return List.of(level); }
    }

    /** Removes a management level: its units report one level up; its managers leave. */
    record RemoveManagementLayer(String level) implements Action {
        public String name() { return "removeManagementLayer"; }
        public String target() { return level; }
        public List<String> named() { return List.of(level); }
    }

    /** Promotes a member into the nearest vacant position above them. */
    record Promote(String personId) implements Action {
        public String name() { return "promote"; }
        public String target() { return personId; }
        public List<String> named() { return List.of(personId); }
        public boolean changesTeams() { return true; }
    }

    /** Opens vacancies in a team. */
    record Hire(String team, int people) implements Action {
        public String name() { return "hire"; }
        public String target() { return team; }
        public List<String> named() { return List.of(team); }
    }

    /** Lays off members of a team, shortest tenure first. */
    record LayOff(String team, int people) implements Action {
        public String name() { return "layOff"; }
        public String target() { return team; }
        public List<String> named() { return List.of(team); }
        public boolean changesTeams() { return true; }
    }

    /** Freezes hiring or lifts the freeze. */
    record FreezeHiring(boolean frozen) implements Action {
        public String name() { return "freezeHiring"; }
        public String target() { return "organization"; }
        public List<String> named() { return List.of("organization"); }
    }

    /** Puts a team's lead (all members of a self-managing team) in a coaching program. */
    record CoachLeaders(String team, int weeks) implements Action {
        public String name() { return "coachLeaders"; }
        public String target() { return team; }
        public List<String> named() { return List.of(team); }
    }

    /** Scales the work arriving at a team. */
    record SetDemand(String team, double factor) implements Action {
        public String name() { return "setDemand"; }
        public String target() { return team; }
        public List<String> named() { return List.of(team); }
    }

    /** Caps a team's work in progress (0 removes the cap). */
    record SetWipLimit(String team, int items) implements Action {
        public String name() { return "setWipLimit"; }
        public String target() { return team; }
        public List<String> named() { return List.of(team); }
    }

    /** Gives the team's people with burnout complaints recovery leave. */
    record GrantRecoveryLeave(String team, int weeks) implements Action {
        public String name() { return "grantRecoveryLeave"; }
        public String target() { return team; }
        public List<String> named() { return List.of(team); }
    }

    /** Adopts AI decision support in a team. */
    record AdoptAiSupport(String team) implements Action {
        public String name() { return "adoptAiSupport"; }
        public String target() { return team; }
        public List<String> named() { return List.of(team); }
    }

    /** At a career review: a candidate takes a vacancy one level above their own (a promotion). */
    record Appoint(String candidateId, String vacancyId) implements Action {
        public String name() { return "appoint"; }
        public String target() { return candidateId + "," + vacancyId; }
        public List<String> named() { return List.of(candidateId, vacancyId); }
        public boolean changesTeams() { return true; }
    }
}
