package org.orgsim.model;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.scenario.ManagementLayer;
import org.orgsim.scenario.OrganizationSpec;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import org.orgsim.scenario.TeamSpec;

/**
 * Generates the initial organization of a run from its compact description, and hires people
 * later on. Every person's attributes come from a stream keyed by a stable entity name, so the
 * same person starts identically in every variant of a replication.
 */
final class OrganizationFactory {
    static final String LEAD_LEVEL = "team lead";

    private final ParameterSet parameters;
    private final RandomStreams streams;

    private final StaffState state;

    OrganizationFactory(ParameterSet parameters, RandomStreams streams, StaffState state) {
        this.state = state;
        this.parameters = parameters;
        this.streams = streams;
    }

    Organization build(OrganizationSpec spec, int startWeek) {
        Organization organization = new Organization(state);
        int[] managerCounts = spec.managementPositions();
        for (int layer = 0; layer < spec.management().size(); layer++) {
            ManagementLayer managementLayer = spec.management().get(layer);
            List<Position> positions = new ArrayList<>();
            for (int index = 0; index < managerCounts[layer]; index++) {
                String entity = "layer:" + managementLayer.name() + "/" + index;
                Position position = new Position(entity, managementLayer.name());
                position.holder = newPerson(entity, Role.MANAGER, streams.stream(StreamPurpose.TRAITS,
                        RandomStreams.entityKey(entity)), startWeek, true);
                position.holder.position = position;
                if (layer > 0) {
                    Position parent = organization.levels.get(layer - 1).get(index / managementLayer(spec, layer - 1).span());
                    position.parent = parent;
                    parent.children.add(position);
                }
                positions.add(position);
            }
            organization.levels.add(positions);
            organization.levelNames.add(managementLayer.name());
        }
        List<Position> leads = new ArrayList<>();
        List<Position> bottomManagers = organization.levels.isEmpty() ? List.of()
                : organization.levels.get(organization.levels.size() - 1);
        int bottomSpan = spec.management().isEmpty() ? 1 : spec.management().get(spec.management().size() - 1).span();
        for (int index = 0; index < spec.teams().size(); index++) {
            TeamSpec teamSpec = spec.teams().get(index);
            Team team = new Team(teamSpec.name(), teamSpec.leadership(), -teamSpec.formedWeeksAgo(), streams);
            team.parent = bottomManagers.isEmpty() ? null : bottomManagers.get(index / bottomSpan);
            int together = teamSpec.formedWeeksAgo();
            if (teamSpec.leadership() == LeadershipStyle.HIERARCHICAL) {
                String entity = "team:" + teamSpec.name() + "/lead";
                Position lead = new Position(entity, LEAD_LEVEL);
                lead.parent = team.parent;
                lead.teams.add(team);
                if (team.parent != null) {
                    team.parent.children.add(lead);
                }
                lead.holder = newPerson(entity, Role.LEAD,
                        streams.stream(StreamPurpose.TRAITS, RandomStreams.entityKey(entity)), startWeek, true);
                lead.holder.position = lead;
                lead.holder.team = team;
                team.leadPosition = lead;
                leads.add(lead);
            } else if (team.parent != null) {
                team.parent.teams.add(team);
            }
            for (int member = 0; member < teamSpec.size(); member++) {
                String entity = "team:" + teamSpec.name() + "/member/" + member;
                Person person = newPerson(entity, Role.MEMBER,
                        streams.stream(StreamPurpose.TRAITS, RandomStreams.entityKey(entity)), startWeek, true);
                person.team = team;
                team.members.add(person);
            }
            team.initialTogetherWeeks = together;
            // Everybody in the team at the start, the lead included: a self-managing version of the
            // same team (the lead a member) then has the same work.
            team.workSeats = teamSpec.size() + (teamSpec.leadership() == LeadershipStyle.HIERARCHICAL ? 1 : 0);
            organization.teams.add(team);
        }
        organization.levels.add(leads);
        organization.levelNames.add(LEAD_LEVEL);
        organization.collectStaff();
        return organization;
    }

    private static ManagementLayer managementLayer(OrganizationSpec spec, int layer) {
        return spec.management().get(layer);
    }

    /** A person hired into a team or position in week {@code week}, drawn from its hiring stream. */
    Person hire(String entity, Role role, UniformRandomProvider hiringRandom, int week) {
        return newPerson(entity, role, hiringRandom, week, false);
    }

    private Person newPerson(String entity, Role role, UniformRandomProvider random, int startWeek, boolean initial) {
        ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(random);
        double competence = clamp(parameters.get(Parameter.COMPETENCE_MEAN)
                + parameters.get(Parameter.COMPETENCE_SD) * gaussian.sample(), 0, 1);
        double stressTrait = parameters.get(Parameter.STRESS_TRAIT_SD) * gaussian.sample();
        double engagementTrait = parameters.get(Parameter.ENGAGEMENT_TRAIT_SD) * gaussian.sample();
        double safetyTrait = parameters.get(Parameter.SAFETY_TRAIT_SD) * gaussian.sample();
        int hiredWeek = startWeek;
        if (initial) {
            double meanTenureWeeks = parameters.get(Parameter.INITIAL_TENURE_MEAN_YEARS) * 52;
            hiredWeek = startWeek - (int) Math.round(-meanTenureWeeks * Math.log(1 - random.nextDouble()));
        }
        Person person = new Person(pseudonym(entity), role, parameters.get(Parameter.FTE), competence,
                stressTrait, engagementTrait, safetyTrait, hiredWeek, streams, RandomStreams.entityKey(entity), state);
        person.setStress(Wellbeing.logistic(parameters.get(Parameter.STRESS_BASELINE) + stressTrait));
        person.setEngagement(Wellbeing.logistic(parameters.get(Parameter.ENGAGEMENT_BASELINE) + engagementTrait));
        person.setSafety(Wellbeing.logistic(parameters.get(Parameter.SAFETY_BASELINE) + safetyTrait));
        return person;
    }

    /** A pseudonymous id: a hash of the entity name, never a name or a position in a list. */
    static String pseudonym(String entity) {
        return String.format("P%012x", RandomStreams.entityKey(entity) >>> 16);
    }

    static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
