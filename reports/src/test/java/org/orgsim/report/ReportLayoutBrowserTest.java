package org.orgsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.orgsim.contract.Metric;

/**
 * Issue 16 item 7: the report's layout as headless Chromium lays it out (skipped where
 * {@code /usr/bin/chromium} does not exist). At 1280 px the page has no horizontal scroll, every
 * metric row of the impact table lies within the window, and the summary with its caveat is on the
 * first screen; the print style sheet (applied to the screen, as a print preview does) keeps the
 * table within an A4 page's width, portrait or landscape; the Dutch report lays out the same.
 */
class ReportLayoutBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** The printable width of A4 at 96 px per inch with the report's 12 mm margins: portrait and landscape. */
    private static final int A4_PORTRAIT = 703;
    private static final int A4_LANDSCAPE = 1032;
    private static final String PROBE = """
            <script>
            (function () {
              var table = document.getElementById('impact-table').getBoundingClientRect();
              var rows = [];
              document.querySelectorAll('#impact-table tr[data-metric]').forEach(function (row) {
                var box = row.getBoundingClientRect();
                rows.push(row.dataset.metric + ':' + Math.round(box.right) + ':' + Math.round(box.height));
              });
              var first = document.querySelector('#summary ul.summary li');
              var caveat = document.querySelector('#summary aside.caveat');
              var pre = document.createElement('pre');
              pre.id = 'orgsim-probe';
              pre.textContent = [document.documentElement.scrollWidth, Math.round(table.right),
                first ? Math.round(first.getBoundingClientRect().bottom) : -1,
                caveat ? Math.round(caveat.getBoundingClientRect().top) : -1, rows.join('|')].join(';');
              document.body.appendChild(pre);
            })();
            </script>
            """;

    @TempDir
    Path temp;

    record Layout(int pageWidth, int tableRight, int firstSentenceBottom, int caveatTop, List<String> rows) {
    }

    @Test
    void at1280PixelsNothingScrollsSidewaysAndEveryMetricRowIsInView() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium not installed (apt-get install chromium)");
        Path directory = SampleResults.write(temp.resolve("results"));
        for (Language language : Language.values()) {
            ReportWriter.render(directory, language);
            String html = Files.readString(directory.resolve(ReportWriter.reportFile(language)), StandardCharsets.UTF_8);
            Layout layout = layout(html, 1280, 900);
            assertEquals(1280, layout.pageWidth(), language + ": no horizontal scroll at 1280 px");
            assertTrue(layout.tableRight() <= 1280, language + ": the impact table ends at " + layout.tableRight());
            int metrics = MetricView.group(Metric.Group.HUMAN).size() + MetricView.group(Metric.Group.EFFICIENCY).size();
            assertTrue(layout.rows().size() >= metrics, language + ": a row per metric " + layout.rows());
            for (String row : layout.rows()) {
                String[] fields = row.split(":");
                assertTrue(Integer.parseInt(fields[1]) <= 1280, language + ": row beyond the window: " + row);
                assertTrue(Integer.parseInt(fields[2]) > 0 && Integer.parseInt(fields[2]) <= 80,
                        language + ": row shown, one or two lines high: " + row);
            }
            assertTrue(layout.firstSentenceBottom() > 0 && layout.firstSentenceBottom() <= 900,
                    language + ": the first summary sentence is on the first screen: " + layout);
            assertTrue(layout.caveatTop() > 0 && layout.caveatTop() <= 900, language + ": the caveat beside it: " + layout);
        }
    }

    @Test
    void thePrintLayoutKeepsTheTableWithinAnA4PageWidth() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium not installed (apt-get install chromium)");
        Path directory = SampleResults.write(temp.resolve("results"));
        ReportWriter.render(directory, Language.ENGLISH);
        String html = Files.readString(directory.resolve(ReportWriter.REPORT_FILE), StandardCharsets.UTF_8);
        // The print rules applied to the screen, as in a print preview.
        String printed = html.replace("@media print {", "@media all {");
        assertTrue(!printed.equals(html), "the report has print rules");
        for (int width : new int[] {A4_PORTRAIT, A4_LANDSCAPE}) {
            Layout layout = layout(printed, width, 1000);
            assertTrue(layout.tableRight() <= width, "the table fits " + width + " px: ends at " + layout.tableRight());
            for (String row : layout.rows()) {
                assertTrue(Integer.parseInt(row.split(":")[1]) <= width, "row beyond the page width " + width + ": " + row);
            }
        }
    }

    private Layout layout(String html, int width, int height) throws IOException, InterruptedException {
        Path probe = Files.createTempFile(temp, "probe", ".html");
        Files.writeString(probe, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);
        String dom = chromium("--window-size=" + width + "," + height, "--dump-dom", probe.toUri().toString());
        Matcher matcher = Pattern.compile("<pre id=\"orgsim-probe\">([^<]*)</pre>").matcher(dom);
        assertTrue(matcher.find(), "the probe ran");
        String[] fields = matcher.group(1).split(";", -1);
        return new Layout(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]), Integer.parseInt(fields[2]),
                Integer.parseInt(fields[3]), fields[4].isEmpty() ? List.of() : List.of(fields[4].split("\\|")));
    }

    private String chromium(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--force-device-scale-factor=1", "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory(temp, "chromium-profile")));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(temp, "chromium", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s: " + command);
        }
        assertEquals(0, process.exitValue(), "chromium failed");
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
