package org.orgsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orgsim.rules.RuleRuns.describe;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.results.PairedComparison;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;

/**
 * Each intervention's consequence goes the documented direction, in a seeded multi-replication
 * comparison against the same organization without the rule (common random numbers).
 */
class InterventionTest {
    private static final int REPLICATIONS = 16;

    private static void assertBelowZero(String what, PairedComparison comparison) {
        assertTrue(comparison.ciHigh() < 0, what + " should be clearly lower: " + describe(comparison));
    }

    private static void assertAboveZero(String what, PairedComparison comparison) {
        assertTrue(comparison.ciLow() > 0, what + " should be clearly higher: " + describe(comparison));
    }

    /**
     * The merge variant's cohesion drops right after week 26; the merged team loses capacity for
     * a while (a forming dip scaled by how much changed, strangers, a lead with twice the span,
     * people strained by role ambiguity and a lost team identity), which in teams with the default
     * slack shows as a rising backlog rather than lower throughput, and strains people; familiarity then recovers as
     * the new colleagues work together (the larger team's extra coordination stays).
     */
    @Test
    void mergingBreaksFamiliarityAndStrainsPeopleThenFamiliarityRecovers() {
        int replications = 30;
        RuleRuns baseline = RuleRuns.run(RuleRuns.variant("baseline", RuleRuns.northAndSouth(), RuleRuns.shortWarmup()), replications, 78);
        RuleRuns merged = RuleRuns.run(RuleRuns.variant("merge", RuleRuns.northAndSouth(), RuleRuns.shortWarmup(),
                "merge-two-teams.drl"), replications, 78);
        assertEquals(0, merged.versus(baseline, Metric.COHESION, 0, 25).meanDiff(), 1e-12,
                "identical before the merge (common random numbers)");
        assertBelowZero("cohesion right after the merge", merged.versus(baseline, Metric.COHESION, 26, 30));
        assertAboveZero("stress in the first weeks after the merge", merged.versus(baseline, Metric.STRESS, 27, 38));
        assertTrue(merged.versus(baseline, Metric.BACKLOG, 27, 38).meanDiff() > 0, "backlog grows while the merged team dips");
        // Familiarity recovers: the merged team's cohesion gap closes as new colleagues work together.
        double[] earlyGap = difference(merged.window(Metric.COHESION, 27, 30), baseline.window(Metric.COHESION, 27, 30));
        double[] lateGap = difference(merged.window(Metric.COHESION, 70, 78), baseline.window(Metric.COHESION, 70, 78));
        assertAboveZero("the cohesion gap narrows by the end (recovery)", PairedComparison.of(lateGap, earlyGap, Metric.COHESION));
        for (int replication = 0; replication < replications; replication++) {
            List<InterventionEvent> events = merged.runs.get(replication).events();
            assertEquals(1, events.size(), "the merge happens once per run: " + events);
            assertEquals(26, events.get(0).week());
            assertEquals("Merge south into north in week 26", events.get(0).rule());
            assertEquals("mergeTeams", events.get(0).action());
        }
    }

    private static double[] difference(double[] variant, double[] baseline) {
        double[] difference = new double[variant.length];
        for (int index = 0; index < variant.length; index++) {
            difference[index] = variant[index] - baseline[index];
        }
        return difference;
    }

    @Test
    void aLayoffShocksPsychologicalSafety() {
        var organization = RuleRuns.northAndSouth();
        RuleRuns baseline = RuleRuns.run(RuleRuns.variant("baseline", organization, RuleRuns.shortWarmup()), REPLICATIONS, 20);
        RuleRuns layoffs = RuleRuns.run(RuleRuns.variant("layoffs", organization, RuleRuns.shortWarmup(),
                "hiring-freeze-layoffs.drl"), REPLICATIONS, 20);
        assertBelowZero("psychological safety after the layoff", layoffs.versus(baseline, Metric.PSYCH_SAFETY, 12, 20));
        assertBelowZero("headcount after the layoff and the hiring freeze", layoffs.versus(baseline, Metric.HEADCOUNT, 13, 20));
    }

    @Test
    void coachingCostsTimeFirstAndRaisesSafetyLater() {
        var organization = RuleRuns.northAndSouth();
        RuleRuns baseline = RuleRuns.run(RuleRuns.variant("baseline", organization, RuleRuns.shortWarmup()), REPLICATIONS, 52);
        RuleRuns coached = RuleRuns.run(RuleRuns.variant("coaching", organization, RuleRuns.shortWarmup(),
                "leadership-coaching.drl"), REPLICATIONS, 52);
        assertAboveZero("psychological safety once the coaching pays off", coached.versus(baseline, Metric.PSYCH_SAFETY, 30, 52));
        PairedComparison backlogDuring = coached.versus(baseline, Metric.BACKLOG, 6, 20);
        assertTrue(backlogDuring.meanDiff() > 0, "coaching hours come out of work: backlog during the program " + describe(backlogDuring));
    }

    @Test
    void aiDecisionSupportSpeedsUpDecisionsAndLightensWork() {
        var organization = RuleRuns.northAndSouth();
        RuleRuns baseline = RuleRuns.run(RuleRuns.variant("baseline", organization, RuleRuns.shortWarmup()), REPLICATIONS, 40);
        RuleRuns ai = RuleRuns.run(RuleRuns.variant("ai", organization, RuleRuns.shortWarmup(),
                "ai-decision-support.drl"), REPLICATIONS, 40);
        assertBelowZero("decision latency with AI support", ai.versus(baseline, Metric.DECISION_LATENCY, 16, 40));
        assertBelowZero("stress with AI support", ai.versus(baseline, Metric.STRESS, 20, 40));
    }

    @Test
    void switchingToSharedLeadershipRaisesCoordination() {
        var organization = RuleRuns.northAndSouth();
        RuleRuns baseline = RuleRuns.run(RuleRuns.variant("baseline", organization, RuleRuns.shortWarmup()), REPLICATIONS, 30);
        RuleRuns horizontal = RuleRuns.run(RuleRuns.variant("horizontal", organization, RuleRuns.shortWarmup(),
                "switch-to-horizontal.drl"), REPLICATIONS, 30);
        assertEquals(0, horizontal.versus(baseline, Metric.COORDINATION_SHARE, 0, 12).meanDiff(), 1e-12);
        assertAboveZero("coordination share after the switch", horizontal.versus(baseline, Metric.COORDINATION_SHARE, 14, 30));
    }

    @Test
    void aWipCapUnderOverloadLowersStress() {
        ParameterSet overloaded = RuleRuns.shortWarmup().with(Parameter.ARRIVALS_PER_MEMBER, 0.8);
        var organization = RuleRuns.northAndSouth();
        RuleRuns baseline = RuleRuns.run(RuleRuns.variant("baseline", organization, overloaded), REPLICATIONS, 52);
        RuleRuns capped = RuleRuns.run(RuleRuns.variant("wip", organization, overloaded, "burnout-wip-cap.drl"), REPLICATIONS, 52);
        assertFalse(capped.runs.stream().allMatch(run -> run.events().isEmpty()), "the burnout rule fires under overload");
        assertBelowZero("stress once work in progress is capped", capped.versus(baseline, Metric.STRESS, 26, 52));
    }
}
