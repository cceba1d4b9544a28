package org.orgsim.results;

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

import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.scenario.Scenario;

/**
 * The one reader of a results folder: what {@link ResultsWriter} writes reads back as the in-memory
 * view of the same results, and a bad file is named with its place.
 */
class ResultsReaderTest {
    @TempDir
    Path temp;

    private final Scenario scenario = TestScenarios.scenario(2, 3, "baseline", "baseline", "merge");

    /** Long fractions (so rounding matters), events whose texts need quoting. */
    private Results results() {
        ResultsBuilder builder = new ResultsBuilder(scenario);
        for (String variant : List.of("baseline", "merge")) {
            double shift = variant.equals("merge") ? 0.5 : 0;
            for (int replication = 0; replication < 3; replication++) {
                InterventionEvent[] events = variant.equals("merge") && replication == 1
                        ? new InterventionEvent[] {
                            new InterventionEvent(1, "Merge teams", "mergeTeams", "a,b", "said \"hi\"\nthen left"),
                            new InterventionEvent(2, "Cap WIP", "capWip", "a", "limit 3")}
                        : new InterventionEvent[0];
                builder.accept(TestScenarios.run(variant, replication, 2,
                        (index, week, metric) -> (metric.ordinal() - 7) * 1234.5678901 / (index + 1) + week / 3.0 + shift,
                        events));
            }
        }
        return builder.build();
    }

    private Path written() throws IOException {
        Path out = temp.resolve("r");
        ResultsWriter.write(results(), ManifestTest.sample(), out);
        return out;
    }

    @Test
    void whatIsWrittenReadsBackAsTheInMemoryView() throws IOException {
        Results results = results();
        Path out = temp.resolve("r");
        ResultsWriter.write(results, ManifestTest.sample(), out);
        ResultsDirectory read = ResultsReader.read(out);
        ResultsDirectory inMemory = ResultsDirectory.of(results, ManifestTest.sample(), out);

        assertEquals(inMemory.variants(), read.variants());
        assertEquals(inMemory.events(), read.events());
        assertEquals(inMemory.manifest(), read.manifest());
        assertEquals(inMemory.scenarioText(), read.scenarioText());
        assertEquals(inMemory.seed(), read.seed());
        assertEquals(List.of(inMemory.scenarioName(), inMemory.weeks(), inMemory.replications(), inMemory.baselineName()),
                List.of(read.scenarioName(), read.weeks(), read.replications(), read.baselineName()));

        ResultsDirectory.Variant merge = read.variant("merge").orElseThrow();
        assertEquals(Numbers.format(results.variant("merge").orElseThrow().finalEstimate(Metric.STRESS).mean()),
                Numbers.format(merge.finalEstimate(Metric.STRESS).mean()));
        assertTrue(read.baseline().versus(Metric.STRESS).isEmpty());
        assertTrue(merge.versus(Metric.STRESS).isPresent());
        assertEquals(3, merge.weekly(Metric.COST).size());
        assertEquals(2, read.events().size());
        assertEquals("said \"hi\"\nthen left", read.events().get(0).detail());
        assertEquals("a,b", read.events().get(0).target());
    }

    @Test
    void optionalFilesMayBeMissing() throws IOException {
        Path directory = written();
        Files.delete(directory.resolve("events.csv"));
        Files.delete(directory.resolve("manifest.json"));
        Files.delete(directory.resolve("scenario.yaml"));
        ResultsDirectory data = ResultsReader.read(directory);
        assertFalse(data.hasEventsFile());
        assertTrue(data.events().isEmpty());
        assertTrue(data.manifest().isEmpty());
        assertEquals("", data.variants().get(1).description());
    }

    @Test
    void missingSummaryIsNamed() throws IOException {
        Path directory = written();
        Files.delete(directory.resolve("summary.json"));
        assertMessage(directory, directory.resolve("summary.json") + ": not found");
    }

    @Test
    void corruptSummaryIsNamedWithThePlace() throws IOException {
        Path directory = written();
        Path summary = directory.resolve("summary.json");
        String good = Files.readString(summary);

        Files.writeString(summary, good.substring(0, good.length() / 2));
        assertMessage(directory, summary + ": not valid JSON at line ");

        Files.writeString(summary, "");
        assertMessage(directory, summary + ": is empty");

        Files.writeString(summary, "[1, 2]");
        assertMessage(directory, summary + ": must hold a JSON object");

        Files.writeString(summary, good.replaceFirst("\"weeks\": 2", "\"weeks\": \"two\""));
        assertMessage(directory, summary + ": weeks must be a whole number >= 0");

        String firstMetric = scenarioFirstMetric();
        Files.writeString(summary, good.replaceFirst("\"mean\": [-0-9.]+", "\"mean\": \"high\""));
        assertMessage(directory, summary + ": variants.baseline.metrics." + firstMetric + ".mean must be a number or null");

        Files.writeString(summary, good.replace("\"baseline\": \"baseline\"", "\"baseline\": \"nobody\""));
        assertMessage(directory, summary + ": baseline 'nobody' is not one of the variants");
    }

    private static String scenarioFirstMetric() {
        return org.orgsim.model.SeriesLayout.standard().series().get(0).key();
    }

    @Test
    void corruptCsvIsNamedWithTheLine() throws IOException {
        Path directory = written();
        Path timeseries = directory.resolve("timeseries.csv");
        List<String> lines = Files.readAllLines(timeseries);
        lines.set(2, lines.get(2).replaceFirst(",[^,]*,([^,]*),([^,]*)$", ",oops,$1,$2"));
        Files.write(timeseries, lines);
        assertMessage(directory, timeseries + ":3: mean 'oops' is not a number");

        Files.writeString(timeseries, "week,variant\n");
        assertMessage(directory, timeseries + ":1: the header must be variant,week,metric,mean,ci_low,ci_high");

        Files.delete(timeseries);
        assertMessage(directory, timeseries + ": not found");

        directory = temp.resolve("again");
        ResultsWriter.write(results(), ManifestTest.sample(), directory);
        Path events = directory.resolve("events.csv");
        Files.writeString(events, "variant,replication,week,rule,action,target,detail\nmerge,0,99,r,a,t,d\n");
        assertMessage(directory, events + ":2: week must be between 0 and 2, was 99");

        Files.writeString(events, "variant,replication,week,rule,action,target,detail\nmerge,0,1,r\n");
        assertMessage(directory, events + ":2: expected 7 fields, found 4");

        Files.writeString(events, "variant,replication,week,rule,action,target,detail\nmerge,0,1,\"open\n");
        assertMessage(directory, events + ":2: not valid CSV");
    }

    @Test
    void corruptManifestIsNamed() throws IOException {
        Path directory = written();
        Path manifest = directory.resolve("manifest.json");
        Files.writeString(manifest, "{\"orgsimVersion\": \"1\"}");
        assertMessage(directory, manifest + ": not a valid orgsim manifest");
        ResultsFileException direct = assertThrows(ResultsFileException.class, () -> ResultsReader.manifest(directory));
        assertEquals(manifest, direct.file());
    }

    @Test
    void aFileIsNotAResultsDirectory() throws IOException {
        Path file = Files.writeString(temp.resolve("plain.txt"), "x");
        assertMessage(file, file + ": not a directory");
        assertThrows(ResultsFileException.class, () -> ResultsReader.scenarioText(file));
    }

    private static void assertMessage(Path directory, String expectedStart) {
        ResultsFileException failure = assertThrows(ResultsFileException.class, () -> ResultsReader.read(directory));
        assertTrue(failure.getMessage().startsWith(expectedStart),
                "expected '" + expectedStart + "...', was: " + failure.getMessage());
    }
}
