package org.orgsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a user sees it: opened in headless Chromium (Debian package {@code chromium}; the
 * test is skipped where {@code /usr/bin/chromium} does not exist), it lays every chart out at a
 * readable size, the charts are actually painted (a screenshot shows the variants' line colours
 * inside every chart's box), and the page writes nothing to the console.
 *
 * <p>Two runs. The first opens a copy of the page with a probe script appended (the report itself
 * has none): it logs a known line, so the test can see that console output is captured at all, and
 * writes every chart's box into the DOM, which {@code --dump-dom} prints. The second takes a
 * screenshot of the unmodified page, as tall as the page, and looks at the pixels in those boxes.
 */
class ChromiumRenderTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int WIDTH = 1400;
    private static final String PROBE_MARK = "orgsim-probe-ok";
    private static final String PROBE = """
            <script>
            (function () {
              var lines = ['page,' + document.documentElement.scrollWidth + ',' + document.documentElement.scrollHeight];
              document.querySelectorAll('figure.chart').forEach(function (figure) {
                var box = figure.querySelector('svg').getBoundingClientRect();
                lines.push([figure.id, Math.round(box.left + window.scrollX), Math.round(box.top + window.scrollY),
                  Math.round(box.width), Math.round(box.height)].join(','));
              });
              var pre = document.createElement('pre');
              pre.id = 'orgsim-probe';
              pre.textContent = lines.join(';');
              document.body.appendChild(pre);
              console.log('%s');
            })();
            </script>
            """.formatted(PROBE_MARK);

    @TempDir
    Path temp;

    record Box(String id, int x, int y, int width, int height) {
    }

    record Outcome(String out, String err) {
    }

    @Test
    void chartsAreVisibleAndTheConsoleStaysSilent() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium not installed (apt-get install chromium)");
        Path directory = SampleResults.write(temp.resolve("results"));
        ReportWriter.render(directory, Language.ENGLISH);
        Path report = directory.resolve(ReportWriter.REPORT_FILE);
        String html = Files.readString(report, StandardCharsets.UTF_8);

        Path probe = directory.resolve("probe.html");
        Files.writeString(probe, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);
        Outcome probed = chromium("--window-size=" + WIDTH + ",1000", "--dump-dom", probe.toUri().toString());

        List<String> console = consoleLines(probed.err());
        assertTrue(console.stream().anyMatch(line -> line.contains(PROBE_MARK)),
                "console output is captured (the probe's own line): " + probed.err());
        List<String> pageMessages = console.stream().filter(line -> !line.contains(PROBE_MARK)).toList();
        assertEquals(List.of(), pageMessages, "the report writes nothing to the console (no error, no warning)");
        assertFalse(probed.err().contains("Uncaught"), probed.err());

        Matcher matcher = Pattern.compile("<pre id=\"orgsim-probe\">([^<]*)</pre>").matcher(probed.out());
        assertTrue(matcher.find(), "the probe ran: " + probed.out().length() + " characters of DOM");
        String[] lines = matcher.group(1).split(";");
        String[] page = lines[0].split(",");
        int pageHeight = Integer.parseInt(page[2]);
        List<Box> boxes = new ArrayList<>();
        for (int index = 1; index < lines.length; index++) {
            String[] fields = lines[index].split(",");
            boxes.add(new Box(fields[0], Integer.parseInt(fields[1]), Integer.parseInt(fields[2]),
                    Integer.parseInt(fields[3]), Integer.parseInt(fields[4])));
        }
        assertEquals(MetricView.HEADLINE.size() + 1, boxes.size(), "a chart per headline metric plus the trade-off: " + boxes);
        assertEquals(WIDTH, Integer.parseInt(page[1]), "nothing makes the page wider than the window");
        for (Box box : boxes) {
            assertTrue(box.width() >= 500 && box.height() >= 280, "readable size: " + box);
        }

        Path screenshot = temp.resolve("report.png");
        int height = Math.min(pageHeight, 16_000);
        chromium("--window-size=" + WIDTH + "," + height, "--screenshot=" + screenshot,
                report.toUri().toString());
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertNotNull(image, "Chromium wrote a screenshot");
        for (Box box : boxes) {
            if (box.y() + box.height() > image.getHeight()) {
                continue;
            }
            int inked = 0;
            int blue = 0;
            for (int y = box.y(); y < box.y() + box.height(); y++) {
                for (int x = box.x(); x < box.x() + box.width(); x++) {
                    int rgb = image.getRGB(x, y);
                    int r = (rgb >> 16) & 0xFF;
                    int g = (rgb >> 8) & 0xFF;
                    int b = rgb & 0xFF;
                    if (r < 200 || g < 200 || b < 200) {
                        inked++;
                    }
                    if (Math.abs(r - 0) < 50 && Math.abs(g - 114) < 50 && Math.abs(b - 178) < 50) {
                        blue++;
                    }
                }
            }
            double share = (double) inked / (box.width() * box.height());
            assertTrue(share > 0.02 && share < 0.6, box.id() + ": " + Math.round(share * 100) + "% of the box is drawn");
            assertTrue(blue > 30, box.id() + ": the blue variant is drawn (" + blue + " pixels)");
        }
        assertTrue(boxes.stream().filter(box -> box.y() + box.height() <= image.getHeight()).count() >= boxes.size() - 1,
                "the screenshot covers the charts");
    }

    private static List<String> consoleLines(String log) {
        return log.lines().filter(line -> line.contains(":CONSOLE")).toList();
    }

    private Outcome chromium(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--force-device-scale-factor=1", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + Files.createTempDirectory(temp, "chromium-profile")));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(temp, "chromium", ".out");
        Path err = Files.createTempFile(temp, "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s: " + command);
        }
        assertEquals(0, process.exitValue(), () -> "chromium failed: " + read(err));
        return new Outcome(read(out), read(err));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException failure) {
            return failure.toString();
        }
    }
}
