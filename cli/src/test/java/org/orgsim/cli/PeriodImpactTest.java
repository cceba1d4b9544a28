package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Impacts over periods through the real entry point: a variant that widens the span of control
 * changes the organization's size by design, so its headcount, throughput and cost are shown without
 * a verdict in summary.json's flag, the report and the terminal, while per-head figures keep theirs.
 */
class PeriodImpactTest {
    private static final String SCENARIO = """
            name: wider-span
            weeks: 12
            replications: 3
            seed: 5
            periods:
              main: [5, 12]
            parameters:
              simulation.warmupWeeks: 4
            organization:
              teams:
                - name: team
                  size: 5
                  count: 2
              management:
                - name: manager
                  span: 2
            variants:
              - name: narrow
              - name: wide
                organization:
                  teams:
                    - name: team
                      size: 5
                      count: 4
                  management:
                    - name: manager
                      span: 4
            """;

    @TempDir
    Path temp;

    @Test
    void aSizeChangedByDesignGetsNoVerdictOnTotalsAndTheMainPeriodLeads() throws IOException {
        Path file = Files.writeString(temp.resolve("span.yaml"), SCENARIO);
        Path out = temp.resolve("out");
        CliRunner.Outcome outcome = CliRunner.run("run", file.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, outcome.status(), outcome.err());

        JsonNode wide = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("variants").get("wide");
        assertTrue(wide.get("sizeByDesign").asBoolean());
        assertTrue(wide.get("sizeByDesignReason").asText().contains("initial organization"));
        JsonNode main = wide.get("periods").get("main");
        assertEquals("[5,12]", main.get("weeks").toString());
        assertTrue(main.get("vsBaseline").has("throughput_per_head"));
        assertTrue(main.get("vsBaseline").get("headcount").get("meanDiff").asDouble() > 0, "twice the teams");

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("over weeks 5–12 (period “main”)"), "the report leads with the main period");
        assertEquals("byDesign", verdict(html, "headcount"));
        assertEquals("byDesign", verdict(html, "throughput"));
        assertFalse(verdict(html, "throughput_per_head").equals("byDesign"));
        assertFalse(verdict(html, "stress").equals("byDesign"));

        assertTrue(outcome.out().contains("Means over weeks 5-12 (period 'main'"), outcome.out());
        assertTrue(outcome.out().lines().anyMatch(line -> line.strip().startsWith("Headcount (people)") && line.endsWith("differs by design")),
                outcome.out());
        assertTrue(outcome.out().lines().anyMatch(line -> line.strip().startsWith("Cost per head (/week)")), outcome.out());
    }

    private static String verdict(String html, String metric) {
        Matcher cell = Pattern.compile("<td class=\"cell [^\"]*\" data-variant=\"[^\"]*\" data-metric=\"" + metric + "\" data-verdict=\"([a-zA-Z]+)\"")
                .matcher(html);
        assertTrue(cell.find(), "no impact cell for " + metric);
        return cell.group(1);
    }
}
