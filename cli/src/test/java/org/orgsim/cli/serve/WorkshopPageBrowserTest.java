package org.orgsim.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.workshop.RecordedRun;

/**
 * The workshop page end to end in headless Chromium: open it, step three weeks, fork with a rule
 * of the library, see the comparison chart appear — with no console error, uncaught exception or
 * failed load on the way. Skipped where /usr/bin/chromium is missing (CI installs it).
 */
class WorkshopPageBrowserTest {
    @TempDir
    Path temp;

    /** Issue 16: on a 1920×1080 projector the fork panel is above the fold, and chart labels are at least 14 px. */
    @Test
    void onAProjectorTheForkPanelIsOnTheFirstScreen() throws Exception {
        assumeTrue(HeadlessChromium.available(), "headless Chromium (/usr/bin/chromium) is not installed");
        Path recorded = RecordedRuns.record(temp, RecordedRuns.SMALL, 2);
        Path library = RecordedRuns.library(temp, "coach-leaders-now.drl");
        StringWriter serverLog = new StringWriter();
        WorkshopService service = WorkshopService.open(RecordedRun.load(recorded), library, "en", 2,
                new PrintWriter(serverLog, true));
        try (WorkshopServer server = WorkshopServer.start(service, null, 0, new PrintWriter(serverLog, true));
             HeadlessChromium browser = HeadlessChromium.launch(1920, 1080)) {
            browser.navigate(server.uri());
            browser.waitFor("document.body.dataset.ready === 'true'", Duration.ofSeconds(30));
            double bottom = browser.evaluate("document.getElementById('fork-submit').getBoundingClientRect().bottom").asDouble();
            double height = browser.evaluate("window.innerHeight").asDouble();
            assertTrue(bottom > 0 && bottom <= height, "the fork button ends at " + bottom + " of " + height + " px");
            assertEquals(0, browser.evaluate("document.documentElement.scrollWidth - window.innerWidth").asInt(), "no sideways scroll");
            double smallest = browser.evaluate("Math.min(...[...document.querySelectorAll('#charts .axis text')]"
                    + ".map(t => parseFloat(getComputedStyle(t).fontSize)))").asDouble();
            assertTrue(smallest >= 14, "chart labels of " + smallest + " px");
        }
    }

    @Test
    void stepThreeWeeksThenForkWithALibraryRuleAndSeeTheComparison() throws Exception {
        assumeTrue(HeadlessChromium.available(), "headless Chromium (/usr/bin/chromium) is not installed");
        Path recorded = RecordedRuns.record(temp, RecordedRuns.SMALL, 3);
        Path library = RecordedRuns.library(temp, "coach-leaders-now.drl");
        StringWriter serverLog = new StringWriter();
        WorkshopService service = WorkshopService.open(RecordedRun.load(recorded), library, "en", 2,
                new PrintWriter(serverLog, true));
        try (WorkshopServer server = WorkshopServer.start(service, null, 0, new PrintWriter(serverLog, true));
             HeadlessChromium browser = HeadlessChromium.launch(1600, 1200)) {
            browser.navigate(server.uri());
            browser.waitFor("document.body.dataset.ready === 'true'", Duration.ofSeconds(30));
            assertEquals("0", browser.evaluate("document.getElementById('week-number').textContent").asText());
            browser.evaluate("(() => { const select = document.getElementById('colour'); select.value = 'stress';"
                    + " select.dispatchEvent(new Event('change')); })()");
            String teamsAtWeek0 = teamDrawing(browser);
            assertTrue(teamsAtWeek0.contains("north:") && teamsAtWeek0.contains("east:"), teamsAtWeek0);

            for (int week = 1; week <= 3; week++) {
                browser.evaluate("document.getElementById('step').click()");
                browser.waitFor("document.getElementById('week-number').textContent === '" + week + "'", Duration.ofSeconds(10));
            }
            assertEquals("3", browser.evaluate("document.getElementById('week-number').textContent").asText());
            assertEquals("3", browser.evaluate("document.querySelector('#org svg').dataset.week").asText(),
                    "the team drawing shows week 3");
            String teamsAtWeek3 = teamDrawing(browser);
            assertNotEquals(teamsAtWeek0, teamsAtWeek3, "the team drawing changed with the weeks");
            assertTrue(teamsAtWeek3.contains("east:;"), "a team under 5 people is drawn without figures: " + teamsAtWeek3);
            assertEquals(4, browser.evaluate("document.querySelectorAll('#charts svg').length").asInt(), "four headline charts");

            browser.waitFor("[...document.getElementById('fork-rule').options].some(o => o.value === 'coach-leaders-now.drl')",
                    Duration.ofSeconds(30));
            assertEquals(false, browser.evaluate("[...document.getElementById('fork-rule').options].some(o => o.value === 'broken.drl')")
                    .asBoolean(), "a rule file that does not compile is not offered");
            browser.evaluate("(() => { const select = document.getElementById('fork-rule'); select.value = 'coach-leaders-now.drl';"
                    + " select.dispatchEvent(new Event('change')); document.getElementById('fork-replications').value = '3'; })()");
            browser.evaluate("document.getElementById('fork-submit').click()");
            browser.waitFor("document.getElementById('compare').dataset.ready === 'true'", Duration.ofSeconds(60));
            assertTrue(browser.evaluate("!document.getElementById('compare').hidden").asBoolean());
            assertEquals(4, browser.evaluate("document.querySelectorAll('#compare-charts svg').length").asInt(),
                    "a comparison chart per headline metric");
            assertTrue(browser.evaluate("document.querySelectorAll('#compare-charts path[stroke=\"#D55E00\"]').length").asInt() >= 4,
                    "the forked series is drawn");
            String heading = browser.evaluate("document.getElementById('compare-heading').textContent").asText();
            assertTrue(heading.contains("coach-leaders-now.drl") && heading.contains("week 4"), heading);

            browser.evaluate("(() => { const select = document.getElementById('language'); select.value = 'nl';"
                    + " select.dispatchEvent(new Event('change')); })()");
            browser.waitFor("document.getElementById('org-heading').textContent === 'De organisatie in week 3'", Duration.ofSeconds(10));

            browser.screenshot(Path.of("target", "workshop-page.png"));
            assertEquals(java.util.List.of(), browser.problems(), "no console errors");
        }
        assertEquals("", serverLog.toString(), "the server reported no failure");
    }

    /** "team:value;" for every team shape, in drawing order. */
    private static String teamDrawing(HeadlessChromium browser) throws Exception {
        return browser.evaluate("[...document.querySelectorAll('#org .team')].map(g => g.dataset.team + ':' + g.dataset.value + ';').join('')")
                .asText();
    }
}
