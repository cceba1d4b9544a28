package org.orgsim.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.scenario.Parameter;

/**
 * Structural interventions and their consequences. A reorganized team keeps the ties its people
 * already had, but every new pair of colleagues starts unfamiliar, and the team goes through a
 * forming dip and a period of role ambiguity (its formation week is reset). Pending work and
 * decisions move with the team; nothing is silently dropped.
 */
final class Reorganization {
    private final OrgModel model;

    Reorganization(OrgModel model) {
        this.model = model;
    }

    /** Merges {@code absorbed} into {@code into}: one team under {@code into}'s lead (if any). */
    String merge(Team into, Team absorbed) {
        Interventions.require(into != absorbed, "cannot merge team '" + into.name + "' with itself");
        int newPairs = into.headcount() * absorbed.headcount();
        Person absorbedLead = absorbed.lead();
        List<DecisionRequest> pending = new ArrayList<>(absorbed.teamDecisions);
        absorbed.teamDecisions.clear();
        if (absorbed.leadPosition != null) {
            pending.addAll(absorbed.leadPosition.queue);
            absorbed.leadPosition.queue.clear();
            removePosition(absorbed.leadPosition);
            absorbed.leadPosition = null;
        }
        for (Person member : absorbed.members) {
            member.team = into;
            into.members.add(member);
        }
        absorbed.members.clear();
        String leadFate = "";
        if (absorbedLead != null) {
            absorbedLead.team = into;
            absorbedLead.position = null;
            if (into.leadPosition != null && into.leadPosition.isVacant()) {
                into.leadPosition.holder = absorbedLead;
                absorbedLead.position = into.leadPosition;
                leadFate = "; " + absorbed.name + "'s lead leads the merged team";
            } else {
                absorbedLead.role = Role.MEMBER;
                into.members.add(absorbedLead);
                leadFate = "; " + absorbed.name + "'s lead becomes a member";
            }
        }
        into.memberVacancies.addAll(absorbed.memberVacancies);
        into.workSeats += absorbed.workSeats;
        // The merged team works under one set of policies: the stricter WIP cap, support if either had it.
        into.wipLimit = into.wipLimit == 0 ? absorbed.wipLimit
                : absorbed.wipLimit == 0 ? into.wipLimit : Math.min(into.wipLimit, absorbed.wipLimit);
        into.aiAdoptedWeek = Math.min(into.aiAdoptedWeek, absorbed.aiAdoptedWeek);
        into.backlog.addAll(absorbed.backlog);
        into.upstream.addAll(absorbed.upstream);
        if (!Double.isNaN(absorbed.smoothedDemandHours) && !Double.isNaN(into.smoothedDemandHours)) {
            into.smoothedDemandHours += absorbed.smoothedDemandHours;
            into.smoothedCapacityHours += absorbed.smoothedCapacityHours;
        }
        if (absorbed.parent != null) {
            absorbed.parent.teams.remove(absorbed);
        }
        model.organization.teams.remove(absorbed);
        for (DecisionRequest request : pending) {
            route(into, request);
        }
        restart(into, false);
        model.refreshPositions();
        return String.format(Locale.ROOT, "%s joins %s: one team of %d, %d new pairs of colleagues start unfamiliar, cohesion %.2f%s",
                absorbed.name, into.name, into.headcount(), newPairs, into.cohesion, leadFate);
    }

    /** Splits off half of the members into a new team; a hierarchical new team gets its most competent member as lead. */
    String split(Team team, String newName) {
        Interventions.require(!newName.isBlank(), "the new team needs a name");
        Interventions.require(model.organization.teams.stream().noneMatch(other -> other.name.equals(newName)),
                "a team named '" + newName + "' exists already");
        Interventions.require(team.members.size() >= 2, "team '" + team.name + "' has too few members to split");
        Team created = new Team(newName, team.style, model.week, model.streams);
        created.parent = team.parent;
        created.workSeats = team.workSeats / 2;
        team.workSeats -= created.workSeats;
        created.demandFactor = team.demandFactor;
        created.wipLimit = team.wipLimit;
        created.aiAdoptedWeek = team.aiAdoptedWeek;
        int moving = team.members.size() / 2;
        List<Person> movers = new ArrayList<>(team.members.subList(team.members.size() - moving, team.members.size()));
        team.members.removeAll(movers);
        for (Person person : movers) {
            person.team = created;
            created.members.add(person);
        }
        int items = team.backlog.size() / 2;
        List<WorkItem> handedOver = new ArrayList<>(team.backlog.subList(team.backlog.size() - items, team.backlog.size()));
        team.backlog.removeAll(handedOver);
        created.backlog.addAll(handedOver);
        model.organization.teams.add(model.organization.teams.indexOf(team) + 1, created);
        String lead = "";
        if (team.style == LeadershipStyle.HIERARCHICAL) {
            lead = "; " + appointLead(created).id + " leads it";
        } else if (created.parent != null) {
            created.parent.teams.add(created);
        }
        restart(team, false);
        restart(created, false);
        model.refreshPositions();
        return String.format(Locale.ROOT, "%d people and %d items move to new team %s%s", moving, items, newName, lead);
    }

    String move(Person person, Team destination) {
        Interventions.require(person.role == Role.MEMBER && person.team != null,
                "only team members can be moved; " + person.id + " is a " + person.role.name().toLowerCase(Locale.ROOT));
        Team origin = person.team;
        if (origin == destination) {
            return null;
        }
        origin.members.remove(person);
        destination.members.add(person);
        person.team = destination;
        origin.tiesStale = true;
        destination.tiesStale = true;
        model.familiarity.refresh(origin, model.week);
        model.familiarity.refresh(destination, model.week);
        // The mover's identity goes with the colleagues they leave; nobody else's changes.
        Identity.keepShare(person, 0, model.week, model.parameters);
        return "moves from " + origin.name + " to " + destination.name;
    }

    /** Switches a team's style; the same people stay (a lead becomes a member, or a member becomes lead). */
    String setLeadership(Team team, LeadershipStyle style) {
        if (team.style == style) {
            return null;
        }
        String change;
        if (style == LeadershipStyle.HORIZONTAL) {
            Position position = team.leadPosition;
            Person lead = position.holder;
            List<DecisionRequest> pending = new ArrayList<>(position.queue);
            position.queue.clear();
            removePosition(position);
            team.leadPosition = null;
            team.style = style;
            if (lead != null) {
                lead.role = Role.MEMBER;
                lead.position = null;
                team.members.add(lead);
            }
            if (team.parent != null) {
                team.parent.teams.add(team);
            }
            pending.forEach(request -> route(team, request));
            change = "the team now decides together; its former lead is a member";
        } else {
            Interventions.require(!team.members.isEmpty(), "team '" + team.name + "' has nobody to lead it");
            team.style = style;
            if (team.parent != null) {
                team.parent.teams.remove(team);
            }
            Person lead = appointLead(team);
            List<DecisionRequest> pending = new ArrayList<>(team.teamDecisions);
            team.teamDecisions.clear();
            pending.forEach(request -> route(team, request));
            change = lead.id + " becomes team lead";
        }
        restart(team, true);
        model.refreshPositions();
        return change;
    }

    /**
     * Adds a management layer directly above the teams: the units each manager oversees now are
     * grouped, {@code span} at a time, under new positions that are filled after the hiring lag.
     */
    String addLayer(String name, int span) {
        Interventions.require(span >= 1, "span must be at least 1, was " + span);
        Interventions.require(!name.isBlank() && !model.organization.levelNames.contains(name),
                "a level needs a new, non-empty name; levels now: " + model.organization.levelNames);
        Map<Position, List<Object>> unitsByParent = new LinkedHashMap<>();
        for (Team team : model.organization.teams) {
            Object unit = team.leadPosition != null ? team.leadPosition : team;
            unitsByParent.computeIfAbsent(team.parent, parent -> new ArrayList<>()).add(unit);
        }
        int levelIndex = model.organization.levels.size() - 1;
        List<Position> created = new ArrayList<>();
        int fillWeek = model.week + (int) model.parameters.get(Parameter.VACANCY_WEEKS);
        for (Map.Entry<Position, List<Object>> group : unitsByParent.entrySet()) {
            List<Object> units = group.getValue();
            for (int start = 0; start < units.size(); start += span) {
                Position manager = new Position("layer:" + name + "/" + created.size(), name);
                manager.fillWeek = fillWeek;
                manager.parent = group.getKey();
                if (manager.parent != null) {
                    manager.parent.children.add(manager);
                }
                for (Object unit : units.subList(start, Math.min(units.size(), start + span))) {
                    attach(unit, manager);
                }
                created.add(manager);
            }
        }
        model.organization.levels.add(levelIndex, created);
        model.organization.levelNames.add(levelIndex, name);
        model.refreshPositions();
        return String.format(Locale.ROOT, "new level '%s' with %d positions (span %d), filled from week %d",
                name, created.size(), span, fillWeek);
    }

    /** Removes a management layer: its units report one level up; its managers leave. */
    String removeLayer(String name) {
        int index = model.organization.levelNames.indexOf(name);
        Interventions.require(index >= 0 && index < model.organization.levels.size() - 1,
                "no management level named '" + name + "' (management levels: "
                        + model.organization.levelNames.subList(0, model.organization.levels.size() - 1) + ")");
        List<Position> removed = model.organization.levels.get(index);
        int managers = 0;
        for (Position position : removed) {
            Position above = position.parent;
            if (above != null) {
                above.children.remove(position);
            }
            for (Position child : new ArrayList<>(position.children)) {
                attach(child, above);
            }
            for (Team team : new ArrayList<>(position.teams)) {
                attach(team, above);
            }
            for (DecisionRequest request : position.queue) {
                if (above != null) {
                    above.queue.add(request);
                } else {
                    request.escalationsLeft = 0; // nobody above: the team's own decider settles it
                    route(request.team, request);
                }
            }
            position.queue.clear();
            if (position.holder != null) {
                model.depart(position.holder, false);
                managers++;
            }
        }
        model.organization.levels.remove(index);
        model.organization.levelNames.remove(index);
        model.refreshPositions();
        return String.format(Locale.ROOT, "level '%s' removed: %d positions gone, %d managers leave, their units report one level up",
                name, removed.size(), managers);
    }

    /** Promotes a member into the nearest vacant position above them; their seat becomes a vacancy. */
    String promote(Person person) {
        Interventions.require(person.role == Role.MEMBER && person.team != null, "only team members can be promoted here");
        Team team = person.team;
        Position target = team.leadPosition != null && team.leadPosition.isVacant() ? team.leadPosition
                : team.parent != null && team.parent.isVacant() ? team.parent : null;
        Interventions.require(target != null, "no vacant position above " + person.id + " (team " + team.name + ")");
        team.members.remove(person);
        team.memberVacancies.add(model.week + (int) model.parameters.get(Parameter.VACANCY_WEEKS));
        target.holder = person;
        person.position = target;
        if (target == team.leadPosition) {
            person.role = Role.LEAD;
        } else {
            person.role = Role.MANAGER;
            person.team = null;
        }
        team.tiesStale = true;
        model.familiarity.refresh(team, model.week);
        return person.id + " promoted to " + target.levelName + " (" + target.id + ")";
    }

    /** Creates a lead position for a team and gives it to its most competent member. */
    private Person appointLead(Team team) {
        Person lead = team.members.stream().max(Comparator.comparingDouble((Person p) -> p.competence)).orElseThrow();
        team.members.remove(lead);
        Position position = new Position("team:" + team.name + "/lead", OrganizationFactory.LEAD_LEVEL);
        position.holder = lead;
        position.parent = team.parent;
        position.teams.add(team);
        if (team.parent != null) {
            team.parent.children.add(position);
        }
        lead.role = Role.LEAD;
        lead.position = position;
        lead.team = team;
        team.leadPosition = position;
        model.organization.levels.get(model.organization.levels.size() - 1).add(position);
        return lead;
    }

    private void removePosition(Position position) {
        model.organization.levels.get(model.organization.levels.size() - 1).remove(position);
        if (position.parent != null) {
            position.parent.children.remove(position);
        }
    }

    /** Puts a unit (a lead position or a self-managing team) under a new manager position (or none). */
    private static void attach(Object unit, Position manager) {
        if (unit instanceof Position position) {
            if (position.parent != null) {
                position.parent.children.remove(position);
            }
            position.parent = manager;
            if (manager != null) {
                manager.children.add(position);
            }
            for (Team team : position.teams) {
                if (team.leadPosition == position) {
                    team.parent = manager;
                }
            }
        } else if (unit instanceof Team team) {
            if (team.parent != null) {
                team.parent.teams.remove(team);
            }
            team.parent = manager;
            if (manager != null) {
                manager.teams.add(team);
            }
        }
    }

    private static void route(Team team, DecisionRequest request) {
        request.team = team;
        if (team.style == LeadershipStyle.HORIZONTAL) {
            team.teamDecisions.add(request);
        } else {
            team.leadPosition.queue.add(request);
        }
    }

    /** A reorganized team: forming dip and role ambiguity start again, ties are looked up anew. */
    /** The team starts over: forming dip, role ambiguity and identity loss, scaled by how much changed. */
    private void restart(Team team, boolean newLeadership) {
        team.formedWeek = model.week;
        team.tiesStale = true;
        model.familiarity.refresh(team, model.week);
        team.changeAtForming = Identity.reorganized(team, model.week, newLeadership, model.parameters);
    }
}
