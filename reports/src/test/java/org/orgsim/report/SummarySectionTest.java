package org.orgsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import org.orgsim.experiment.Experiment;
import org.orgsim.results.Manifest;
import org.orgsim.results.ResultsWriter;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioLoader;

/**
 * Issue 16 item 3: the report opens with a summary in words per variant, built from the main
 * period's numbers, with the caveat beside it. Uses the shipped merge scenario (fewer replications),
 * whose merger in week 26 makes the effects start later than the period.
 */
class SummarySectionTest {
    @TempDir
    static Path temp;
    static Path results;
    static ReportXml english;
    static ReportXml dutch;
    static JsonNode summary;

    @BeforeAll
    static void render() throws Exception {
        Path file = Path.of("..", "scenarios", "merge-two-teams.yaml").toAbsolutePath().normalize();
        String text = Files.readString(file).replaceFirst("replications: \\d+", "replications: 4");
        Scenario scenario = ScenarioLoader.parse(text, file);
        results = temp.resolve("results");
        ResultsWriter.write(new Experiment(scenario, 2).run(null), new Manifest("test", scenario.name(), file.toString(),
                Manifest.sha256("x"), Map.of(), scenario.seed(), 4, 2, "17", Instant.EPOCH, Instant.EPOCH), results);
        ReportWriter.render(results, Language.ENGLISH);
        english = ReportXml.read(results.resolve(ReportWriter.REPORT_FILE));
        Path dutchDirectory = Files.createDirectories(temp.resolve("nl"));
        ReportWriter.writeInto(org.orgsim.results.ResultsReader.read(results), Language.DUTCH, dutchDirectory);
        dutch = ReportXml.read(dutchDirectory.resolve(ReportWriter.reportFile(Language.DUTCH)));
        summary = new ObjectMapper().readTree(results.resolve("summary.json").toFile());
    }

    @Test
    void theSummaryIsTheFirstSectionWithTheCaveatBesideIt() throws Exception {
        List<Element> sections = english.all("//section");
        assertEquals("summary", sections.get(0).getAttribute("id"));
        String first = ReportXml.normalized(sections.get(0).getTextContent());
        assertTrue(first.contains("Projections from a model, not forecasts"), first);
        for (String anchor : List.of("summary", "impact", "segments", "trends", "events", "limits", "manifest")) {
            assertEquals(1, english.all("//*[@id='" + anchor + "']").size(), "anchor #" + anchor);
            assertTrue(!english.all("//nav//a[@href='#" + anchor + "']").isEmpty(), "link to #" + anchor);
        }
    }

    @Test
    void everyFigureInTheSentencesIsTheOneInSummaryJson() {
        List<Element> clauses = english.all("//ul[@class='summary']/li/span[@data-metric]");
        assertFalse(clauses.isEmpty());
        for (Element clause : clauses) {
            Element item = (Element) clause.getParentNode();
            String variant = item.getAttribute("data-variant");
            JsonNode versus = summary.path("variants").path(variant).path("periods").path("horizon").path("vsBaseline")
                    .path(clause.getAttribute("data-metric"));
            assertFalse(versus.isMissingNode(), variant + " " + clause.getAttribute("data-metric"));
            assertEquals(versus.path("meanDiff").asDouble(), Double.parseDouble(clause.getAttribute("data-diff")), 1e-12);
            assertEquals(versus.path("ci95").get(0).asDouble(), Double.parseDouble(clause.getAttribute("data-low")), 1e-12);
            assertEquals(versus.path("ci95").get(1).asDouble(), Double.parseDouble(clause.getAttribute("data-high")), 1e-12);
            double low = versus.path("ci95").get(0).asDouble();
            double high = versus.path("ci95").get(1).asDouble();
            boolean unclear = low <= 0 && high >= 0;
            assertEquals(unclear, clause.getTextContent().contains("about the same"), clause.getTextContent());
        }
    }

    @Test
    void theMergerSentenceNamesOutputFirstThenWhatGotWorseAndWhenItStarts() {
        Element merge = english.one("//ul[@class='summary']/li[@data-variant='merge-at-26']");
        String text = ReportXml.normalized(merge.getTextContent());
        assertTrue(text.startsWith("merge-at-26 (south merges into north in week 26): output"), text);
        assertTrue(text.contains("team cohesion −"), text); // what got worse: the merger breaks familiarity
        // The merger is in week 26 (month 7): no effect may be dated earlier.
        java.util.regex.Matcher month = java.util.regex.Pattern.compile("from month (\\d+)").matcher(text);
        assertTrue(month.find(), text);
        do {
            assertTrue(Integer.parseInt(month.group(1)) >= 7, text);
        } while (month.find());
    }

    @Test
    void theDutchSummaryIsInDutch() {
        String text = ReportXml.normalized(dutch.one("//section[@id='summary']").getTextContent());
        assertTrue(text.contains("In het kort"), text);
        assertTrue(text.contains("productie"), text);
        assertTrue(text.contains("teamcohesie −"), text);
        assertTrue(text.contains("vanaf maand"), text);
        assertFalse(text.contains("output"), text);
    }

    /**
     * Item 6, on the same merge results (whose decision-latency band went below zero before):
     * every band stays within the metric's range.
     */
    @Test
    void chartBandsStayWithinTheMetricsRange() throws Exception {
        org.orgsim.results.ResultsDirectory data = org.orgsim.results.ResultsReader.read(results);
        Messages messages = new Messages(Language.ENGLISH);
        for (org.orgsim.contract.Metric metric : MetricView.HEADLINE) {
            org.jfree.chart.JFreeChart chart = ReportCharts.timeSeries(data, metric, messages, MarkerWeeks.weeks(data));
            org.jfree.data.xy.IntervalXYDataset bands = (org.jfree.data.xy.IntervalXYDataset) chart.getXYPlot().getDataset();
            for (int series = 0; series < bands.getSeriesCount(); series++) {
                for (int item = 0; item < bands.getItemCount(series); item++) {
                    assertTrue(bands.getStartYValue(series, item) >= 0, metric + " band below zero");
                    if (metric.isShare()) {
                        assertTrue(bands.getEndYValue(series, item) <= 100, metric + " band above 100%");
                    }
                }
            }
        }
    }
}
