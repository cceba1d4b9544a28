package org.orgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.contract.Metric;
import org.orgsim.contract.RunRecord;
import org.orgsim.results.PairedComparison;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import org.orgsim.scenario.TeamSpec;
import org.orgsim.scenario.Variant;

/**
 * Team identity (docs/model.md 3.4.8): identification grows with time in a team, and a
 * reorganization costs the people of long-standing teams more than those of new teams.
 */
class IdentityTest {
    private static final ParameterSet SHORT_WARMUP = ParameterSet.defaults().with(Parameter.WARMUP_WEEKS, 26);

    @Test
    void identificationGrowsWithTimeInTheTeam() {
        ParameterSet p = ParameterSet.defaults();
        assertEquals(0, Identity.afterWeeks(0, p), 1e-12);
        assertTrue(Identity.afterWeeks(52, p) < 0.6, "a year together is not yet a strong identity");
        assertTrue(Identity.afterWeeks(260, p) > 0.9, "five years together is");
        assertTrue(Identity.afterWeeks(260, p) - Identity.afterWeeks(26, p) > 0.6);
    }

    /**
     * The same merger (pairs of teams, week 26, no job cuts) of teams formed five years before week 0
     * and of teams formed half a year before: the stress it adds in the half year after (paired with
     * the same organization left alone) is larger for the long-standing teams, by the identity
     * their people lose. Everything else about the two mergers is alike (same sizes, same ties once
     * the newer teams have worked together for half a year, both well past their forming dip).
     */
    @Test
    void mergingLongStandingTeamsCostsMoreThanMergingNewTeams() {
        int replications = 16;
        double[] longStanding = mergerStress(260, replications);
        double[] recent = mergerStress(26, replications);
        PairedComparison extra = PairedComparison.of(longStanding, recent, Metric.STRESS);
        assertTrue(extra.meanDiff() > 0 && extra.ciLow() > 0,
                "a merger of long-standing teams adds more stress than one of new teams: " + extra.meanDiff()
                        + " [" + extra.ciLow() + ", " + extra.ciHigh() + "]");
    }

    /** Per replication: mean stress over weeks 27-52 of the merged organization minus the unmerged one. */
    private static double[] mergerStress(int formedWeeksAgo, int replications) {
        List<TeamSpec> teams = new ArrayList<>();
        for (int index = 1; index <= 6; index++) {
            teams.add(new TeamSpec(String.format("t%02d", index), 8, LeadershipStyle.HIERARCHICAL, formedWeeksAgo));
        }
        Variant variant = Replications.variant("teams formed " + formedWeeksAgo + " weeks ago", SHORT_WARMUP,
                teams.toArray(TeamSpec[]::new));
        double[] added = new double[replications];
        for (int replication = 0; replication < replications; replication++) {
            RunRecord merged = OrgModel.simulate(variant, Replications.SEED, replication, 52, mergeInPairsAtWeek26());
            RunRecord alone = OrgModel.simulate(variant, Replications.SEED, replication, 52);
            added[replication] = windowMean(merged, 27, 52) - windowMean(alone, 27, 52);
        }
        return added;
    }

    private static double windowMean(RunRecord run, int from, int to) {
        double sum = 0;
        for (int week = from; week <= to; week++) {
            sum += run.weekly()[week][Metric.STRESS.ordinal()];
        }
        return sum / (to - from + 1);
    }

    private static InterventionPolicy mergeInPairsAtWeek26() {
        return new InterventionPolicy() {
            @Override
            public List<ActionRequest> decide(WeeklyFacts facts) {
                List<ActionRequest> merges = new ArrayList<>();
                if (facts.week().getNumber() == 26) {
                    for (int index = 1; index <= 6; index += 2) {
                        merges.add(new ActionRequest("merge in pairs", new Action.MergeTeams(
                                String.format("t%02d", index), String.format("t%02d", index + 1))));
                    }
                }
                return merges;
            }

            @Override
            public boolean needsPeople() {
                return false;
            }

            @Override
            public void close() {
            }
        };
    }
}
