package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code orgsim run} writes the HTML report by default, and {@code orgsim report DIR} re-renders
 * it from the results files alone — through the real entry point, on the output of a real run.
 */
class ReportCommandTest {
    @TempDir
    static Path shared;

    /** The output of one real run of the tiny scenario, copied by each test that changes it. */
    static Path results;

    @TempDir
    Path temp;

    @BeforeAll
    static void runTinyScenario() {
        results = shared.resolve("tiny");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.resource("scenarios/tiny.yaml").toString(),
                "--out", results.toString(), "--quiet");
        assertEquals(0, outcome.status(), outcome.err());
    }

    private Path copyOfResults() throws IOException {
        Path copy = temp.resolve("copy");
        try (Stream<Path> walk = Files.walk(results)) {
            for (Path source : walk.toList()) {
                Path target = copy.resolve(results.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return copy;
    }

    /** Every file under {@code directory} with its content, by relative path. */
    private static Map<String, String> snapshot(Path directory) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(directory.relativize(path).toString(), Base64.getEncoder().encodeToString(Files.readAllBytes(path)));
            }
        }
        return files;
    }

    private static int count(String text, String piece) {
        return (int) Pattern.compile(Pattern.quote(piece)).matcher(text).results().count();
    }

    @Test
    void runWritesTheReportByDefault() throws IOException {
        String html = Files.readString(results.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html.substring(0, 60));
        assertEquals(1, count(html, "<th scope=\"col\" data-variant=\"horizontal\">"), "one impact column: the variant");
        assertEquals(12, count(html, "<figure class=\"chart\" id=\"chart-"), "a chart per headline metric");
        assertTrue(html.contains("id=\"chart-trade-off\""));
        assertTrue(html.contains("These results are projections from a model"));
        assertTrue(Files.isRegularFile(results.resolve("charts/throughput.png")));
        assertTrue(Files.isRegularFile(results.resolve("charts/trade-off.svg")));
    }

    @Test
    void reportReRendersInDutchWithoutTouchingTheResults() throws IOException {
        Path directory = copyOfResults();
        Map<String, String> before = snapshot(directory);
        CliRunner.Outcome outcome = CliRunner.run("report", directory.toString(), "--lang", "nl");
        assertEquals(0, outcome.status(), outcome.err());
        assertTrue(outcome.out().contains("Report written to " + directory.resolve("report.nl.html")), outcome.out());
        String html = Files.readString(directory.resolve("report.nl.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<html lang=\"nl\">"));
        assertEquals(before.get("report.html"), snapshot(directory).get("report.html"), "the English report stays");
        assertTrue(html.contains("Effect ten opzichte van de uitgangssituatie"));
        assertFalse(html.contains("Impact versus the baseline"));
        Map<String, String> after = snapshot(directory);
        for (String file : List.of("summary.json", "timeseries.csv", "runs.csv", "events.csv", "manifest.json", "scenario.yaml")) {
            assertEquals(before.get(file), after.get(file), file + " must not change");
        }
        try (Stream<Path> charts = Files.list(directory.resolve("charts.nl"))) {
            assertEquals(26, charts.count(), "12 headline charts and the trade-off chart, as PNG and SVG");
        }
        try (Stream<Path> listing = Files.list(directory)) {
            assertTrue(listing.noneMatch(path -> path.getFileName().toString().startsWith(".")), "no temporary files left");
        }
    }

    @Test
    void reportInEnglishMatchesWhatRunWrote() throws IOException {
        Path directory = copyOfResults();
        assertEquals(0, CliRunner.run("report", directory.toString()).status());
        assertArrayEquals(Files.readAllBytes(results.resolve("report.html")), Files.readAllBytes(directory.resolve("report.html")),
                "re-rendering gives the report run wrote");
        // run renders its in-memory results, report reads the folder back: the same charts, byte for byte.
        assertEquals(snapshot(results.resolve("charts")), snapshot(directory.resolve("charts")));
    }

    @Test
    void missingSummaryIsExitTwoNamingTheFileAndOverwritesNothing() throws IOException {
        Path directory = copyOfResults();
        Path summary = directory.resolve("summary.json");
        Files.delete(summary);
        Map<String, String> before = snapshot(directory);
        CliRunner.Outcome outcome = CliRunner.run("report", directory.toString(), "--lang", "nl");
        assertEquals(2, outcome.status(), outcome.err());
        assertTrue(outcome.err().startsWith("orgsim: " + summary + ": not found"), outcome.err());
        assertEquals(1, outcome.err().strip().lines().count(), "one clear message: " + outcome.err());
        assertEquals(before, snapshot(directory), "nothing overwritten");
    }

    @Test
    void corruptSummaryIsExitTwoNamingTheFileAndOverwritesNothing() throws IOException {
        Path directory = copyOfResults();
        Path summary = directory.resolve("summary.json");
        String text = Files.readString(summary);
        Files.writeString(summary, text.substring(0, text.length() / 3));
        Map<String, String> before = snapshot(directory);
        CliRunner.Outcome outcome = CliRunner.run("report", directory.toString());
        assertEquals(2, outcome.status(), outcome.err());
        assertTrue(outcome.err().startsWith("orgsim: " + summary + ": not valid JSON at line "), outcome.err());
        assertEquals(before, snapshot(directory), "nothing overwritten");
    }

    @Test
    void badArgumentsAreExitTwo() {
        CliRunner.Outcome language = CliRunner.run("report", results.toString(), "--lang", "de");
        assertEquals(2, language.status());
        assertTrue(language.err().contains("'de' is not a report language: use en|nl"), language.err());
        Path nowhere = temp.resolve("nowhere");
        CliRunner.Outcome missing = CliRunner.run("report", nowhere.toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains(nowhere + ": not a results directory (it does not exist)"), missing.err());
        assertEquals(0, CliRunner.run("report", "--help").status());
    }
}
