package org.orgsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orgsim.experiment.Experiment;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioLoader;

/**
 * The careers-only rows of {@code orgsim bench}: the organization of {@code scenarios/careers-scale.yaml}
 * (1/5/11/21/41/81 positions) scaled k-fold, 20 yearly reviews, 4 replications, one thread, promotion
 * of the best; and the paper scenario {@code scenarios/promotion-policies.yaml} against
 * {@link CareersReference}, the same model as a plain Java loop.
 */
final class CareersBench {
    private static final Path SCALE = Path.of("scenarios/careers-scale.yaml");
    private static final Path PAPER = Path.of("scenarios/promotion-policies.yaml");
    private static final Pattern POSITIONS = Pattern.compile("positions: (\\d+)");

    private CareersBench() {
    }

    static void run(PrintWriter out, boolean quick, List<BenchMeter.Row> rows) throws InterruptedException {
        int small = quick ? 10 : 100;
        int large = quick ? 100 : 1000;
        out.printf(Locale.ROOT, "careers-only, k x (1/5/11/21/41/81) positions, 20 reviews, 4 replications, 1 thread, the best promoted:%n");
        scaled(1, 20); // warms the JIT and Drools
        double[] smallRun = timed(small);
        out.printf(Locale.ROOT, "  k = %,5d (%,7d positions): %6.2f s, peak heap %5.0f MB%n", small, 160 * small, smallRun[0], smallRun[1]);
        double[] largeRun = timed(large);
        out.printf(Locale.ROOT, "  k = %,5d (%,7d positions): %6.2f s, peak heap %5.0f MB%n", large, 160 * large, largeRun[0], largeRun[1]);
        double ratio = largeRun[0] / smallRun[0];
        String name = String.format(Locale.ROOT, "careers-only k=%,d (%,d positions), 20 reviews x 4, 1 thread", large, 160 * large);
        if (quick) {
            rows.add(BenchMeter.Row.info(name + " (quick)", String.format(Locale.ROOT, "%.1f s, %.0f MB", largeRun[0], largeRun[1])));
            rows.add(BenchMeter.Row.info("careers-only k=100 / k=10 time (quick)", String.format(Locale.ROOT, "%.1fx", ratio)));
        } else {
            rows.add(BenchMeter.Row.of(name + ": time", "<= 30 s", String.format(Locale.ROOT, "%.1f s", largeRun[0]), largeRun[0] <= 30));
            rows.add(BenchMeter.Row.of(name + ": peak heap", "<= 1024 MB", String.format(Locale.ROOT, "%.0f MB", largeRun[1]),
                    largeRun[1] <= 1024));
            rows.add(BenchMeter.Row.of("careers-only time k=1,000 / k=100", "<= 12x", String.format(Locale.ROOT, "%.1fx", ratio),
                    ratio <= 12));
        }

        int replications = quick ? 2 : 50;
        out.printf(Locale.ROOT, "%ncareers-only paper scenario (%s: 10 variants x %d replications x 1,000 reviews, 1 thread), CPU time:%n",
                PAPER, replications);
        Scenario paper = ScenarioLoader.load(PAPER);
        experiment(paper.withReplications(1));
        CareersReference.paperScenario(1, 1000);
        double engineStart = BenchMeter.processCpuSeconds();
        experiment(paper.withReplications(replications));
        double engine = BenchMeter.processCpuSeconds() - engineStart;
        double referenceStart = BenchMeter.processCpuSeconds();
        double checksum = CareersReference.paperScenario(replications, 1000);
        double reference = BenchMeter.processCpuSeconds() - referenceStart;
        out.printf(Locale.ROOT, "  engine %.2f s, plain-Java reference loop %.2f s (mean final bench strength %.1f%%): %.1fx%n%n",
                engine, reference, checksum / (10 * replications), engine / reference);
        String ratioText = String.format(Locale.ROOT, "%.1fx (%.1f s vs %.1f s)", engine / reference, engine, reference);
        rows.add(quick ? BenchMeter.Row.info("careers-only paper scenario CPU vs plain Java (quick)", ratioText)
                : BenchMeter.Row.of("careers-only paper scenario CPU vs plain-Java loop", "<= 5x", ratioText, engine / reference <= 5));
    }

    /** Seconds and peak heap (MB) of the k-fold organization. */
    private static double[] timed(int k) throws InterruptedException {
        BenchMeter.resetPeakHeap();
        long start = System.nanoTime();
        scaled(k, 20);
        return new double[] {BenchMeter.seconds(start), BenchMeter.peakHeapMegabytes()};
    }

    private static void scaled(int k, int reviews) throws InterruptedException {
        String text;
        try {
            text = Files.readString(SCALE);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        Matcher matcher = POSITIONS.matcher(text);
        StringBuilder scaled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(scaled, "positions: " + Integer.parseInt(matcher.group(1)) * k);
        }
        matcher.appendTail(scaled);
        Scenario scenario = ScenarioLoader.parse(scaled.toString().replace("weeks: 52000", "weeks: " + 52 * reviews)
                .replace("replications: 50", "replications: 4"), SCALE);
        experiment(scenario);
    }

    private static void experiment(Scenario scenario) throws InterruptedException {
        new Experiment(scenario, 1).run(null);
    }
}
