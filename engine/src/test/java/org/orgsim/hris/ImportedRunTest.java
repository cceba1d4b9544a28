package org.orgsim.hris;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.contract.SmallGroupSuppression;
import org.orgsim.model.Action;
import org.orgsim.model.ActionRequest;
import org.orgsim.contract.InterventionEvent;
import org.orgsim.model.InterventionPolicy;
import org.orgsim.contract.Metric;
import org.orgsim.model.OrgModel;
import org.orgsim.contract.RunRecord;
import org.orgsim.model.WeeklyFacts;
import org.orgsim.scenario.OrganizationSpec;
import org.orgsim.scenario.ParameterSet;
import org.orgsim.scenario.Variant;

/** An imported organization runs in the model: its people, its survey, the small-group rule. */
class ImportedRunTest {
    private static final int WEEKS = 8;

    @TempDir
    Path temp;

    /** A director over six teams of ten (a lead and nine members), plus a team of four. */
    private static List<String> rows(String fte) {
        List<String> rows = new ArrayList<>();
        rows.add("1,,board,director,1,2005-03-01");
        Random random = new Random(7);
        for (int team = 1; team <= 7; team++) {
            int lead = team * 100;
            rows.add(lead + ",1,team" + team + ",lead,1," + date(random));
            int members = team == 7 ? 3 : 9;
            for (int member = 1; member <= members; member++) {
                rows.add((lead + member) + "," + lead + ",team" + team + ",member," + fte + "," + date(random));
            }
        }
        return rows;
    }

    private static String date(Random random) {
        return String.format(Locale.ROOT, "%d-%02d-%02d", 2000 + random.nextInt(24), 1 + random.nextInt(12),
                1 + random.nextInt(28));
    }

    private Path people(String name, List<String> rows) {
        return Imports.write(temp, name, "employee_id,manager_id,team,role,fte,hire_date\n" + String.join("\n", rows) + "\n");
    }

    private Path survey(String name, String engagement, String workload, String safety, String burnout) {
        StringBuilder text = new StringBuilder("team,respondents,engagement (1-5),workload (1-5),psych_safety (1-5),"
                + "burnout (0-100)\n");
        for (int team = 1; team <= 7; team++) {
            text.append("team").append(team).append(",4,").append(engagement).append(',').append(workload).append(',')
                    .append(safety).append(',').append(burnout).append('\n');
        }
        return Imports.write(temp, name, text.toString());
    }

    private static Variant variant(ImportedOrganization organization) {
        return new Variant("baseline", "", OrganizationSpec.of(organization), ParameterSet.defaults(), List.of());
    }

    private static double mean(Metric metric, int week, Variant variant) {
        double sum = 0;
        for (int replication = 0; replication < 4; replication++) {
            sum += OrgModel.simulate(variant, 11, replication, WEEKS).weekly()[week][metric.ordinal()];
        }
        return sum / 4;
    }

    @Test
    void theSurveySetsWhereEachTeamStarts() {
        Path people = people("people.csv", rows("1"));
        Variant happy = variant(Imports.run(people, survey("happy.csv", "4.5", "2", "4.5", "0"), null).organization());
        Variant unhappy = variant(Imports.run(people, survey("unhappy.csv", "1.5", "4", "1.5", "40"), null).organization());
        // engagement 4.5 on 1-5 is 0.875 for the typical person; 1.5 is 0.125 (the director has no survey)
        double high = mean(Metric.ENGAGEMENT, 0, happy);
        double low = mean(Metric.ENGAGEMENT, 0, unhappy);
        assertTrue(high > 0.72 && high < 0.9, "engagement at week 0 with a happy survey: " + high);
        assertTrue(low > 0.1 && low < 0.3, "engagement at week 0 with an unhappy survey: " + low);
        // ... and stays near it: the calibration at week 0 is a team fixed effect, not a one-off
        assertEquals(high, mean(Metric.ENGAGEMENT, WEEKS, happy), 0.05);
        assertEquals(low, mean(Metric.ENGAGEMENT, WEEKS, unhappy), 0.05);
        assertTrue(mean(Metric.PSYCH_SAFETY, 0, happy) - mean(Metric.PSYCH_SAFETY, 0, unhappy) > 0.5);
        // 40% of each team starts with burnout complaints, none with the happy survey
        double complaints = mean(Metric.BURNOUT_RATE, 0, unhappy);
        assertTrue(complaints > 0.3 && complaints < 0.5, "burnout rate at week 0: " + complaints);
        assertTrue(mean(Metric.BURNOUT_RATE, 0, happy) < 0.05);
        // a high workload score means more stress
        assertTrue(mean(Metric.STRESS, WEEKS, unhappy) > mean(Metric.STRESS, WEEKS, happy) + 0.1);
    }

    @Test
    void theExportsOwnFteSetsCost() {
        Variant full = variant(Imports.run(people("full.csv", rows("1")), null, null).organization());
        Variant half = variant(Imports.run(people("half.csv", rows("0.5")), null, null).organization());
        double fullCost = mean(Metric.COST, 0, full);
        double halfCost = mean(Metric.COST, 0, half);
        assertTrue(halfCost < 0.7 * fullCost, fullCost + " vs " + halfCost);
        // Everybody in the export is there, less the seats that quits in the warm-up left open.
        double headcount = mean(Metric.HEADCOUNT, 0, full);
        assertTrue(headcount <= 68 && headcount > 58, "headcount at week 0: " + headcount);
    }

    @Test
    void resultsDoNotDependOnTheOrderOfTheExport() {
        List<String> rows = rows("0.8");
        List<String> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(3));
        Path survey = survey("survey.csv", "3.5", "3", "3.5", "15");
        Variant ordered = variant(Imports.run(people("a.csv", rows), survey, null).organization());
        Variant reordered = variant(Imports.run(people("b.csv", shuffled), survey, null).organization());
        for (int replication = 0; replication < 2; replication++) {
            RunRecord a = OrgModel.simulate(ordered, 5, replication, WEEKS);
            RunRecord b = OrgModel.simulate(reordered, 5, replication, WEEKS);
            for (int week = 0; week <= WEEKS; week++) {
                assertArrayEquals(a.weekly()[week], b.weekly()[week], "week " + week);
            }
        }
    }

    @Test
    void eventsAboutATeamOfFourWithholdTheirFigures() {
        Variant variant = variant(Imports.run(people("people.csv", rows("1")), null, null).organization());
        InterventionPolicy layOffEverywhere = new InterventionPolicy() {
            @Override
            public List<ActionRequest> decide(WeeklyFacts facts) {
                if (facts.week().getNumber() != 2) {
                    return List.of();
                }
                List<ActionRequest> requests = new ArrayList<>();
                for (int team = 1; team <= 7; team++) {
                    requests.add(new ActionRequest("Lay off one", new Action.LayOff("team" + team, 1)));
                }
                requests.add(new ActionRequest("Cap everywhere", new Action.SetWipLimit("*", 4)));
                return requests;
            }

            @Override
            public void close() {
            }
        };
        RunRecord run = OrgModel.simulate(variant, 1, 0, 4, layOffEverywhere);
        List<InterventionEvent> events = run.events();
        InterventionEvent small = events.stream().filter(e -> e.target().equals("team7")).findFirst().orElseThrow();
        assertEquals(SmallGroupSuppression.WITHHELD, small.detail());
        InterventionEvent large = events.stream().filter(e -> e.target().equals("team1")).findFirst().orElseThrow();
        assertTrue(large.detail().startsWith("laid off 1 of 9 members"), large.detail());
        // A team of ten that loses one still has nine: its figures stay.
        InterventionEvent everywhere = events.stream().filter(e -> e.target().equals("*")).findFirst().orElseThrow();
        assertTrue(everywhere.detail().contains("team7: " + SmallGroupSuppression.WITHHELD), everywhere.detail());
        assertTrue(everywhere.detail().contains("team1: work in progress capped at 4 items"), everywhere.detail());
        for (InterventionEvent event : events) {
            for (String part : event.detail().split("; ")) {
                if (part.startsWith("team7")) {
                    assertEquals("team7: " + SmallGroupSuppression.WITHHELD, part);
                }
            }
        }
    }
}
