package org.orgsim.model;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.orgsim.scenario.LeadershipStyle;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Work arrives at each team: a Poisson number of items proportional to its members, each with a
 * log-normal effort and, with some probability, an exception that needs a decision before the
 * item can be finished (Levitt's Virtual Design Team). The decision goes to the team lead, or to
 * the team itself when it is self-managing; some exceed that authority and escalate one level.
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
            double rate = p.get(Parameter.ARRIVALS_PER_MEMBER) * team.demandFactor * team.members.size();
            int arrivals = rate > 0 ? PoissonSampler.of(team.arrivalsRandom, rate).sample() : 0;
            ContinuousSampler effort = arrivals > 0
                    ? LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(team.effortRandom), mu, sigma) : null;
            double demand = 0;
            for (int index = 0; index < arrivals; index++) {
                double arrivalTime = model.week + team.exceptionsRandom.nextDouble();
                boolean exception = team.exceptionsRandom.nextDouble() < p.get(Parameter.EXCEPTION_PROBABILITY);
                boolean escalates = team.exceptionsRandom.nextDouble() < p.get(Parameter.ESCALATION_PROBABILITY);
                WorkItem item = new WorkItem(arrivalTime, sigma > 0 ? effort.sample() : meanEffort);
                demand += item.effortHours;
                team.backlog.add(item);
                if (exception) {
                    item.awaitingDecision = true;
                    route(team, new DecisionRequest(item, arrivalTime, escalates ? 1 : 0));
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
