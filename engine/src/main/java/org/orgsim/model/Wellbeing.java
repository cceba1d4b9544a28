package org.orgsim.model;

import org.orgsim.contract.LeadershipStyle;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The Job Demands-Resources phase: demands (workload above capacity, role ambiguity after a
 * reorganization, a leader's decision queue) raise stress; resources (autonomy, support,
 * psychological safety, cohesion) buffer it. Sustained stress above a threshold builds exhaustion
 * (burnout); engagement follows resources and falls with exhaustion; perceived psychological
 * safety follows inclusive leadership and team familiarity (Bakker and Demerouti 2017; Edmondson
 * 1999). Each state moves a fraction 1/adaptWeeks towards its target every week.
 */
final class Wellbeing implements Steppable {
    private static final long serialVersionUID = 1L;

    private final OrgModel model;

    Wellbeing(OrgModel model) {
        this.model = model;
    }

    @Override
    public void step(SimState state) {
        ParameterSet p = model.parameters;
        int week = model.week;
        model.fadeInsecurity();
        for (Team team : model.organization.teams) {
            double ambiguity = week < team.formedWeek ? 0 : team.changeAtForming
                    * Math.exp(-(week - team.formedWeek) / p.get(Parameter.ROLE_AMBIGUITY_WEEKS));
            Resources resources = resources(team, p, model.aiSupport(team));
            for (Person person : team.members) {
                update(person, team.workload, ambiguity, 0, resources.total(person.safety()), resources.inclusiveness, team.workingCohesion, p);
            }
            Person lead = team.lead();
            if (lead != null) {
                double decisionLoad = decisionLoad(team.leadPosition);
                Resources own = managerResources(team.leadPosition, p);
                update(lead, team.workload, ambiguity, decisionLoad, own.total(lead.safety()), own.inclusiveness, team.workingCohesion, p);
            }
        }
        for (int level = 0; level < model.organization.levels.size() - 1; level++) {
            for (Position position : model.organization.levels.get(level)) {
                if (position.holder != null) {
                    Resources own = managerResources(position, p);
                    double load = decisionLoad(position);
                    update(position.holder, 1, 0, load, own.total(position.holder.safety()), own.inclusiveness, 0.5, p);
                }
            }
        }
    }

    private void update(Person person, double workload, double ambiguity, double decisionLoad, double resources,
                        double inclusiveness, double cohesion, ParameterSet p) {
        StaffState staff = model.organization.state;
        int slot = person.slot;
        double noise = (StaffState.nextDouble(staff.wellbeingRandom0, staff.wellbeingRandom1, slot) - 0.5)
                * 2 * p.get(Parameter.STRESS_NOISE);
        double stress = staff.stress[slot];
        if (staff.absentDays[slot] >= 5) {
            // Away all week (leave or sickness) the job's demands are absent and exhaustion recovers
            // (a leave granted this week starts next week: this week the person still worked).
            // Recovery away from work is exponential (de Bloom et al. 2009; Sonnentag and Fritz 2015):
            // a share of the exhaustion left goes every week, so weeks of leave help, months heal.
            staff.stress[slot] = stress + (0.1 - stress) / p.get(Parameter.STRESS_ADAPT_WEEKS);
            staff.exhaustion[slot] *= 1 - p.get(Parameter.BURNOUT_AWAY_RECOVERY_RATE);
            return;
        }
        Identity.weekTogether(person, p);
        double stressDrive = p.get(Parameter.STRESS_BASELINE) + staff.stressTrait[slot]
                + p.get(Parameter.IDENTITY_LOSS_STRESS_WEIGHT) * Identity.lossFelt(person, model.week, p)
                + p.get(Parameter.LAYOFF_INSECURITY_STRESS_WEIGHT) * model.insecurity(person)
                - p.get(Parameter.COACHING_OWN_STRESS_EFFECT) * staff.leadershipSkill[slot]
                + p.get(Parameter.STRESS_WORKLOAD_WEIGHT) * (Math.min(workload, 4) - 1)
                + p.get(Parameter.STRESS_AMBIGUITY_WEIGHT) * ambiguity
                + p.get(Parameter.STRESS_DECISION_LOAD_WEIGHT) * decisionLoad
                - p.get(Parameter.STRESS_RESOURCE_WEIGHT) * (resources - 0.5);
        stress = clamp01(stress + ((logistic(stressDrive) - stress) / p.get(Parameter.STRESS_ADAPT_WEEKS) + noise));
        staff.stress[slot] = stress;

        // Exhaustion has a resting level set by sustained strain: it moves towards it, faster up
        // than down (burnout builds faster than it heals), so a short spike of stress fades and the
        // distribution over people stays unimodal (mean reversion; see docs/model.md 3.4.9).
        double exhaustion = staff.exhaustion[slot];
        double resting = restingExhaustion(stress, p);
        double rate = resting > exhaustion ? p.get(Parameter.BURNOUT_BUILD_RATE) : p.get(Parameter.BURNOUT_RECOVERY_RATE);
        exhaustion = clamp01(exhaustion + rate * (resting - exhaustion));
        staff.exhaustion[slot] = exhaustion;

        double engagementDrive = p.get(Parameter.ENGAGEMENT_BASELINE) + staff.engagementTrait[slot]
                + p.get(Parameter.ENGAGEMENT_RESOURCE_WEIGHT) * (resources - 0.5)
                - p.get(Parameter.ENGAGEMENT_BURNOUT_WEIGHT) * exhaustion;
        staff.engagement[slot] += (logistic(engagementDrive) - staff.engagement[slot]) / p.get(Parameter.ENGAGEMENT_ADAPT_WEEKS);

        double safetyDrive = p.get(Parameter.SAFETY_BASELINE) + staff.safetyTrait[slot]
                + p.get(Parameter.SAFETY_LEADER_WEIGHT) * (inclusiveness - 0.5)
                + p.get(Parameter.SAFETY_COHESION_WEIGHT) * (cohesion - 0.5);
        staff.safety[slot] += (logistic(safetyDrive) - staff.safety[slot]) / p.get(Parameter.SAFETY_ADAPT_WEEKS);
    }

    /**
     * The exhaustion a person settles at under a sustained stress: one half at the burnout stress
     * threshold, rising steeply above it and falling below it.
     */
    static double restingExhaustion(double stress, ParameterSet p) {
        return logistic(p.get(Parameter.BURNOUT_RESTING_SLOPE) * (stress - p.get(Parameter.BURNOUT_STRESS_THRESHOLD)));
    }

    /** Decisions waiting relative to what the decider can take in a week, capped at 3. */
    private static double decisionLoad(Position position) {
        if (position == null) {
            return 0;
        }
        return Math.min(3, position.queue.size() / Math.max(1, position.decisionCapacity));
    }

    /** What a team offers its members: autonomy, support, and how inclusive its leadership is. */
    private static Resources resources(Team team, ParameterSet p, double aiSupport) {
        if (team.style == LeadershipStyle.HORIZONTAL) {
            // Shared leadership: support and inclusiveness come from peers, and coaching the team
            // builds everybody's leadership skill.
            double skill = 0;
            for (Person member : team.members) {
                skill += member.leadershipSkill();
            }
            skill /= Math.max(1, team.members.size());
            double peer = p.get(Parameter.HORIZONTAL_PEER_SUPPORT) * (0.5 + 0.5 * team.workingCohesion);
            return new Resources(p.get(Parameter.AUTONOMY_HORIZONTAL),
                    Math.min(1, peer + p.get(Parameter.COACHING_SUPPORT_EFFECT) * skill),
                    Math.min(1, peer + p.get(Parameter.COACHING_INCLUSIVENESS_EFFECT) * skill), team.workingCohesion);
        }
        // AI decision support narrows the information gap between lead and team: more autonomy.
        double autonomy = Math.min(1, p.get(Parameter.AUTONOMY_HIERARCHICAL) + p.get(Parameter.AI_AUTONOMY_GAIN) * aiSupport);
        Person lead = team.lead();
        if (lead == null) {
            return new Resources(autonomy, 0, 0.3, team.workingCohesion);
        }
        double attention = attention(team.leadPosition, p);
        double leaderCalm = 1 - 0.5 * lead.stress();
        return new Resources(autonomy,
                Math.min(1, support(lead, p) * attention * leaderCalm),
                Math.min(1, inclusiveness(lead, p) * leaderCalm), team.workingCohesion);
    }

    /**
     * Share of a leader's support each report gets: full up to {@code leader.supportSpan} reports,
     * thinning beyond it less than in proportion, because leaders concentrate on some reports and
     * reports support each other (span and leader-member exchange correlate only -0.1 to -0.2:
     * Green, Anderson and Shivers 1996; Schyns, Maslyn and van Veldhoven 2012).
     */
    private static double attention(Position position, ParameterSet p) {
        double ratio = p.get(Parameter.LEADER_SUPPORT_SPAN) / Math.max(1, position.span());
        return ratio >= 1 ? 1 : Math.pow(ratio, p.get(Parameter.LEADER_SUPPORT_SPAN_ELASTICITY));
    }

    private static double support(Person leader, ParameterSet p) {
        return p.get(Parameter.LEADER_SUPPORT) + p.get(Parameter.COACHING_SUPPORT_EFFECT) * leader.leadershipSkill();
    }

    private static double inclusiveness(Person leader, ParameterSet p) {
        return p.get(Parameter.LEADER_INCLUSIVENESS) + p.get(Parameter.COACHING_INCLUSIVENESS_EFFECT) * leader.leadershipSkill();
    }

    /** Leads and managers get autonomy from their role and support from the position above. */
    private static Resources managerResources(Position position, ParameterSet p) {
        Person boss = position.parent == null ? null : position.parent.holder;
        double support = boss == null ? p.get(Parameter.LEADER_SUPPORT) * 0.7
                : Math.min(1, support(boss, p) * attention(position.parent, p)
                        * (1 - 0.5 * boss.stress()));
        double inclusiveness = boss == null ? p.get(Parameter.LEADER_INCLUSIVENESS)
                : Math.min(1, inclusiveness(boss, p) * (1 - 0.5 * boss.stress()));
        return new Resources(p.get(Parameter.AUTONOMY_HORIZONTAL), support, inclusiveness, 0.5);
    }

    /** Job resources; the person's own perceived safety is one of them. */
    private record Resources(double autonomy, double support, double inclusiveness, double cohesion) {
        double total(double safety) {
            return (autonomy + support + safety + cohesion) / 4;
        }
    }

    static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double clamp01(double value) {
        return value < 0 ? 0 : (value > 1 ? 1 : value);
    }
}
