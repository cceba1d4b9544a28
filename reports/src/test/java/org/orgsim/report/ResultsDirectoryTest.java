package org.orgsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.orgsim.contract.Metric;
import org.orgsim.scenario.ScenarioException;

/** Reading a results directory back, and the messages for files that are missing or corrupt. */
class ResultsDirectoryTest {
    @TempDir
    Path temp;

    @Test
    void readsEveryFileOfTheDirectory() throws IOException {
        ResultsDirectory data = ResultsDirectory.load(SampleResults.write(temp.resolve("r")));
        assertEquals("sample-org", data.scenarioName());
        assertEquals(SampleResults.WEEKS, data.weeks());
        assertEquals(SampleResults.REPLICATIONS, data.replications());
        assertEquals(SampleResults.SEED, data.seed().orElseThrow());
        assertEquals(SampleResults.VARIANTS, data.variants().stream().map(ResultsDirectory.Variant::name).toList());
        assertEquals(SampleResults.BASELINE, data.baseline().name());
        assertEquals("a merges into b in week 4", data.variants().get(1).description());
        assertEquals(0.1, data.variants().get(1).versus(Metric.STRESS).orElseThrow().meanDiff(), 1e-12);
        assertTrue(data.baseline().versus(Metric.STRESS).isEmpty());
        assertEquals(SampleResults.WEEKS + 1, data.baseline().weekly(Metric.COST).size());
        assertEquals(13, data.events().size());
        ResultsDirectory.Event first = data.events().get(0);
        assertEquals(SampleResults.MERGE_RULE, first.rule());
        assertEquals("a,b", first.target());
        assertEquals("a joins b:\nline two, \"quoted\"", first.detail());
        assertEquals("9.9.9-test", data.manifest().orElseThrow().orgsimVersion());
        assertTrue(data.scenarioText().orElseThrow().contains("merge-a-b"));
    }

    @Test
    void optionalFilesMayBeMissing() throws IOException {
        Path directory = SampleResults.write(temp.resolve("r"));
        Files.delete(directory.resolve("events.csv"));
        Files.delete(directory.resolve("manifest.json"));
        Files.delete(directory.resolve("scenario.yaml"));
        ResultsDirectory data = ResultsDirectory.load(directory);
        assertFalse(data.hasEventsFile());
        assertTrue(data.events().isEmpty());
        assertTrue(data.manifest().isEmpty());
        assertEquals("", data.variants().get(1).description());
    }

    @Test
    void missingSummaryIsNamed() throws IOException {
        Path directory = SampleResults.write(temp.resolve("r"));
        Files.delete(directory.resolve("summary.json"));
        ScenarioException failure = assertThrows(ScenarioException.class, () -> ResultsDirectory.load(directory));
        assertTrue(failure.getMessage().startsWith(directory.resolve("summary.json") + ": not found"), failure.getMessage());
    }

    @Test
    void corruptSummaryIsNamedWithThePlace() throws IOException {
        Path directory = SampleResults.write(temp.resolve("r"));
        Path summary = directory.resolve("summary.json");
        String good = Files.readString(summary);

        Files.writeString(summary, good.substring(0, good.length() / 2));
        assertMessage(directory, summary + ": not valid JSON at line ");

        Files.writeString(summary, "");
        assertMessage(directory, summary + ": is empty");

        Files.writeString(summary, "[1, 2]");
        assertMessage(directory, summary + ": must hold a JSON object");

        Files.writeString(summary, good.replaceFirst("\"weeks\" : 10", "\"weeks\" : \"ten\""));
        assertMessage(directory, summary + ": weeks must be a whole number >= 0");

        Files.writeString(summary, good.replaceFirst("\"mean\" : 0.5", "\"mean\" : \"high\""));
        assertMessage(directory, summary + ": variants.merge-a-b.metrics.stress.mean must be a number or null");

        Files.writeString(summary, good.replace("\"baseline\" : \"status-quo\"", "\"baseline\" : \"nobody\""));
        assertMessage(directory, summary + ": baseline 'nobody' is not one of the variants");
    }

    @Test
    void corruptCsvIsNamedWithTheLine() throws IOException {
        Path directory = SampleResults.write(temp.resolve("r"));
        Path timeseries = directory.resolve("timeseries.csv");
        List<String> lines = Files.readAllLines(timeseries);
        lines.set(2, lines.get(2).replaceFirst(",[^,]*,([^,]*),([^,]*)$", ",oops,$1,$2"));
        Files.write(timeseries, lines);
        assertMessage(directory, timeseries + ":3: mean 'oops' is not a number");

        Files.writeString(timeseries, "week,variant\n");
        assertMessage(directory, timeseries + ":1: the header must be variant,week,metric,mean,ci_low,ci_high");

        Files.delete(timeseries);
        assertMessage(directory, timeseries + ": not found");

        SampleResults.write(directory);
        Path events = directory.resolve("events.csv");
        Files.writeString(events, "variant,replication,week,rule,action,target,detail\nmerge-a-b,0,99,r,a,t,d\n");
        assertMessage(directory, events + ":2: week must be between 0 and 10, was 99");

        Files.writeString(events, "variant,replication,week,rule,action,target,detail\nmerge-a-b,0,1,\"open\n");
        assertMessage(directory, events + ":2: a quoted field is not closed");
    }

    @Test
    void corruptManifestIsNamed() throws IOException {
        Path directory = SampleResults.write(temp.resolve("r"));
        Path manifest = directory.resolve("manifest.json");
        Files.writeString(manifest, "{\"orgsimVersion\": \"1\"}");
        assertMessage(directory, manifest + ": not a valid orgsim manifest");
    }

    @Test
    void aFileIsNotAResultsDirectory() throws IOException {
        Path file = Files.writeString(temp.resolve("plain.txt"), "x");
        assertMessage(file, file + ": not a directory");
    }

    @Test
    void csvReaderFollowsRfc4180() {
        List<CsvReader.Row> rows = CsvReader.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\nlast,row,");
        assertEquals(List.of("a", "b", "c"), rows.get(0).fields());
        assertEquals(List.of("x, y", "say \"hi\"", "two\nlines"), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        assertEquals(List.of("", "", ""), rows.get(2).fields());
        assertEquals(4, rows.get(2).line());
        assertEquals(List.of("last", "row", ""), rows.get(3).fields());
    }

    private static void assertMessage(Path directory, String expectedStart) {
        ScenarioException failure = assertThrows(ScenarioException.class, () -> ResultsDirectory.load(directory));
        assertTrue(failure.getMessage().startsWith(expectedStart), "expected '" + expectedStart + "...', was: " + failure.getMessage());
    }
}
