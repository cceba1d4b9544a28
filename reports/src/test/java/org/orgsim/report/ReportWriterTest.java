package org.orgsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import org.orgsim.contract.Metric;

/**
 * The English report of {@link SampleResults}, rendered once for the class and checked for its
 * structure: sections in order, the impact table's rows, groups and verdicts, a chart per headline
 * metric with the intervention markers, the trade-off chart, the timeline, the warning, the
 * manifest, and that the page needs nothing from outside itself.
 */
class ReportWriterTest {
    @TempDir
    static Path temp;

    static Path directory;
    static ReportXml report;
    static String html;

    @BeforeAll
    static void render() throws Exception {
        directory = SampleResults.write(temp.resolve("results"));
        ReportWriter.render(directory, Language.ENGLISH);
        html = ReportXml.readString(directory.resolve(ReportWriter.REPORT_FILE));
        report = ReportXml.parse(html);
    }

    @Test
    void sectionsComeInTheOrderOfTheIssue() {
        List<String> ids = report.all("//main/section").stream().map(section -> section.getAttribute("id")).toList();
        assertEquals(List.of("summary", "question", "impact", "segments", "trends", "tradeoff", "events", "limits", "manifest"), ids);
        assertEquals("en", report.one("/html").getAttribute("lang"));
    }

    @Test
    void questionNamesScenarioVariantsHorizonReplicationsAndSeed() {
        String question = report.text("//section[@id='question']");
        assertTrue(question.contains("sample-org"), question);
        assertTrue(question.contains("Fixture org: twee teams, one merge."), question);
        assertTrue(question.contains("10 weeks"), question);
        assertTrue(question.contains("5 per variant"), question);
        assertTrue(question.contains("4242"), question);
        List<Element> rows = report.all("//table[@id='variants-table']/tbody/tr");
        assertEquals(3, rows.size());
        assertTrue(ReportXml.normalized(rows.get(1).getTextContent()).contains("a merges into b in week 4"));
    }

    @Test
    void impactTableHasMetricsInRowsHumanFirstAndAColumnPerAlternative() {
        List<Element> groupHeaders = report.all("//table[@id='impact-table']/tbody/tr[@class='group']/th[@scope='rowgroup']");
        assertEquals(List.of("Human impact", "Efficiency impact"),
                groupHeaders.stream().map(th -> ReportXml.normalized(th.getTextContent())).toList());
        assertEquals(List.of(SampleResults.MERGE, SampleResults.COACH),
                report.all("//table[@id='impact-table']/thead/tr/th[@data-variant]").stream()
                        .map(th -> th.getAttribute("data-variant")).toList());

        List<String> expectedRows = new ArrayList<>();
        MetricView.group(Metric.Group.HUMAN).forEach(metric -> expectedRows.add(metric.key()));
        MetricView.group(Metric.Group.EFFICIENCY).forEach(metric -> expectedRows.add(metric.key()));
        List<Element> rows = report.all("//table[@id='impact-table']/tbody/tr[@data-metric]");
        assertEquals(expectedRows, rows.stream().map(row -> row.getAttribute("data-metric")).toList(), "human rows first");
        for (Element row : rows) {
            assertEquals(1, report.all(row, "th[@scope='row']").size());
            assertEquals(1, report.all(row, "td[@class='base']").size(), "the baseline's value");
            List<String> cells = report.all(row, "td[@data-variant]").stream().map(td -> td.getAttribute("data-variant")).toList();
            assertEquals(List.of(SampleResults.MERGE, SampleResults.COACH), cells, "a cell per alternative");
        }
    }

    @Test
    void impactCellsSayTheVerdictInWordsAndIcons() {
        assertCell(SampleResults.MERGE, Metric.STRESS, "worse", "+0.100", "[+0.050; +0.150]", "✗ worse");
        assertCell(SampleResults.MERGE, Metric.THROUGHPUT, "better", "+1.5", "[+0.5; +2.5]", "✓ better");
        assertCell(SampleResults.MERGE, Metric.ENGAGEMENT, "inconclusive", "−0.010", "[−0.050; +0.030]", "≈ inconclusive");
        assertCell(SampleResults.MERGE, Metric.HEADCOUNT, "same", "0", "[0; 0]", "= no difference");
        // Shares are shown in percentage points: burnout +0.04 → +4.0 pp.
        assertCell(SampleResults.MERGE, Metric.BURNOUT_RATE, "worse", "+4.0\u00a0pp", "[+1.0; +7.0]", "✗ worse");
        // Lower cost is better; thousands are grouped.
        assertCell(SampleResults.COACH, Metric.COST, "better", "−1,200", "[−1,680; −720]", "✓ better");
        for (Element cell : report.all("//table[@id='impact-table']/tbody/tr/td[@data-variant]")) {
            String verdict = report.all(cell, "span[@class='verdict']").get(0).getTextContent();
            assertTrue(verdict.matches("[✓✗≈=?] (better|worse|inconclusive|no difference|no interval)"), verdict);
            assertEquals("true", report.all(cell, "span[@class='verdict']/span[@class='icon']").get(0).getAttribute("aria-hidden"));
        }
    }

    private static void assertCell(String variant, Metric metric, String verdict, String difference, String interval,
                                   String words) {
        Element cell = report.one("//table[@id='impact-table']/tbody/tr[@data-metric='" + metric.key() + "']/td[@data-variant='"
                + variant + "']");
        assertEquals(verdict, cell.getAttribute("data-verdict"));
        assertTrue(cell.getAttribute("class").contains(verdict), cell.getAttribute("class"));
        assertEquals(difference, ReportXml.normalized(report.all(cell, "span[@class='diff']").get(0).getTextContent()));
        List<Element> ci = report.all(cell, "span[@class='ci']");
        assertEquals(interval, ci.isEmpty() ? "" : ci.get(0).getTextContent());
        assertEquals(words, ReportXml.normalized(report.all(cell, "span[@class='verdict']").get(0).getTextContent()));
    }

    @Test
    void oneChartPerHeadlineMetricInlineAndOnDisk() throws IOException {
        List<Element> figures = report.all("//section[@id='trends']//figure[contains(@class,'chart')]");
        assertEquals(MetricView.HEADLINE.stream().map(Metric::key).toList(),
                figures.stream().map(figure -> figure.getAttribute("data-metric")).toList());
        for (Element figure : figures) {
            Element svg = report.all(figure, "svg").get(0);
            assertEquals("img", svg.getAttribute("role"));
            String titleId = svg.getAttribute("aria-labelledby");
            Element title = report.one("//*[@id='" + titleId + "']");
            assertEquals("title", title.getTagName());
            assertTrue(title.getTextContent().contains("per week"), title.getTextContent());
            assertEquals(1, report.all(figure, "figcaption").size());
            // Lines were drawn: a path per variant's mean line in its Okabe–Ito colour.
            String svgText = svgOf(figure.getAttribute("data-metric"));
            assertTrue(svgText.contains("stroke:rgb(0,114,178)"), "second variant's blue line");
            assertTrue(svgText.contains("stroke:rgb(213,94,0)"), "third variant's vermillion line");
        }
        Set<String> files;
        try (Stream<Path> listing = Files.list(directory.resolve(ReportWriter.CHARTS_DIRECTORY))) {
            files = listing.map(path -> path.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = new TreeSet<>();
        for (Metric metric : MetricView.HEADLINE) {
            expected.add(metric.key() + ".png");
            expected.add(metric.key() + ".svg");
        }
        expected.add("trade-off.png");
        expected.add("trade-off.svg");
        assertEquals(expected, files);
        BufferedImage png = ImageIO.read(directory.resolve("charts/stress.png").toFile());
        assertNotNull(png);
        assertEquals(ReportCharts.WIDTH, png.getWidth());
        assertEquals(ReportCharts.HEIGHT, png.getHeight());
        assertTrue(ReportXml.readString(directory.resolve("charts/stress.svg")).startsWith("<?xml"));
    }

    private static String svgOf(String metric) {
        Matcher matcher = Pattern.compile("<svg id='chart-" + Pattern.quote(metric) + "-svg'.*?</svg>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(matcher.find(), metric);
        return matcher.group();
    }

    @Test
    void everyChartMarksTheWeeksInWhichInterventionsFired() throws IOException {
        for (Element figure : report.all("//section[@id='trends']//figure[contains(@class,'chart')]")) {
            assertEquals("4 6", figure.getAttribute("data-marker-weeks"));
            List<String> markerWeeks = report.all(figure, ".//*[local-name()='g'][@class='intervention-marker']").stream()
                    .map(group -> group.getAttribute("data-week")).toList();
            assertEquals(List.of("4", "6"), markerWeeks, figure.getAttribute("id"));
            for (Element group : report.all(figure, ".//*[local-name()='g'][@class='intervention-marker']")) {
                assertFalse(report.all(group, ".//*[local-name()='line' or local-name()='path']").isEmpty(),
                        "the marker group draws a line");
            }
            assertTrue(ReportXml.normalized(report.all(figure, "figcaption").get(0).getTextContent())
                    .contains("Interventions fired in week 4, 6."));
        }
        List<String> listed = report.all("//ul[@class='marker-weeks']/li").stream().map(li -> li.getAttribute("data-week")).toList();
        assertEquals(List.of("4", "6"), listed);
        String file = ReportXml.readString(directory.resolve("charts/cohesion.svg"));
        assertTrue(file.contains("class='intervention-marker' data-week='4'"), "the SVG file has the markers too");
        assertTrue(file.contains("class='intervention-marker' data-week='6'"));
    }

    @Test
    void tradeOffChartDefinesItsCompositeAndListsItsNumbers() {
        Element figure = report.one("//figure[@id='chart-trade-off']");
        assertEquals("img", report.all(figure, "svg").get(0).getAttribute("role"));
        String svg = svgOf("trade-off");
        assertTrue(svg.contains("Throughput change vs baseline (%)"), "x axis says what it is");
        assertTrue(svg.contains("Burnout complaints change (percentage points)"), "y axis says what it is");
        String intro = report.text("//section[@id='tradeoff']/p[1]");
        assertTrue(intro.contains("as a percentage of the baseline’s throughput (10.0 items per week)"), intro);
        List<Element> rows = report.all("//table[@id='tradeoff-table']/tbody/tr");
        assertEquals(2, rows.size());
        // merge-a-b: throughput +1.5 of 10 → +15 % [+5; +25]; burnout +4.0 pp [+1.0; +7.0].
        String first = ReportXml.normalized(rows.get(0).getTextContent());
        assertTrue(first.contains("+15 [+5; +25]"), first);
        assertTrue(first.contains("+4.0 [+1.0; +7.0]"), first);
    }

    @Test
    void timelineSaysWhichRuleFiredWhenAndHowOften() {
        List<Element> rows = report.all("//table[@id='timeline-table']/tbody/tr");
        assertEquals(List.of(SampleResults.MERGE, SampleResults.COACH, SampleResults.COACH),
                rows.stream().map(row -> row.getAttribute("data-variant")).toList());
        String merge = ReportXml.normalized(rows.get(0).getTextContent());
        assertTrue(merge.contains(SampleResults.MERGE_RULE), merge);
        assertTrue(merge.contains("mergeTeams"), merge);
        assertTrue(merge.contains("4 (5×)"), merge);
        assertTrue(merge.contains("5 / 5"), merge);
        String coach = ReportXml.normalized(rows.get(2).getTextContent());
        assertTrue(coach.contains(SampleResults.COACH_RULE), coach);
        assertTrue(coach.contains("6 (3×)"), coach);
        assertTrue(coach.contains("0.60"), "mean per run: 3 events over 5 runs: " + coach);
        assertTrue(coach.contains("3 / 5"), coach);
    }

    @Test
    void saysWhatTheResultsDoNotTell() {
        Messages english = new Messages(Language.ENGLISH);
        String warning = report.text("//*[@id='projection-warning']");
        assertTrue(warning.contains(english.text("limits.warning")), warning);
        assertTrue(warning.contains("not forecasts"));
        assertTrue(warning.contains("never statements about named people"));
        assertTrue(report.all("//section[@id='limits']//ul[@class='assumptions']/li").size() >= 5);
        List<String> drivers = report.all("//table[@id='drivers-table']/tbody/tr").stream()
                .map(row -> row.getAttribute("data-metric")).toList();
        assertFalse(drivers.isEmpty());
        assertTrue(drivers.size() <= HtmlReport.DRIVERS);
        assertFalse(drivers.contains("engagement"), "an inconclusive difference is not a driver");
        assertFalse(drivers.contains("headcount"), "no difference is not a driver");
        String firstRow = ReportXml.normalized(report.all("//table[@id='drivers-table']/tbody/tr").get(0).getTextContent());
        assertTrue(firstRow.contains(english.text("metric." + drivers.get(0) + ".mechanism")), firstRow);
    }

    @Test
    void manifestShowsVersionsHashesAndSeed() {
        String manifest = report.text("//table[@id='manifest-table']");
        assertTrue(manifest.contains("9.9.9-test"), manifest);
        assertTrue(manifest.contains("ab".repeat(32)), manifest);
        assertTrue(manifest.contains("SHA-256 of rule file rules/coach.drl"), manifest);
        assertTrue(manifest.contains("4242"), manifest);
        assertTrue(manifest.contains("2026-01-02 03:04:05"), manifest);
        assertTrue(report.text("//section[@id='manifest']").contains("./orgsim run scenarios/sample-org.yaml --seed 4242 --replications 5"));
    }

    @Test
    void pageIsSelfContainedAccessibleAndPrintable() {
        assertFalse(html.contains("<script"), "no JavaScript");
        assertFalse(html.contains("<link"), "no external style sheet");
        assertFalse(html.contains("<img"), "charts are inline SVG");
        for (Element element : report.all("//*[@src]")) {
            throw new AssertionError("external resource: " + element.getAttribute("src"));
        }
        for (Element link : report.all("//*[@href]")) {
            assertTrue(link.getAttribute("href").startsWith("#"), link.getAttribute("href"));
        }
        for (Element link : report.all("//*[@*[local-name()='xlink:href']]")) {
            assertTrue(link.getAttribute("xlink:href").startsWith("#"));
        }
        Matcher urls = Pattern.compile("https?://[^'\"\\s]+").matcher(html);
        while (urls.find()) {
            assertTrue(urls.group().startsWith("http://www.w3.org/") || urls.group().startsWith("http://www.jfree.org/jfreesvg/svg"),
                    "only XML namespace names, never a fetched address: " + urls.group());
        }
        for (Element header : report.all("//thead//th")) {
            assertFalse(header.getAttribute("scope").isEmpty(), "every column header has a scope");
        }
        for (Element table : report.all("//table")) {
            assertEquals(1, report.all(table, "caption").size(), "every table has a caption");
        }
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("break-inside: avoid"));
        assertEquals("utf-8", report.one("//meta[@charset]").getAttribute("charset"));
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        Path again = SampleResults.write(temp.resolve("again"));
        ReportWriter.render(again, Language.ENGLISH);
        assertArrayEquals(Files.readAllBytes(directory.resolve(ReportWriter.REPORT_FILE)),
                Files.readAllBytes(again.resolve(ReportWriter.REPORT_FILE)));
        for (String chart : List.of("throughput.svg", "throughput.png", "trade-off.svg", "trade-off.png")) {
            assertArrayEquals(Files.readAllBytes(directory.resolve("charts").resolve(chart)),
                    Files.readAllBytes(again.resolve("charts").resolve(chart)), chart);
        }
    }
}
