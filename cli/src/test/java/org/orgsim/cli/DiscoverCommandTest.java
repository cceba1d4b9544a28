package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orgsim discover} through the real entry point: a planted failing range is found; bad input exits 2. */
class DiscoverCommandTest {
    @TempDir
    Path directory;

    @Test
    void findsThePlantedRangeAndWritesDiscoveryCsv() throws IOException {
        StringBuilder csv = new StringBuilder("point,work.arrivalsPerMemberPerWeek,variant,metric,mean,ci_low,ci_high\n");
        for (int point = 0; point < 20; point++) {
            double demand = 0.3 + 0.02 * point;
            double burnout = demand > 0.55 ? 0.2 : 0.05;
            csv.append(String.format(Locale.ROOT, "%d,%.2f,baseline,burnout_rate,%.2f,%.2f,%.2f%n", point, demand, burnout, burnout, burnout));
        }
        Files.writeString(directory.resolve("sweep.csv"), csv);
        CliRunner.Outcome outcome = CliRunner.run("discover", directory.toString(), "--metric", "burnout_rate", "--worse-than", "0.1");
        assertEquals(0, outcome.status(), outcome.err());
        assertTrue(outcome.out().contains("baseline: 7 of 20 design points fail"), outcome.out());
        assertTrue(outcome.out().contains("where work.arrivalsPerMemberPerWeek >= 0.56"), outcome.out());
        assertTrue(Files.exists(directory.resolve("discovery.csv")));
    }

    @Test
    void aRealSweepGetsItsSectionInTheReportInBothLanguages() throws IOException {
        Path out = directory.resolve("sweep");
        CliRunner.Outcome run = CliRunner.run("run", "../scenarios/merge-sweep.yaml", "--replications", "2", "--threads", "2",
                "--out", out.toString(), "--quiet", "--lang", "both");
        assertEquals(0, run.status(), run.err());
        CliRunner.Outcome outcome = CliRunner.run("discover", out.toString(), "--metric", "burnout_rate", "--worse-than", "0.05",
                "--vs-baseline");
        assertEquals(0, outcome.status(), outcome.err());
        assertTrue(outcome.out().contains("Report updated: "), outcome.out());
        String english = Files.readString(out.resolve("report.html"));
        assertTrue(english.contains("id=\"discovery\"") && english.contains("When does this intervention fail?"), "English section");
        assertTrue(english.contains("id=\"discovery-table\""), "the boxes are listed");
        String dutch = Files.readString(out.resolve("report.nl.html"));
        assertTrue(dutch.contains("Wanneer mislukt deze interventie?"), "Dutch section");
    }

    @Test
    void withoutASweepItExitsTwo() {
        CliRunner.Outcome outcome = CliRunner.run("discover", directory.toString(), "--metric", "burnout_rate", "--worse-than", "0.1");
        assertEquals(2, outcome.status());
        assertTrue(outcome.err().contains("sweep.csv: not found"), outcome.err());
    }

    @Test
    void anUnknownMetricExitsTwo() {
        CliRunner.Outcome outcome = CliRunner.run("discover", directory.toString(), "--metric", "burnot_rate", "--worse-than", "0.1");
        assertEquals(2, outcome.status());
        assertTrue(outcome.err().contains("no metric named 'burnot_rate'"), outcome.err());
    }
}
