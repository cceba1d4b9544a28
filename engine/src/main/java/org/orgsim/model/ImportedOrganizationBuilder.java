package org.orgsim.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.orgsim.contract.Metric;
import org.orgsim.hris.ImportedOrganization;
import org.orgsim.hris.ImportedOrganization.SurveyTargets;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;

/**
 * Builds a run's organization from imported HRIS data instead of generating it
 * ({@link OrganizationFactory} does that): the export's managers in their levels, its teams with
 * their leads and members, each person with their own FTE and tenure, and each team's people
 * starting where its survey says they are.
 *
 * <p><b>Identity and random streams.</b> A person's entity name is {@code person:} + pseudonym, so a
 * person draws the same competence and traits in every variant of a replication, whatever the
 * order of the export. Positions are {@code manager:} + pseudonym and {@code team:NAME/lead}.
 *
 * <p><b>Time.</b> Week 0 is the reference date: a person with t weeks of tenure then was hired in
 * week −t. Ties between two people of a team start as if they had worked together for the shorter
 * of their two tenures (the team's {@code formedWeeksAgo} is its longest tenure).
 *
 * <p><b>Survey</b> (the mapping is documented in {@code docs/scenarios.md}). When people are
 * created, a team's survey sets their dispositions: the engagement and safety traits are centred so
 * that the team's typical person starts at the survey's value, logistic(baseline + trait) = x, with
 * the model's usual person-to-person spread; the workload score shifts the stress trait as a
 * persistent extra demand would ({@link #workloadShift}); the survey's share of the team with
 * burnout complaints starts with exhaustion at or above the complaint threshold. The warm-up then
 * lets the situation (work, leadership, cohesion) move these states, so at the start of week 0
 * each team is brought back to its survey once: engagement and safety are shifted, on the log-odds
 * scale, by the gap between the survey and the team's typical value, and their traits by the same
 * amount, so that the team stays near its survey in its situation instead of drifting back (a team
 * fixed effect); the complaint share is set again. From then on the model's mechanisms alone move
 * them. Teams without survey data start as generated people do.
 */
final class ImportedOrganizationBuilder {
    /** Exhaustion of a person who starts with burnout complaints: at least the threshold. */
    private static final double COMPLAINT_EXHAUSTION_LOW = Metric.BURNOUT_COMPLAINT_THRESHOLD;
    private static final double COMPLAINT_EXHAUSTION_SPREAD = 0.25;
    /**
     * Exhaustion a person without complaints is capped at when a team is brought back to its survey:
     * halfway to the threshold, so that nobody the survey counts as free of complaints crosses it
     * within a week or two of the start.
     */
    private static final double NO_COMPLAINT_EXHAUSTION_CAP = Metric.BURNOUT_COMPLAINT_THRESHOLD / 2;
    /** States are kept off 0 and 1 before taking log-odds. */
    private static final double EDGE = 0.01;
    /** Survey values are kept off 0 and 1 too: nobody is certain to be (dis)engaged. */
    private static final double SURVEY_EDGE = 0.02;

    private final ParameterSet parameters;
    private final RandomStreams streams;
    private final List<Calibration> calibrations = new ArrayList<>();

    private record Calibration(Team team, SurveyTargets targets) {
    }

    private final StaffState state;

    ImportedOrganizationBuilder(ParameterSet parameters, RandomStreams streams, StaffState state) {
        this.state = state;
        this.parameters = parameters;
        this.streams = streams;
    }

    /** The organization at {@code startWeek} (the start of the warm-up). */
    Organization build(ImportedOrganization source, int startWeek) {
        Organization organization = new Organization(state);
        for (String level : source.levelNames()) {
            organization.levels.add(new ArrayList<>());
            organization.levelNames.add(level);
        }
        List<Position> managers = new ArrayList<>(source.managers().size());
        for (ImportedOrganization.Manager manager : source.managers()) {
            Position position = new Position("manager:" + manager.person().id(), source.levelNames().get(manager.level()));
            position.holder = newPerson(manager.person(), Role.MANAGER, null);
            position.holder.position = position;
            // Managers are listed top level first, so the one above is already built.
            if (manager.parent() >= 0) {
                position.parent = managers.get(manager.parent());
                position.parent.children.add(position);
            }
            managers.add(position);
            organization.levels.get(manager.level()).add(position);
        }
        List<Position> leads = new ArrayList<>();
        for (ImportedOrganization.Team teamSource : source.teams()) {
            organization.teams.add(team(teamSource, managers, leads));
        }
        organization.levels.add(leads);
        organization.levelNames.add(OrganizationFactory.LEAD_LEVEL);
        organization.collectStaff();
        return organization;
    }

    private Team team(ImportedOrganization.Team source, List<Position> managers, List<Position> leads) {
        LeadershipStyle style = source.effectiveStyle();
        Team team = new Team(source.name(), style, -source.formedWeeksAgo(), streams);
        team.parent = source.parent() < 0 ? null : managers.get(source.parent());
        SurveyTargets survey = source.survey();
        List<ImportedOrganization.Person> everybody = new ArrayList<>(source.members());
        if (source.dataLead() != null) {
            everybody.add(source.dataLead());
        }
        everybody.sort(Comparator.comparing(ImportedOrganization.Person::id));
        ImportedOrganization.Person leadPerson = style == LeadershipStyle.HIERARCHICAL ? source.hierarchicalLead() : null;
        if (leadPerson != null) {
            Position lead = new Position("team:" + source.name() + "/lead", OrganizationFactory.LEAD_LEVEL);
            lead.parent = team.parent;
            lead.teams.add(team);
            if (team.parent != null) {
                team.parent.children.add(lead);
            }
            lead.holder = newPerson(leadPerson, Role.LEAD, survey);
            lead.holder.position = lead;
            lead.holder.team = team;
            team.leadPosition = lead;
            leads.add(lead);
        } else if (team.parent != null) {
            team.parent.teams.add(team);
        }
        for (ImportedOrganization.Person member : everybody) {
            if (member != leadPerson) {
                Person person = newPerson(member, Role.MEMBER, survey);
                person.team = team;
                team.members.add(person);
            }
        }
        // Together as long as the shorter tenure of each pair: formedWeeksAgo is the longest tenure.
        team.initialTogetherWeeks = source.formedWeeksAgo();
        team.workSeats = workSeats(team);
        if (survey != null) {
            setComplaints(team, survey.complaints(), "survey:team:" + source.name());
            calibrations.add(new Calibration(team, survey));
        }
        return team;
    }

    /**
     * The team's share of the work, in seats of the model's standard contract ({@code people.fte}):
     * its contracted FTE over that contract, rounded, at least 1. Work arrives per seat and was
     * calibrated for people at {@code people.fte}, so a team of part-timers gets less of it.
     */
    private int workSeats(Team team) {
        double fte = 0;
        for (Person person : team.people()) {
            fte += person.fte;
        }
        return Math.max(1, (int) Math.round(fte / parameters.get(Parameter.FTE)));
    }

    private Person newPerson(ImportedOrganization.Person source, Role role, SurveyTargets survey) {
        String entity = "person:" + source.id();
        long key = RandomStreams.entityKey(entity);
        UniformRandomProvider random = streams.stream(StreamPurpose.TRAITS, key);
        ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(random);
        // Drawn in the order OrganizationFactory draws them, with the same parameters.
        double competence = OrganizationFactory.clamp(parameters.get(Parameter.COMPETENCE_MEAN)
                + parameters.get(Parameter.COMPETENCE_SD) * gaussian.sample(), 0, 1);
        double stressBaseline = parameters.get(Parameter.STRESS_BASELINE);
        double engagementBaseline = parameters.get(Parameter.ENGAGEMENT_BASELINE);
        double safetyBaseline = parameters.get(Parameter.SAFETY_BASELINE);
        double stressTrait = parameters.get(Parameter.STRESS_TRAIT_SD) * gaussian.sample()
                + workloadShift(survey == null ? Double.NaN : survey.workload());
        double engagementTrait = parameters.get(Parameter.ENGAGEMENT_TRAIT_SD) * gaussian.sample()
                + centre(survey == null ? Double.NaN : survey.engagement(), engagementBaseline);
        double safetyTrait = parameters.get(Parameter.SAFETY_TRAIT_SD) * gaussian.sample()
                + centre(survey == null ? Double.NaN : survey.safety(), safetyBaseline);
        Person person = new Person(source.id(), role, source.fte(), competence, stressTrait, engagementTrait,
                safetyTrait, -source.tenureWeeks(), streams, key, state);
        person.setStress(Wellbeing.logistic(stressBaseline + stressTrait));
        person.setEngagement(Wellbeing.logistic(engagementBaseline + engagementTrait));
        person.setSafety(Wellbeing.logistic(safetyBaseline + safetyTrait));
        return person;
    }

    /**
     * The stress-trait shift of a team's workload score x (0-1): read as a felt workload of 2x (1 =
     * the middle of the scale = "about right"), entering the stress drive as the model's own workload
     * term does, stress.workloadWeight x (2x - 1). A persistent demand (or relief) the simulated
     * work does not show; stress itself then settles where the model's mechanisms put it.
     */
    private double workloadShift(double workload) {
        if (Double.isNaN(workload)) {
            return 0;
        }
        return parameters.get(Parameter.STRESS_WORKLOAD_WEIGHT) * (2 * workload - 1);
    }

    /** The trait shift that puts the typical person at the survey's value x (0 without one). */
    private static double centre(double surveyValue, double baseline) {
        if (Double.isNaN(surveyValue)) {
            return 0;
        }
        return logit(clamp(surveyValue, SURVEY_EDGE, 1 - SURVEY_EDGE)) - baseline;
    }

    /**
     * The survey calibration of week 0 (see the class comment), or null when no team has survey
     * data; {@link OrgModel} runs it once, at the start of week 0.
     */
    Runnable weekZeroCalibration() {
        if (calibrations.isEmpty()) {
            return null;
        }
        List<Calibration> teams = List.copyOf(calibrations);
        return () -> {
            for (Calibration calibration : teams) {
                calibrate(calibration.team(), calibration.targets());
            }
        };
    }

    private void calibrate(Team team, SurveyTargets targets) {
        List<Person> people = team.people();
        if (people.isEmpty()) {
            return;
        }
        if (!Double.isNaN(targets.engagement())) {
            double shift = gap(targets.engagement(), people, Person::engagement);
            for (Person person : people) {
                person.setEngagementTrait(person.engagementTrait() + shift);
                person.setEngagement(shifted(person.engagement(), shift));
            }
        }
        if (!Double.isNaN(targets.safety())) {
            double shift = gap(targets.safety(), people, Person::safety);
            for (Person person : people) {
                person.setSafetyTrait(person.safetyTrait() + shift);
                person.setSafety(shifted(person.safety(), shift));
            }
        }
        setComplaints(team, targets.complaints(), "survey-week0:team:" + team.name);
    }

    /** Survey value minus the team's typical value, on the log-odds scale. */
    private static double gap(double survey, List<Person> people, ToDoubleFunction<Person> state) {
        double sum = 0;
        for (Person person : people) {
            sum += logit(clamp(state.applyAsDouble(person), EDGE, 1 - EDGE));
        }
        return logit(clamp(survey, SURVEY_EDGE, 1 - SURVEY_EDGE)) - sum / people.size();
    }

    private static double shifted(double value, double shift) {
        return Wellbeing.logistic(logit(clamp(value, EDGE, 1 - EDGE)) + shift);
    }

    /**
     * Gives round(share x people) of the team burnout complaints: those with the highest exhaustion
     * (ties, such as everybody at 0 when people are created, in a random order from the team's own
     * stream) get an exhaustion of at least the complaint threshold; everybody else is kept below it.
     */
    private void setComplaints(Team team, double share, String entity) {
        if (Double.isNaN(share)) {
            return;
        }
        List<Person> people = new ArrayList<>(team.people());
        UniformRandomProvider random = streams.stream(StreamPurpose.TRAITS, RandomStreams.entityKey(entity));
        // Shuffle first (Fisher-Yates), then a stable sort by exhaustion keeps the shuffle among equals.
        for (int index = people.size() - 1; index > 0; index--) {
            int other = random.nextInt(index + 1);
            Person swap = people.get(index);
            people.set(index, people.get(other));
            people.set(other, swap);
        }
        people.sort(Comparator.comparingDouble(Person::exhaustion).reversed());
        int complaining = (int) Math.round(share * people.size());
        for (int index = 0; index < people.size(); index++) {
            Person person = people.get(index);
            double draw = random.nextDouble();
            if (index < complaining) {
                if (person.exhaustion() < COMPLAINT_EXHAUSTION_LOW) {
                    person.setExhaustion(COMPLAINT_EXHAUSTION_LOW + COMPLAINT_EXHAUSTION_SPREAD * draw);
                }
            } else {
                person.setExhaustion(Math.min(person.exhaustion(), NO_COMPLAINT_EXHAUSTION_CAP));
            }
        }
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
