package org.orgsim.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.scenario.Scenario;

class ResultsWriterTest {
    private static final List<String> CONTRACT_FILES = List.of("events.csv", "manifest.json", "runs.csv",
            "scenario.yaml", "segments.csv", "summary.json", "timeseries.csv");
    private static final List<String> DETERMINISTIC_FILES = List.of("summary.json", "timeseries.csv", "runs.csv",
            "events.csv");

    @TempDir
    Path temporary;

    private final Scenario scenario = TestScenarios.scenario(2, 3, "baseline", "baseline", "merge");

    /** Awkward values on purpose: long fractions, large and tiny numbers, negatives. */
    private Results results() {
        TestScenarios.Values awkward = (replication, week, metric) ->
                (metric.ordinal() - 7) * 1234.5678901 / (replication + 1) + week / 3.0;
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
                        // The merge's headcount differs by 250 (a few %) from week 0 on: a size difference by design.
                        (index, week, metric) -> awkward.at(index, week, metric) + shift * (metric == Metric.HEADCOUNT ? 500 : 1),
                        events));
            }
        }
        return builder.build();
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void writesEveryContractFileWithItsHeaderAndRowCount() throws IOException {
        Path out = temporary.resolve("out");
        ResultsWriter.write(results(), ManifestTest.sample(), out);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(CONTRACT_FILES, files.map(file -> file.getFileName().toString()).sorted().toList());
        }
        List<String> timeseries = lines(out.resolve("timeseries.csv"));
        assertEquals("variant,week,metric,mean,ci_low,ci_high", timeseries.get(0));
        int metrics = Metric.recordedWithoutCareers().size(); // all but bench_strength: no careers
        assertEquals(1 + 2 * 3 * metrics, timeseries.size());
        assertEquals("baseline,0,throughput,", timeseries.get(1).substring(0, "baseline,0,throughput,".length()));
        assertTrue(timeseries.get(metrics + 1).startsWith("baseline,1,throughput,"));
        assertTrue(timeseries.get(timeseries.size() - 1).startsWith("merge,2,sick_leave,"));

        List<String> runs = lines(out.resolve("runs.csv"));
        assertEquals("variant,replication,metric,value", runs.get(0));
        assertEquals(1 + 2 * 3 * metrics, runs.size());
        assertTrue(runs.get(1).startsWith("baseline,0,throughput,"));
        assertTrue(runs.get(metrics + 1).startsWith("baseline,1,throughput,"));

        String events = Files.readString(out.resolve("events.csv"));
        assertEquals("variant,replication,week,rule,action,target,detail\n"
                + "merge,1,1,Merge teams,mergeTeams,\"a,b\",\"said \"\"hi\"\"\nthen left\"\n"
                + "merge,1,2,Cap WIP,capWip,a,limit 3\n", events);
        assertEquals(scenario.sourceText(), Files.readString(out.resolve("scenario.yaml")));
        assertEquals(ManifestTest.sample(), ManifestJson.read(out.resolve("manifest.json")));
    }

    @Test
    void eventsFileHasItsHeaderEvenWithoutEvents() throws IOException {
        Path out = temporary.resolve("out");
        ResultsWriter.write(TestScenarios.results(scenario, TestScenarios.constant(1)), ManifestTest.sample(), out);
        assertEquals("variant,replication,week,rule,action,target,detail\n",
                Files.readString(out.resolve("events.csv")));
    }

    @Test
    void summaryHasTheContractShape() throws IOException {
        Path out = temporary.resolve("out");
        Results results = results();
        ResultsWriter.write(results, ManifestTest.sample(), out);
        String text = Files.readString(out.resolve("summary.json"));
        assertTrue(text.endsWith("}\n"));
        assertFalse(text.contains("\r"));
        assertTrue(text.contains("\n  \"scenario\": \"test-scenario\","), text);

        JsonNode root = new ObjectMapper().readTree(text);
        assertEquals(List.of("scenario", "description", "replications", "weeks", "seed", "baseline", "variants"),
                fieldNames(root));
        assertEquals("test-scenario", root.get("scenario").asText());
        assertEquals(3, root.get("replications").asInt());
        assertEquals(2, root.get("weeks").asInt());
        assertEquals(42L, root.get("seed").asLong());
        assertEquals("baseline", root.get("baseline").asText());
        assertEquals(List.of("baseline", "merge"), fieldNames(root.get("variants")));

        List<String> metricKeys = Metric.recordedWithoutCareers().stream().map(Metric::key).toList();
        JsonNode baseline = root.get("variants").get("baseline");
        assertEquals(List.of("metrics", "periods"), fieldNames(baseline));
        assertEquals(metricKeys, fieldNames(baseline.get("metrics")));
        JsonNode cost = baseline.get("metrics").get("cost");
        assertTrue(cost.get("mean").isNumber());
        assertEquals(results.baseline().finalEstimate(Metric.COST).mean(), cost.get("mean").asDouble(), 1e-6);
        assertEquals(2, cost.get("ci95").size());
        assertTrue(cost.get("ci95").get(0).isNumber());

        JsonNode merge = root.get("variants").get("merge");
        assertEquals(List.of("metrics", "vsBaseline", "sizeByDesign", "sizeByDesignReason", "periods"), fieldNames(merge));
        assertEquals(metricKeys, fieldNames(merge.get("vsBaseline")));
        JsonNode throughput = merge.get("vsBaseline").get("throughput");
        assertEquals(List.of("meanDiff", "ci95", "probBetter"), fieldNames(throughput));
        assertEquals(0.5, throughput.get("meanDiff").asDouble(), 0.0);
        assertEquals(1.0, throughput.get("probBetter").asDouble(), 0.0);
        assertEquals(0.0, merge.get("vsBaseline").get("cost").get("probBetter").asDouble(), 0.0);
    }

    @Test
    void singleReplicationWritesMissingIntervalsAsEmptyAndNull() throws IOException {
        Scenario single = TestScenarios.scenario(1, 1, "baseline", "baseline");
        Path out = temporary.resolve("out");
        ResultsWriter.write(TestScenarios.results(single, TestScenarios.constant(2.5)), ManifestTest.sample(), out);
        assertEquals("baseline,0,throughput,2.5,,", lines(out.resolve("timeseries.csv")).get(1));
        JsonNode root = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode interval = root.get("variants").get("baseline").get("metrics").get("throughput").get("ci95");
        assertTrue(interval.get(0).isNull());
        assertTrue(interval.get(1).isNull());
    }

    @Test
    void outputIsByteIdenticalAndLocaleIndependent() throws IOException {
        Results results = results();
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            ResultsWriter.write(results, ManifestTest.sample(), temporary.resolve("first"));
            ResultsWriter.write(results, ManifestTest.sample(), temporary.resolve("second"));
            Locale.setDefault(new Locale("nl", "NL"));
            ResultsWriter.write(results, ManifestTest.sample(), temporary.resolve("dutch"));
        } finally {
            Locale.setDefault(original);
        }
        for (String name : DETERMINISTIC_FILES) {
            byte[] first = Files.readAllBytes(temporary.resolve("first").resolve(name));
            assertArrayEquals(first, Files.readAllBytes(temporary.resolve("second").resolve(name)), name);
            assertArrayEquals(first, Files.readAllBytes(temporary.resolve("dutch").resolve(name)), name);
        }
        // Every value field of the Dutch run parses as a number with a '.' separator.
        for (String row : lines(temporary.resolve("dutch").resolve("runs.csv")).subList(1, 10)) {
            String value = row.split(",")[3];
            assertTrue(value.matches("-?\\d+(\\.\\d{1,6})?"), row);
        }
        assertTrue(Files.readString(temporary.resolve("dutch").resolve("runs.csv")).contains("."));
    }

    @Test
    void refusesANonEmptyDirectoryWithoutTouchingIt() throws IOException {
        Path out = Files.createDirectory(temporary.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "precious");
        assertThrows(OutputDirectoryException.class, () -> ResultsWriter.requireUsable(out));
        assertThrows(OutputDirectoryException.class,
                () -> ResultsWriter.write(results(), ManifestTest.sample(), out));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(out.resolve("keep.txt")), files.toList());
        }
        assertEquals("precious", Files.readString(out.resolve("keep.txt")));
        assertEquals(List.of(out), entries(temporary));
    }

    @Test
    void refusesAFileInPlaceOfTheDirectory() throws IOException {
        Path out = Files.writeString(temporary.resolve("out"), "not a directory");
        assertThrows(OutputDirectoryException.class,
                () -> ResultsWriter.write(results(), ManifestTest.sample(), out));
        assertEquals("not a directory", Files.readString(out));
    }

    @Test
    void acceptsAnEmptyDirectoryAndCreatesMissingParents() throws IOException {
        Path empty = Files.createDirectory(temporary.resolve("empty"));
        ResultsWriter.write(results(), ManifestTest.sample(), empty);
        assertTrue(Files.isRegularFile(empty.resolve("summary.json")));
        Path nested = temporary.resolve("out/test-scenario/20250102-030405");
        ResultsWriter.write(results(), ManifestTest.sample(), nested);
        assertTrue(Files.isRegularFile(nested.resolve("timeseries.csv")));
        assertEquals(List.of(nested), entries(nested.getParent()));
    }

    @Test
    void contributionsWriteIntoTheSameDirectory() throws IOException {
        Path out = temporary.resolve("out");
        List<Path> seen = new ArrayList<>();
        OutputContribution report = (directory, results, manifest) -> {
            assertTrue(Files.isRegularFile(directory.resolve("summary.json")));
            seen.add(directory);
            Files.writeString(directory.resolve("report.html"), "<h1>" + results.scenarioName() + "</h1>\n");
        };
        ResultsWriter.write(results(), ManifestTest.sample(), out, List.of(report));
        assertEquals("<h1>test-scenario</h1>\n", Files.readString(out.resolve("report.html")));
        assertFalse(Files.exists(seen.get(0)), "the staging directory was moved, not copied");
        assertEquals(List.of(out), entries(temporary));
    }

    @Test
    void aFailingContributionLeavesNothingBehind() {
        Path out = temporary.resolve("runs/test-scenario/out");
        OutputContribution failing = (directory, results, manifest) -> {
            Files.writeString(directory.resolve("report.html"), "half a report");
            throw new IOException("disk full");
        };
        // A failure to write is bad input naming the path (exit status 2), with the cause kept.
        OutputDirectoryException failure = assertThrows(OutputDirectoryException.class,
                () -> ResultsWriter.write(results(), ManifestTest.sample(), out, List.of(failing)));
        assertEquals("disk full", failure.getCause().getMessage());
        assertTrue(failure.getMessage().startsWith(out.toAbsolutePath().normalize() + ": cannot be written (disk full)"),
                failure.getMessage());
        assertFalse(Files.exists(out));
        assertEquals(List.of(), entries(temporary), "neither the staging directory nor created parents remain");

        OutputContribution crashing = (directory, results, manifest) -> {
            throw new IllegalStateException("bug");
        };
        assertThrows(IllegalStateException.class,
                () -> ResultsWriter.write(results(), ManifestTest.sample(), out, List.of(crashing)));
        assertEquals(List.of(), entries(temporary));
    }

    @Test
    void aFailureKeepsParentsThatExistedBefore() throws IOException {
        Path parent = Files.createDirectory(temporary.resolve("existing"));
        OutputContribution failing = (directory, results, manifest) -> {
            throw new IOException("disk full");
        };
        assertThrows(OutputDirectoryException.class, () -> ResultsWriter.write(results(), ManifestTest.sample(),
                parent.resolve("new/out"), List.of(failing)));
        assertEquals(List.of(parent), entries(temporary));
        assertEquals(List.of(), entries(parent));
    }

    private static List<Path> entries(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        } catch (IOException failure) {
            throw new AssertionError(failure);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
