package org.orgsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.orgsim.contract.Metric;
import org.orgsim.model.OrgModel;
import org.orgsim.contract.RunRecord;
import org.orgsim.contract.SegmentRecord;
import org.orgsim.contract.Segments;
import org.orgsim.results.PairedComparison;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.scenario.ManagementLayer;
import org.orgsim.scenario.OrganizationSpec;
import org.orgsim.scenario.TeamSpec;
import org.orgsim.scenario.Variant;
import org.junit.jupiter.api.Test;

/** Segments are week-0 cohorts, consistent with the organization and followed through a merge. */
class SegmentsTest {
    private static final int M = Segments.METRICS.size();

    /** Teams of every age and a manager layer, so that every role and several tenures occur. */
    private static OrganizationSpec mixedAges() {
        return new OrganizationSpec.Teams(List.of(new TeamSpec("old", 8, LeadershipStyle.HIERARCHICAL, 400),
                new TeamSpec("settled", 7, LeadershipStyle.HIERARCHICAL, 120),
                new TeamSpec("fresh", 6, LeadershipStyle.HORIZONTAL, 10)), List.of(new ManagementLayer("manager", 3)));
    }

    @Test
    void roleAndTenureSegmentsAddUpToTheOrganizationAtWeekZero() {
        Variant variant = RuleRuns.variant("baseline", mixedAges(), RuleRuns.shortWarmup());
        for (int replication = 0; replication < 3; replication++) {
            RunRecord run = OrgModel.simulate(variant, RuleRuns.SEED, replication, 12);
            SegmentRecord segments = run.segments();
            double[] organization = run.weekly()[0];
            for (String kind : List.of("role", "tenure")) {
                double people = 0;
                double[] weighted = new double[M];
                for (int segment = 0; segment < segments.segments().size(); segment++) {
                    if (!segments.segments().get(segment).kind().equals(kind)) {
                        continue;
                    }
                    double n = segments.value(0, segment, index(Metric.HEADCOUNT));
                    assertEquals(segments.people()[segment], n, 0, "everybody of week 0 is present at week 0");
                    people += n;
                    for (int metric = 0; metric < M; metric++) {
                        if (n > 0) {
                            weighted[metric] += n * segments.value(0, segment, metric);
                        }
                    }
                }
                assertEquals(organization[Metric.HEADCOUNT.ordinal()], people, 0, kind + " partitions the staff");
                assertEquals(organization[Metric.THROUGHPUT.ordinal()], weighted[index(Metric.THROUGHPUT)], 1e-9,
                        kind + ": the shares of team throughput add up to the organization's");
                for (Metric metric : List.of(Metric.STRESS, Metric.BURNOUT_RATE, Metric.ENGAGEMENT, Metric.ENGAGED_SHARE,
                        Metric.PSYCH_SAFETY, Metric.SICK_LEAVE)) {
                    assertEquals(organization[metric.ordinal()], weighted[index(metric)] / people, 1e-12,
                            kind + ": headcount-weighted " + metric.key() + " equals the organization's");
                }
            }
            // Vacancies open at week 0 vary by replication, so sizes are checked against the team cohorts.
            assertEquals(segments.people()[indexOf(segments, "team", "fresh")], segments.people()[indexOf(segments, "team_age", "new")],
                    "the team formed 10 weeks ago is new");
            assertEquals(segments.people()[indexOf(segments, "team", "settled")],
                    segments.people()[indexOf(segments, "team_age", "established")], "120 weeks: established");
            assertEquals(segments.people()[indexOf(segments, "team", "old")],
                    segments.people()[indexOf(segments, "team_age", "long-standing")], "400 weeks: long-standing");
            int managers = segments.people()[indexOf(segments, "role", "manager")];
            assertTrue(managers > 0 && managers <= 3, "managers: " + managers);
            assertEquals(organization[Metric.HEADCOUNT.ordinal()] - managers, teamPeople(segments), 0,
                    "everybody but the managers is in one week-0 team");
        }
    }

    private static int teamPeople(SegmentRecord segments) {
        int people = 0;
        for (int segment = 0; segment < segments.segments().size(); segment++) {
            if (segments.segments().get(segment).kind().equals("team")) {
                people += segments.people()[segment];
            }
        }
        return people;
    }

    @Test
    void cohortsFollowTheirPeopleThroughAMerge() {
        int weeks = 52;
        int replications = 8;
        RuleRuns baseline = RuleRuns.run(RuleRuns.variant("baseline", RuleRuns.northAndSouth(), RuleRuns.shortWarmup()),
                replications, weeks);
        RuleRuns merged = RuleRuns.run(RuleRuns.variant("merged", RuleRuns.northAndSouth(), RuleRuns.shortWarmup(),
                "merge-two-teams.drl"), replications, weeks);
        for (RunRecord run : merged.runs) {
            SegmentRecord segments = run.segments();
            int south = indexOf(segments, "team", "south");
            int people = segments.people()[south];
            assertTrue(people >= 7 && people <= 9, "south: 8 members and a lead at week 0, but for open vacancies");
            double items = 0;
            for (int week = 27; week <= weeks; week++) {
                double present = segments.value(week, south, index(Metric.HEADCOUNT));
                assertTrue(present > 0, "south's people are still counted after south is merged away (week " + week + ")");
                assertEquals((people - present) / people, segments.value(week, south, index(Metric.ATTRITION)), 1e-12,
                        "attrition is the share of the week-0 people gone");
                items += segments.value(week, south, index(Metric.THROUGHPUT));
            }
            assertTrue(items > 0, "south's people share the merged team's items");
        }
        // In the merged team every north-south pair starts unfamiliar: south's cohort loses cohesion.
        PairedComparison cohesion = PairedComparison.of(window(merged, "south", Metric.COHESION, 27, 40),
                window(baseline, "south", Metric.COHESION, 27, 40), Metric.COHESION);
        assertTrue(cohesion.ciHigh() < 0, "south's cohesion after the merge: " + RuleRuns.describe(cohesion));
        PairedComparison before = PairedComparison.of(window(merged, "south", Metric.COHESION, 1, 25),
                window(baseline, "south", Metric.COHESION, 1, 25), Metric.COHESION);
        assertEquals(0, before.meanDiff(), 1e-12, "nothing differs before the merge (common random numbers)");
    }

    private static double[] window(RuleRuns runs, String team, Metric metric, int first, int last) {
        double[] values = new double[runs.runs.size()];
        for (int replication = 0; replication < values.length; replication++) {
            SegmentRecord segments = runs.runs.get(replication).segments();
            int segment = indexOf(segments, "team", team);
            double sum = 0;
            for (int week = first; week <= last; week++) {
                sum += segments.value(week, segment, index(metric));
            }
            values[replication] = sum / (last - first + 1);
        }
        return values;
    }

    private static int index(Metric metric) {
        return Segments.METRICS.indexOf(metric);
    }

    private static int indexOf(SegmentRecord segments, String kind, String name) {
        int index = segments.segments().indexOf(new Segments.Segment(kind, name));
        assertTrue(index >= 0, kind + " " + name + " is a segment");
        return index;
    }
}
