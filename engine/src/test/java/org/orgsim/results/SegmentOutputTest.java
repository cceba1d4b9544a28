package org.orgsim.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.experiment.Experiment;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioLoader;

/**
 * Issue 15: {@code segments.csv} and the {@code segments} of {@code summary.json} honour the
 * small-group rule, pair variants with the baseline, and are byte-identical on 1 and 3 threads.
 */
class SegmentOutputTest {
    /** A team of 3 members and its lead (4 people) and a single manager: both under the small-group rule. */
    private static final String SCENARIO = """
            name: segments
            weeks: 20
            replications: 4
            seed: 15
            parameters: {simulation.warmupWeeks: 20}
            organization:
              teams:
                - {name: north, size: 8, formedWeeksAgo: 300}
                - {name: south, size: 8, formedWeeksAgo: 150}
                - {name: tiny, size: 3}
              management:
                - {name: manager, span: 3}
            variants:
              - name: baseline
              - name: stressed
                parameters: {stress.baseline: -0.5}
            """;

    @TempDir
    static Path temporary;
    private static Path one;
    private static Path three;

    @BeforeAll
    static void run() throws Exception {
        Scenario scenario = ScenarioLoader.parse(SCENARIO, temporary.resolve("segments.yaml"));
        one = temporary.resolve("one");
        three = temporary.resolve("three");
        ResultsWriter.write(new Experiment(scenario, 1).run(null), ManifestTest.sample(), one);
        ResultsWriter.write(new Experiment(scenario, 3).run(null), ManifestTest.sample(), three);
    }

    @Test
    void segmentsAreByteIdenticalOnAnyThreadCount() throws IOException {
        assertArrayEquals(Files.readAllBytes(one.resolve("segments.csv")), Files.readAllBytes(three.resolve("segments.csv")));
        assertArrayEquals(Files.readAllBytes(one.resolve("summary.json")), Files.readAllBytes(three.resolve("summary.json")));
    }

    @Test
    void segmentsCsvHasAStableShapeAndNoSmallGroups() throws IOException {
        List<String> lines = Files.readAllLines(one.resolve("segments.csv"));
        assertEquals("variant,segment_kind,segment,week,metric,mean,ci_low,ci_high", lines.get(0));
        assertEquals("baseline,team,north,0,throughput", String.join(",", List.of(lines.get(1).split(",")).subList(0, 5)));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            assertEquals(8, fields.length, line);
            assertFalse(fields[2].equals("tiny"), "a team of 4 people has no rows: " + line);
            assertFalse(fields[2].equals("manager"), "a single manager has no rows: " + line);
            assertTrue(fields[5].isEmpty() || fields[5].matches("-?\\d+(\\.\\d{1,6})?"), line);
        }
        long northRows = lines.stream().filter(line -> line.startsWith("baseline,team,north,")).count();
        assertEquals(21 * 10, northRows, "weeks 0..20 × ten segment metrics");
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("stressed,team_age,long-standing,20,attrition,")));
    }

    @Test
    void summaryHasSegmentsWithPeopleMetricsAndPairedImpacts() throws IOException {
        JsonNode variants = new ObjectMapper().readTree(one.resolve("summary.json").toFile()).get("variants");
        JsonNode baseline = variants.get("baseline").get("segments");
        JsonNode stressed = variants.get("stressed").get("segments");
        for (JsonNode segments : List.of(baseline, stressed)) {
            assertEquals(List.of("team", "team_age", "role", "tenure"), names(segments));
            assertEquals(List.of("north", "south"), names(segments.get("team")), "a team of 4 is not even named");
            assertFalse(Files.readString(one.resolve("summary.json")).contains("tiny"));
            JsonNode manager = segments.get("role").get("manager");
            assertEquals(List.of("suppressed"), names(manager), "a single manager: no figure, not even the size");
            assertTrue(manager.get("suppressed").asBoolean());
            assertFalse(segments.get("team_age").has("new"), "no team is new: a segment of nobody is left out");
        }
        JsonNode north = stressed.get("team").get("north");
        assertTrue(north.get("people").asDouble() >= 7 && north.get("people").asDouble() <= 9, north.toString());
        assertEquals(10, north.get("metrics").size());
        assertTrue(north.get("metrics").get("stress").get("ci95").isArray());
        JsonNode stress = north.get("vsBaseline").get("stress");
        assertTrue(stress.get("meanDiff").asDouble() < 0, "a lower stress baseline lowers the segment's stress: " + stress);
        assertTrue(stress.has("ci95") && stress.has("probBetter"));
        assertFalse(baseline.get("team").get("north").has("vsBaseline"), "the baseline is not compared with itself");
        assertTrue(baseline.get("role").get("member").get("metrics").has("cohesion"), "members work in teams");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
