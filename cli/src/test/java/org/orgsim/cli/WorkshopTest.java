package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.contract.Metric;
import org.orgsim.results.Numbers;
import org.orgsim.workshop.RecordedRun;
import org.orgsim.workshop.Replay;

/** Replay reproduces a recorded run exactly; a fork is the recorded run up to its week, then the what-if. */
class WorkshopTest {
    private static final String SCENARIO = """
            name: workshop
            weeks: 20
            replications: REPLICATIONS
            seed: 11
            parameters:
              simulation.warmupWeeks: 8
            organization:
              teams:
                - name: north
                  size: 6
                - name: south
                  size: 5
              management:
                - name: manager
                  span: 2
            variants:
              - name: baseline
              - name: merged
                rules: [MERGE]
            """;
    private static final String MERGE = """
            package workshop.test;
            import org.orgsim.model.facts.Week;
            global org.orgsim.rules.Actions actions;
            rule "Merge south into north in week 6"
            when
                Week( number == 6 )
            then
                actions.mergeTeams("north", "south");
            end
            """;
    private static final String COACH_FROM_12 = """
            package workshop.test;
            import org.orgsim.model.facts.Team;
            import org.orgsim.model.facts.Week;
            global org.orgsim.rules.Actions actions;
            rule "Coach every uncoached team lead as soon as the program starts"
            when
                Week( number >= 12 )
                $team : Team( coached == false, leadVacant == false )
            then
                actions.coachLeaders($team.getName(), 16);
            end
            """;

    @TempDir
    Path temp;

    private Path record(int replications) throws IOException {
        Path merge = temp.resolve("merge.drl");
        Files.writeString(merge, MERGE);
        Path scenario = temp.resolve("workshop.yaml");
        Files.writeString(scenario, SCENARIO.replace("REPLICATIONS", String.valueOf(replications)).replace("MERGE", merge.toString()));
        Path out = temp.resolve("recorded");
        CliRunner.Outcome outcome = CliRunner.run("run", scenario.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, outcome.status(), outcome.err());
        return out;
    }

    @Test
    void replayReproducesTheRecordedTimeSeriesExactly() throws IOException {
        Path recorded = record(1);
        Map<String, String> means = timeseries(recorded, "merged");
        Replay replay = Replay.of(RecordedRun.load(recorded), "merged", 0);
        for (int week = 0; week <= 20; week++) {
            for (Metric metric : Metric.recordedWithoutCareers()) { // the metrics a scenario without careers writes
                assertEquals(means.get(week + "," + metric.key()), Numbers.format(replay.run().weekly()[week][metric.ordinal()]),
                        "week " + week + " " + metric.key());
            }
        }
        assertTrue(replay.week(6).interventions().stream().anyMatch(event -> event.action().equals("mergeTeams")));
    }

    @Test
    void replayPrintsPanelsWithInterventionsForScripts() throws IOException {
        Path recorded = record(2);
        CliRunner.Outcome outcome = CliRunner.run("replay", recorded.toString(), "--variant", "merged", "--replication", "1",
                "--to-week", "7", "--print");
        assertEquals(0, outcome.status(), outcome.err());
        assertTrue(outcome.out().contains("=== week 7 ==="), outcome.out());
        assertFalse(outcome.out().contains("=== week 8 ==="), outcome.out());
        assertTrue(outcome.out().contains("intervention: Merge south into north in week 6 -> mergeTeams"), outcome.out());
        assertTrue(outcome.out().contains("burnout_rate"), outcome.out());
        assertEquals(2, CliRunner.run("replay", recorded.toString(), "--variant", "nope").status());
        assertEquals(2, CliRunner.run("replay", recorded.toString(), "--replication", "2").status());
        assertEquals(2, CliRunner.run("replay", recorded.toString(), "--to-week", "21", "--print").status());
    }

    @Test
    void aChangedRuleFileIsRefused() throws IOException {
        Path recorded = record(1);
        Files.writeString(temp.resolve("merge.drl"), MERGE.replace("week 6\"", "week 6 (edited)\""));
        CliRunner.Outcome outcome = CliRunner.run("replay", recorded.toString(), "--print");
        assertEquals(2, outcome.status());
        assertTrue(outcome.err().contains("merge.drl: rule file changed since the run"), outcome.err());
        assertEquals(2, CliRunner.run("fork", recorded.toString(), "--week", "3", "--rules", temp.resolve("merge.drl").toString()).status());
    }

    @Test
    void aForkIsTheRecordedRunUpToItsWeekAndThenAFullRunWithTheRuleFromThatWeek() throws IOException {
        Path recorded = record(3);
        Path coach = temp.resolve("coach-now.drl");
        Files.writeString(coach, COACH_FROM_12.replace("                Week( number >= 12 )\n", ""));
        Path forked = temp.resolve("forked");
        CliRunner.Outcome outcome = CliRunner.run("fork", recorded.toString(), "--week", "12", "--rules", coach.toString(),
                "--out", forked.toString(), "--quiet");
        assertEquals(0, outcome.status(), outcome.err());
        String summary = Files.readString(forked.resolve("summary.json"));
        assertTrue(summary.contains("\"baseline\": \"baseline\""), summary);
        List<String[]> forkRuns = runs(forked, "baseline-fork-week-12");
        List<String[]> baselineRuns = runs(forked, "baseline");
        assertEquals(runs(recorded, "baseline").size(), baselineRuns.size());

        // Up to week 12 the fork is the recorded run: identical time series.
        Map<String, String> recordedSeries = timeseries(recorded, "baseline");
        Map<String, String> forkSeries = timeseries(forked, "baseline-fork-week-12");
        for (int week = 0; week < 12; week++) {
            for (Metric metric : Metric.recordedWithoutCareers()) { // the metrics a scenario without careers writes
                String key = week + "," + metric.key();
                assertEquals(recordedSeries.get(key), forkSeries.get(key), "week " + week + " " + metric.key());
            }
        }
        assertNotEquals(recordedSeries.get("20,psych_safety"), forkSeries.get("20,psych_safety"), "the coaching changes things");

        // From week 12 it equals a full run whose rule only acts from week 12 (same seed).
        Path gated = temp.resolve("coach-from-12.drl");
        Files.writeString(gated, COACH_FROM_12);
        Path scenario = temp.resolve("full.yaml");
        Files.writeString(scenario, SCENARIO.replace("REPLICATIONS", "3").replace("rules: [MERGE]", "rules: [" + gated + "]"));
        Path full = temp.resolve("full");
        assertEquals(0, CliRunner.run("run", scenario.toString(), "--out", full.toString(), "--quiet").status());
        Map<String, String> fullSeries = timeseries(full, "merged");
        assertEquals(fullSeries, forkSeries);
    }

    /** "week,metric" → "mean,ci_low,ci_high" of one variant. */
    private static Map<String, String> timeseries(Path directory, String variant) throws IOException {
        Map<String, String> series = new LinkedHashMap<>();
        for (String line : Files.readAllLines(directory.resolve("timeseries.csv"))) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals(variant)) {
                series.put(cells[1] + "," + cells[2], cells.length == 6 && cells[4].isEmpty() ? cells[3]
                        : cells[3] + "," + cells[4] + "," + cells[5]);
            }
        }
        return series;
    }

    private static List<String[]> runs(Path directory, String variant) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(directory.resolve("runs.csv"))) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals(variant)) {
                rows.add(cells);
            }
        }
        return rows;
    }
}
