package org.orgsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
 * Issue 15: the report's "Who bears the cost" section, from a real (small) experiment: a row per
 * segment with figures, sorted by size, paired impacts with intervals, and the small-group rule (a
 * team of four and a single manager are named without any figure), in English and Dutch.
 */
class SegmentsSectionTest {
    private static final String SCENARIO = """
            name: who-pays
            weeks: 12
            replications: 3
            seed: 15
            parameters: {simulation.warmupWeeks: 12}
            organization:
              teams:
                - {name: veterans, size: 9, formedWeeksAgo: 400}
                - {name: juniors, size: 6, formedWeeksAgo: 20}
                - {name: tiny, size: 3}
              management:
                - {name: manager, span: 3}
            variants:
              - name: baseline
              - name: strained
                parameters: {stress.baseline: 1.0}
            """;

    @TempDir
    static Path temp;
    static ReportXml english;
    static ReportXml dutch;

    @BeforeAll
    static void render() throws Exception {
        Scenario scenario = ScenarioLoader.parse(SCENARIO, temp.resolve("who-pays.yaml"));
        Path results = temp.resolve("results");
        ResultsWriter.write(new Experiment(scenario, 2).run(null), new Manifest("test", "who-pays", "who-pays.yaml",
                Manifest.sha256("x"), Map.of(), 15, 3, 2, "17", Instant.EPOCH, Instant.EPOCH), results);
        ReportWriter.render(results, Language.ENGLISH);
        english = ReportXml.read(results.resolve(ReportWriter.REPORT_FILE));
        ReportWriter.render(results, Language.DUTCH);
        dutch = ReportXml.read(results.resolve(ReportWriter.reportFile(Language.DUTCH)));
    }

    @Test
    void teamAgeTableSortsSegmentsBySizeWithPairedImpacts() {
        assertEquals("Who bears the cost", english.text("//section[@id='segments']/h2"));
        List<Element> rows = english.all("//table[@data-kind='team_age'][@data-variant='strained']/tbody/tr");
        List<String> ages = rows.stream().map(row -> row.getAttribute("data-segment")).toList();
        assertEquals(List.of("long-standing", "new"), ages, "veterans (10 people) before juniors (7), largest first");
        String withheld = english.text("//p[@class='withheld'][@data-kind='team_age'][1]");
        assertTrue(withheld.contains("Established team"), "tiny, the only established team, has 4 people: " + withheld);
        for (String metric : List.of("burnout_rate", "engagement", "attrition", "sick_leave")) {
            List<Element> cells = english.all("//table[@data-kind='team_age'][@data-variant='strained']/tbody/tr[1]/td[@data-metric='" + metric + "']");
            assertEquals(1, cells.size(), metric);
            assertFalse(cells.get(0).getAttribute("data-verdict").isEmpty());
        }
        String stress = english.text("//table[@data-kind='team_age'][@data-variant='strained']/tbody/tr[1]/td[@data-metric='stress']");
        assertTrue(stress.startsWith("+") && stress.contains("[") && stress.contains("worse"),
                "a higher stress baseline is worse for the long-standing team: " + stress);
    }

    @Test
    void smallGroupsAreNamedWithoutFigures() {
        assertTrue(english.all("//section[@id='segments']//tr[@data-segment='tiny']").isEmpty(), "no row for a team of 4");
        assertTrue(english.all("//section[@id='segments']//tr[@data-segment='manager']").isEmpty(), "no row for one manager");
        String section = english.text("//section[@id='segments']");
        assertFalse(section.contains("tiny"), "a small team is not even named, as in every output but events.csv");
        String withheld = english.text("//p[@class='withheld'][@data-kind='role'][1]");
        assertTrue(withheld.contains("Manager") && withheld.contains("fewer than 5"), withheld);
        assertFalse(withheld.matches(".*\\b1\\b.*"), "not even the group's size: " + withheld);
    }

    @Test
    void dutchReportCallsItWhoPaysThePrice() {
        assertEquals("Wie betaalt de prijs", dutch.text("//section[@id='segments']/h2"));
        assertTrue(dutch.text("//nav").contains("Wie betaalt de prijs"));
        assertTrue(dutch.text("//table[@data-kind='team_age'][@data-variant='strained']/tbody/tr[1]/th").contains("Langbestaand"));
    }
}
