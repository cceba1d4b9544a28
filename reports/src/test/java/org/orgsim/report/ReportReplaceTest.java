package org.orgsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.orgsim.experiment.Experiment;
import org.orgsim.results.Manifest;
import org.orgsim.results.Results;
import org.orgsim.results.ResultsWriter;
import org.orgsim.scenario.Scenario;
import org.orgsim.results.ResultsFileException;
import org.orgsim.scenario.ScenarioLoader;

/**
 * Re-rendering replaces the report as a whole or not at all, and {@code orgsim run} can write the
 * report into its output directory through the results writer's contribution hook.
 */
class ReportReplaceTest {
    @TempDir
    Path temp;

    /** Every file under {@code directory} with its bytes, by relative path. */
    private static Map<String, String> snapshot(Path directory) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(directory.relativize(path).toString(), java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(path)));
            }
        }
        return files;
    }

    @Test
    void reRenderingReplacesReportAndChartsAndLeavesNoTemporaryFiles() throws Exception {
        Path directory = SampleResults.write(temp.resolve("r"));
        ReportWriter.render(directory, Language.ENGLISH);
        Files.writeString(directory.resolve("charts/stale.png"), "from an older version");
        ReportWriter.render(directory, Language.ENGLISH);
        assertFalse(Files.exists(directory.resolve("charts/stale.png")), "charts/ is replaced as a whole");
        assertTrue(Files.exists(directory.resolve("charts/stress.svg")));
        // Issue 16: the Dutch report goes next to the English one, never over it.
        ReportWriter.render(directory, Language.DUTCH);
        assertTrue(Files.readString(directory.resolve("report.html")).contains("<html lang=\"en\">"));
        assertTrue(Files.readString(directory.resolve("report.nl.html")).contains("<html lang=\"nl\">"));
        assertTrue(Files.readString(directory.resolve("report.nl.html")).contains("charts.nl/stress.png"));
        assertTrue(Files.exists(directory.resolve("charts.nl/stress.svg")));
        assertTrue(Files.exists(directory.resolve("charts/stress.svg")));
        try (Stream<Path> listing = Files.list(directory)) {
            assertEquals(List.of(), listing.map(path -> path.getFileName().toString()).filter(name -> name.startsWith(".")).toList(),
                    "no temporary directory left");
        }
    }

    @Test
    void corruptOrMissingSummaryChangesNothing() throws Exception {
        Path directory = SampleResults.write(temp.resolve("r"));
        ReportWriter.render(directory, Language.ENGLISH);
        Path summary = directory.resolve("summary.json");

        Files.writeString(summary, "{\"scenario\": \"sample-org\", \"weeks\": 10, ");
        Map<String, String> before = snapshot(directory);
        ResultsFileException corrupt = assertThrows(ResultsFileException.class, () -> ReportWriter.render(directory, Language.DUTCH));
        assertTrue(corrupt.getMessage().startsWith(summary + ": not valid JSON"), corrupt.getMessage());
        assertEquals(before, snapshot(directory), "nothing written, nothing replaced");

        Files.delete(summary);
        before = snapshot(directory);
        ResultsFileException missing = assertThrows(ResultsFileException.class, () -> ReportWriter.render(directory, Language.DUTCH));
        assertTrue(missing.getMessage().startsWith(summary + ": not found"), missing.getMessage());
        assertEquals(before, snapshot(directory));
    }

    @Test
    void runWritesTheReportThroughTheContributionHook() throws Exception {
        String yaml = """
                name: contribution
                description: Two small teams; the variant lets them manage themselves.
                weeks: 6
                replications: 3
                seed: 5
                organization:
                  teams:
                    - name: a
                      size: 4
                    - name: b
                      size: 4
                variants:
                  - name: baseline
                  - name: horizontal
                    description: self-managing teams
                    leadership: horizontal
                """;
        Path scenarioFile = Files.writeString(temp.resolve("contribution.yaml"), yaml);
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        Results results = new Experiment(scenario, 1).run((finished, total) -> { });
        Manifest manifest = new Manifest("test", scenario.name(), scenarioFile.toString(), Manifest.sha256(scenarioFile),
                Map.of(), scenario.seed(), results.replications(), 1, "17", Instant.EPOCH, Instant.EPOCH);
        Path out = temp.resolve("out");
        ResultsWriter.write(results, manifest, out, List.of(ReportWriter.contribution(Language.ENGLISH)));

        ReportXml report = ReportXml.read(out.resolve(ReportWriter.REPORT_FILE));
        assertEquals(List.of("horizontal"), report.all("//table[@id='impact-table']/thead/tr/th[@data-variant]").stream()
                .map(row -> row.getAttribute("data-variant")).toList());
        assertEquals(MetricView.HEADLINE.size(), report.all("//section[@id='trends']//figure").size());
        assertTrue(report.text("//section[@id='question']").contains("self-managing teams"));
        assertTrue(Files.exists(out.resolve("charts/throughput.png")));
        assertTrue(report.all("//ul[@class='marker-weeks']").isEmpty(), "no rules, no markers");
        assertEquals(1, report.all("//p[@id='timeline-none']").size());
    }

    @Test
    void aBaselineOnlyRunWithOneReplicationStillGetsAReport() throws Exception {
        String yaml = """
                name: solo
                weeks: 4
                replications: 1
                seed: 3
                organization:
                  teams:
                    - name: a
                      size: 4
                """;
        Path scenarioFile = Files.writeString(temp.resolve("solo.yaml"), yaml);
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        Results results = new Experiment(scenario, 1).run((finished, total) -> { });
        Manifest manifest = new Manifest("test", scenario.name(), null, Manifest.sha256(scenarioFile), Map.of(),
                scenario.seed(), 1, 1, "17", Instant.EPOCH, Instant.EPOCH);
        Path out = temp.resolve("solo-out");
        ResultsWriter.write(results, manifest, out, List.of(ReportWriter.contribution(Language.DUTCH)));

        ReportXml report = ReportXml.read(out.resolve(ReportWriter.reportFile(Language.DUTCH)));
        assertTrue(report.text("//section[@id='impact']").contains("alleen een uitgangssituatie"));
        assertTrue(report.all("//table[@id='impact-table']").isEmpty());
        assertTrue(report.all("//figure[@id='chart-trade-off']").isEmpty(), "nothing to trade off");
        assertEquals(MetricView.HEADLINE.size(), report.all("//section[@id='trends']//figure").size());
        assertEquals(1, report.all("//p[@id='drivers-none']").size());
        assertTrue(report.text("//section[@id='manifest']").contains("./orgsim run scenario.yaml --seed 3 --replications 1"));
    }
}
