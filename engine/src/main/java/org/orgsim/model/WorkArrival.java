package org.orgsim.model;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Work arrives at each team: a Poisson number of items proportional to its members, each with a
 * log-normal effort and, with some probability, an exception that needs a decision before the
 * item can be finished (Levitt's Virtual Design Team). The decision goes to the team lead, or to
 * the team itself when it is self-managing; some exceed that authority and escalate one level.
 * With AI support, routine effort shrinks and fewer items need a decision. A team at its
 * work-in-progress limit leaves new items upstream until it has room.
 */
final class WorkArrival implements Steppable {
    private static final long serialVersionUID = 1L;

    private final OrgModel model;

    WorkArrival(OrgModel model) {
        this.model = model;
    }

    @Override
    public void step(SimState state) {
        ParameterSet p = model.parameters;
        double meanEffort = p.get(Parameter.EFFORT_MEAN_HOURS);
        double sigma = p.get(Parameter.EFFORT_SIGMA);
        // log-normal with the requested mean: mu = ln(mean) - sigma^2 / 2
        double mu = Math.log(meanEffort) - sigma * sigma / 2;
        for (Team team : model.organization.teams) {
            double ai = model.aiSupport(team);
            double effortScale = 1 - p.get(Parameter.AI_ROUTINE_SHARE) * p.get(Parameter.AI_AUTOMATION) * ai;
            double exceptionProbability = p.get(Parameter.EXCEPTION_PROBABILITY)
                    * (1 - p.get(Parameter.AI_EXCEPTION_REDUCTION) * ai);
            // Work arrives per seat of the team's share of work, filled or not: a vacancy or a
            // layoff leaves its work to the others.
            double rate = p.get(Parameter.ARRIVALS_PER_MEMBER) * team.demandFactor * team.workSeats;
            int arrivals = rate > 0 ? PoissonSampler.of(team.arrivalsRandom, rate).sample() : 0;
            ContinuousSampler effort = arrivals > 0 && sigma > 0
                    ? LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(team.effortRandom), mu, sigma) : null;
            double demand = 0;
            for (int index = 0; index < arrivals; index++) {
                double arrivalTime = model.week + team.exceptionsRandom.nextDouble();
                boolean exception = team.exceptionsRandom.nextDouble() < exceptionProbability;
                boolean escalates = team.exceptionsRandom.nextDouble() < p.get(Parameter.ESCALATION_PROBABILITY);
                WorkItem item = new WorkItem(arrivalTime, (sigma > 0 ? effort.sample() : meanEffort) * effortScale);
                if (team.wipLimit > 0 && (team.backlog.size() >= team.wipLimit || !team.upstream.isEmpty())) {
                    // At its WIP limit the team does not take the item on yet: it waits upstream.
                    team.upstream.add(item);
                } else {
                    demand += item.effortHours;
                    team.backlog.add(item);
                }
                if (exception) {
                    item.awaitingDecision = true;
                    route(team, new DecisionRequest(item, team, arrivalTime, escalates ? 1 : 0));
                }
            }
            team.arrivedHoursThisWeek = demand;
        }
    }

    private static void route(Team team, DecisionRequest request) {
        if (team.style == LeadershipStyle.HORIZONTAL) {
            team.teamDecisions.add(request);
        } else {
            team.leadPosition.queue.add(request);
        }
    }
}
