package org.orgsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.orgsim.scenario.ScenarioLoader;

/**
 * The large-import row of {@code orgsim bench}: the example organization's generator
 * ({@code scenarios/example-org/GenerateExampleOrg.java}) writes an HRIS export and a survey of about
 * 100,000 synthetic people; orgsim imports them, runs the organization as it is for 52 weeks (one
 * replication, one thread) and writes the results and the report, as {@code orgsim run} does.
 */
final class ImportBench {
    private static final Path GENERATOR = Path.of("scenarios/example-org/GenerateExampleOrg.java");
    private static final String SCENARIO = """
            name: example-org-large
            description: The example organization repeated to about %d people (orgsim bench).
            weeks: 52
            replications: 1
            seed: 2025
            organization:
              import:
                people: people.csv
                survey: survey.csv
                leadership: hierarchical
                referenceDate: 2025-01-01
            variants:
              - name: baseline
                description: the organization as it is
            """;

    private ImportBench() {
    }

    static void run(PrintWriter out, boolean quick, List<BenchMeter.Row> rows) throws IOException, InterruptedException {
        int people = quick ? 3_000 : 100_000;
        Path folder = Files.createTempDirectory("orgsim-bench-import");
        try {
            long start = System.nanoTime();
            String java = ProcessHandle.current().info().command().orElse("java");
            Process generator = new ProcessBuilder(java, GENERATOR.toString(), folder.toString(), Integer.toString(people))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (generator.waitFor() != 0) {
                throw new IOException("the generator " + GENERATOR + " failed (exit " + generator.exitValue() + ")");
            }
            double generate = BenchMeter.seconds(start);
            Path scenario = folder.resolve("scenario.yaml");
            Files.writeString(scenario, String.format(Locale.ROOT, SCENARIO, people));

            BenchMeter.resetPeakHeap();
            start = System.nanoTime();
            int imported = ScenarioLoader.load(scenario).baselineVariant().organization().headcount();
            double importSeconds = BenchMeter.seconds(start);
            start = System.nanoTime();
            StringWriter sink = new StringWriter();
            int status = OrgsimCommand.execute(new PrintWriter(sink), new PrintWriter(sink), "run", scenario.toString(),
                    "--out", folder.resolve("out").toString(), "--threads", "1", "--quiet");
            double runSeconds = BenchMeter.seconds(start);
            long heap = BenchMeter.peakHeapMegabytes();
            if (status != 0) {
                throw new IOException("orgsim run of the generated organization failed: " + sink);
            }
            out.printf(Locale.ROOT, "large imported organization (%,d people generated in %.1f s): import %.1f s; "
                    + "orgsim run (import, 52 weeks, results, report; 1 replication, 1 thread) %.1f s; peak heap %d MB%n%n",
                    imported, generate, importSeconds, runSeconds, heap);
            rows.add(BenchMeter.Row.info(String.format(Locale.ROOT, "imported organization, %,d people: import; run 52 weeks + report",
                    imported), String.format(Locale.ROOT, "%.1f s; %.1f s; peak heap %d MB", importSeconds, runSeconds, heap)));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
