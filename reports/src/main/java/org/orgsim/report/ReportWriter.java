package org.orgsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;

import org.orgsim.contract.Metric;
import org.orgsim.results.OutputContribution;
import org.orgsim.results.OutputDirectoryException;
import org.orgsim.results.ResultsDirectory;
import org.orgsim.results.ResultsFileException;
import org.orgsim.results.ResultsReader;

/**
 * Writes the HTML report of a results directory: {@code report.html} (self-contained: style and
 * charts inline, no script, nothing fetched from the network) and {@code charts/<metric>.png} and
 * {@code .svg} for every headline metric plus {@code charts/trade-off.*}; in Dutch
 * {@code report.nl.html} and {@code charts.nl/}, next to the English ones.
 *
 * <p>Two ways in. {@link #contribution} lets {@code orgsim run} write the report into its staging
 * directory, so it shares the output directory's all-or-nothing guarantee, from the run's in-memory
 * results. {@link #render} re-renders an existing results directory (for {@code orgsim report}) as
 * {@link ResultsReader} reads it: it reads and checks every input first,
 * renders into a hidden temporary directory inside it, and only then replaces {@code report.html}
 * and {@code charts/}; bad input leaves the old report untouched.
 *
 * <p>Output is deterministic: the same results directory and language give the same bytes. Charts
 * are drawn headless ({@code java.awt.headless=true}, set before AWT is first used).
 */
public final class ReportWriter {
    public static final String REPORT_FILE = "report.html";
    public static final String CHARTS_DIRECTORY = "charts";
    /** File stem of the trade-off chart in {@code charts/}. */
    public static final String TRADE_OFF_CHART = "trade-off";

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ReportWriter() {
    }

    /**
     * The report's file name in {@code language}: {@code report.html} for English, the contract's
     * default, and {@code report.<tag>.html} for any other, so that a translation sits next to the
     * English report instead of replacing it.
     */
    public static String reportFile(Language language) {
        return language == Language.ENGLISH ? REPORT_FILE : "report." + language.tag() + ".html";
    }

    /** The chart folder of the report in {@code language}: {@code charts} for English, {@code charts.<tag>} otherwise. */
    public static String chartsDirectory(Language language) {
        return language == Language.ENGLISH ? CHARTS_DIRECTORY : CHARTS_DIRECTORY + "." + language.tag();
    }

    /**
     * The report as an extra output of {@code orgsim run}: renders the run's in-memory results (viewed
     * as they read back from the folder, see {@link ResultsDirectory#of}) next to the contract files
     * in the staging directory, without reading those files again.
     */
    public static OutputContribution contribution(Language language) {
        Objects.requireNonNull(language, "language");
        return (directory, results, manifest) -> writeInto(ResultsDirectory.of(results, manifest, directory), language,
                directory);
    }

    /**
     * Re-renders {@code resultsDirectory}'s report in {@code language}, replacing any earlier
     * report in that language ({@link #reportFile}, {@link #chartsDirectory}); a report in another
     * language is left alone.
     *
     * @return the report file
     * @throws ResultsFileException     if a results file is missing or corrupt (nothing is changed)
     * @throws OutputDirectoryException if the directory cannot be written (nothing is changed)
     * @throws IOException              if replacing the files fails
     */
    public static Path render(Path resultsDirectory, Language language) throws IOException {
        ResultsDirectory data = ResultsReader.read(resultsDirectory);
        Path staging;
        try {
            staging = Files.createTempDirectory(resultsDirectory, ".report-");
        } catch (IOException | SecurityException | UnsupportedOperationException unwritable) {
            throw new OutputDirectoryException(resultsDirectory, "cannot write the report here: " + unwritable);
        }
        try {
            writeInto(data, language, staging);
            replace(staging, resultsDirectory, language);
        } finally {
            deleteRecursively(staging);
        }
        return resultsDirectory.resolve(reportFile(language));
    }

    /** Writes {@code report.html} and {@code charts/} for {@code data} into {@code target}. */
    static void writeInto(ResultsDirectory data, Language language, Path target) throws IOException {
        Messages messages = new Messages(language);
        Map<String, ChartImage> charts = charts(data, messages);
        Path chartDirectory = Files.createDirectories(target.resolve(chartsDirectory(language)));
        for (ChartImage chart : charts.values()) {
            Files.write(chartDirectory.resolve(chart.id() + ".png"), chart.png());
            Files.writeString(chartDirectory.resolve(chart.id() + ".svg"), chart.svgDocument(), StandardCharsets.UTF_8);
        }
        Files.writeString(target.resolve(reportFile(language)), HtmlReport.render(data, messages, charts), StandardCharsets.UTF_8);
    }

    /** The charts in page order: headline metrics, then the trade-off chart when it is defined. */
    static Map<String, ChartImage> charts(ResultsDirectory data, Messages messages) {
        Map<String, ChartImage> charts = new LinkedHashMap<>();
        SortedSet<Integer> markerWeeks = MarkerWeeks.weeks(data);
        for (Metric metric : MetricView.HEADLINE) {
            charts.put(metric.key(), ChartImage.render(metric.key(),
                    ReportCharts.timeSeries(data, metric, messages, markerWeeks), ReportCharts.WIDTH, ReportCharts.HEIGHT));
        }
        List<ReportCharts.TradeOffPoint> points = ReportCharts.tradeOffPoints(data);
        if (!points.isEmpty()) {
            charts.put(TRADE_OFF_CHART, ChartImage.render(TRADE_OFF_CHART, ReportCharts.tradeOff(data, points, messages),
                    ReportCharts.WIDTH, 560));
        }
        return charts;
    }

    /**
     * Moves the freshly rendered files from {@code staging} into {@code directory}: the old
     * {@code charts/} aside, the new one in, then {@code report.html} by an atomic rename. If moving
     * the new charts in fails, the old ones are put back.
     */
    private static void replace(Path staging, Path directory, Language language) throws IOException {
        String charts = chartsDirectory(language);
        String report = reportFile(language);
        Path newCharts = staging.resolve(charts);
        Path oldCharts = directory.resolve(charts);
        Path setAside = staging.resolve("previous-" + charts);
        boolean hadCharts = Files.exists(oldCharts);
        if (hadCharts) {
            Files.move(oldCharts, setAside);
        }
        try {
            Files.move(newCharts, oldCharts);
        } catch (IOException failure) {
            if (hadCharts) {
                Files.move(setAside, oldCharts);
            }
            throw failure;
        }
        try {
            Files.move(staging.resolve(report), directory.resolve(report), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(staging.resolve(report), directory.resolve(report), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes {@code root} and everything in it, as far as possible. */
    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException failure) {
            // Best effort: a leftover hidden .report-* directory is harmless, and an exception here
            // would hide the one that matters.
        }
    }
}
