package org.orgsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.orgsim.discovery.Discovery;
import org.orgsim.discovery.Prim;
import org.orgsim.discovery.PrimBox;
import org.orgsim.contract.Metric;
import org.orgsim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orgsim discover DIR --metric M --worse-than X}: in which ranges of the swept parameters
 * does a variant fail? Reads {@code DIR/sweep.csv}, runs PRIM scenario discovery and writes
 * {@code DIR/discovery.csv}; prints, per variant, the boxes found with their coverage and density,
 * and re-renders the directory's reports, which then show them ("When does this intervention fail?").
 */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = "When does a variant fail? PRIM scenario discovery over the sweep of a results directory; writes DIR/discovery.csv.")
final class DiscoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "an output directory of orgsim run, of a scenario with a sweep")
    Path directory;

    @Option(names = "--metric", required = true, paramLabel = "M", description = "the metric judged, e.g. burnout_rate")
    String metric;

    @Option(names = "--worse-than", required = true, paramLabel = "X",
            description = "the threshold: a design point fails when the metric is worse than X (above it when lower is better, below it when higher is better)")
    double worseThan;

    @Option(names = "--variant", paramLabel = "V", description = "one variant (default: every variant)")
    String variant;

    @Option(names = "--vs-baseline", description = "judge the variant's difference from the baseline at the same point, not its level")
    boolean vsBaseline;

    @Override
    public Integer call() throws java.io.IOException {
        Metric judged = Metric.byKey(metric).orElseThrow(() -> new ScenarioException("--metric: no metric named '" + metric
                + "' (metrics: " + String.join(", ", Metric.all().stream().map(Metric::key).toList()) + ")"));
        if (!Double.isFinite(worseThan)) {
            throw new ScenarioException("--worse-than: must be a finite number");
        }
        Discovery.Answer answer = Discovery.discover(directory, new Discovery.Question(judged, worseThan, vsBaseline, variant));
        Path written = Discovery.write(directory, answer);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("When does it fail? A design point fails when %s.%n", answer.question().describe());
        for (Discovery.VariantAnswer variantAnswer : answer.variants()) {
            out.printf("%n%s: %d of %d design points fail%n", variantAnswer.variant(), variantAnswer.failing(), variantAnswer.points());
            if (variantAnswer.failing() == 0) {
                out.println("  no failing points: no box to find");
                continue;
            }
            int number = 1;
            for (Prim.Search search : variantAnswer.boxes()) {
                PrimBox box = search.box();
                List<String> ranges = Discovery.ranges(answer, box, search.trajectory().get(0));
                out.printf(Locale.ROOT, "  box %d: coverage %.0f%% (of the failing points inside), density %.0f%% (of the points inside fail), %.0f%% of the design%s%n",
                        number++, 100 * box.coverage(), 100 * box.density(), 100 * box.mass(),
                        box.density() < Prim.THRESHOLD ? " (below the 80% density a clear range needs)" : "");
                out.println(ranges.isEmpty() ? "    anywhere in the swept ranges" : "    where " + String.join("\n      and ", ranges));
            }
        }
        out.printf("%nPeeling trajectories and boxes: %s%n", written);
        // The report gains its section "When does this intervention fail?" in each language it has.
        for (org.orgsim.report.Language language : org.orgsim.report.Language.values()) {
            if (java.nio.file.Files.isRegularFile(directory.resolve(org.orgsim.report.ReportWriter.reportFile(language)))) {
                out.printf("Report updated: %s%n", org.orgsim.report.ReportWriter.render(directory, language));
            }
        }
        return ExitCode.SUCCESS;
    }
}
