package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's {@code discovery:} block makes {@code run} answer what {@code orgsim discover} would. */
class DiscoveryBlockRunTest {
    private static final String SCENARIO = """
            name: merge-discovery
            description: a small merge sweep that asks where the merger fails
            weeks: 40
            replications: 2
            seed: 26
            organization:
              formedWeeksAgo: 156
              teams:
                - name: north
                  size: 6
                - name: south
                  size: 6
            sweep:
              method: latin-hypercube
              points: 8
              parameters:
                work.arrivalsPerMemberPerWeek: {min: 0.35, max: 0.65}
                stress.ambiguityWeight: {min: 0.25, max: 1.0}
            variants:
              - name: baseline
              - name: merge-at-26
                rules: [rules/merge-two-teams.drl]
            """;

    @TempDir
    Path folder;

    @Test
    void runWritesTheDiscoveryThatOrgsimDiscoverWrites() throws IOException {
        Path scenario = folder.resolve("merge-discovery.yaml");
        Files.writeString(scenario, SCENARIO + """
                discovery:
                  metric: stress
                  worseThan: 0.0
                  vsBaseline: true
                """);
        Path out = folder.resolve("out");
        CliRunner.Outcome run = CliRunner.run("run", scenario.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        Path discovery = out.resolve("discovery.csv");
        assertTrue(Files.isRegularFile(discovery), "run wrote discovery.csv");
        byte[] fromRun = Files.readAllBytes(discovery);
        assertTrue(Files.readString(out.resolve("report.html")).contains("When does this intervention fail?"),
                "the report has the section of the discovery");

        CliRunner.Outcome discover = CliRunner.run("discover", out.toString(), "--metric", "stress",
                "--worse-than", "0.0", "--vs-baseline");
        assertEquals(0, discover.status(), discover.err());
        assertArrayEquals(Files.readAllBytes(discovery), fromRun, "the same answer as orgsim discover");
    }

    @Test
    void aBadBlockIsBadInputNamingItsPathAndWritesNothing() throws IOException {
        Path scenario = folder.resolve("bad.yaml");
        Files.writeString(scenario, SCENARIO + "discovery: {metric: stress, worseThan: 0.0, vsbaseline: true}\n");
        Path out = folder.resolve("bad-out");
        CliRunner.Outcome run = CliRunner.run("run", scenario.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("discovery.vsbaseline is not a known field (did you mean 'vsBaseline'?"),
                run.err());
        assertFalse(Files.exists(out));
    }
}
