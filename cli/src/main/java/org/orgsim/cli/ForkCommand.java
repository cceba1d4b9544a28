package org.orgsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.orgsim.report.Language;
import org.orgsim.report.ReportWriter;
import org.orgsim.report.TerminalSummary;
import org.orgsim.results.Manifest;
import org.orgsim.results.Results;
import org.orgsim.results.ResultsWriter;
import org.orgsim.workshop.Fork;
import org.orgsim.workshop.RecordedRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orgsim fork}: a what-if from any week of a recorded run. The forked variant is the
 * recorded one up to week N exactly, then the extra rules act too; the recorded variant is the
 * baseline of the new output directory, so the paired comparison and the report work unchanged.
 */
@Command(name = "fork", mixinStandardHelpOptions = true,
        description = "Try an intervention from week N of a recorded run on: a new results directory, recorded variant as baseline.")
final class ForkCommand implements Callable<Integer> {
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    CommandSpec spec;

    @Mixin
    TrustRulesOption trustRules;

    @Parameters(index = "0", paramLabel = "DIR", description = "a results directory written by orgsim run")
    Path directory;

    @Option(names = "--week", paramLabel = "N", required = true, description = "the first week the extra rules act in (1..horizon)")
    int week;

    @Option(names = "--rules", paramLabel = "FILE", arity = "1..*", required = true, description = "rule files to add from week N")
    List<Path> rules;

    @Option(names = "--variant", paramLabel = "V", description = "the recorded variant to fork (default: the baseline)")
    String variant;

    @Option(names = "--replications", paramLabel = "R", description = "replications (default: as recorded)")
    Integer replications;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/<scenario>-fork/<timestamp>/)")
    Path outDir;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--quiet", description = "no summary table")
    boolean quiet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        UnfinishedCommandGuard.arm();
        RecordedRun recorded = RecordedRun.load(directory);
        Fork fork = Fork.plan(recorded, variant, week, rules, replications);
        int workers = CommandLimits.threads(threads);
        Path target = outDir != null ? outDir : Path.of("out", fork.scenario().name(), LocalDateTime.now().format(FOLDER_TIME));
        ResultsWriter.requireUsable(target);

        Instant started = Instant.now();
        Results results = fork.run(workers, null);
        Manifest manifest = fork.manifest(OrgsimCommand.Version.orgsimVersion(), workers, started, Instant.now());
        ResultsWriter.write(results, manifest, target, List.of(ReportWriter.contribution(Language.ENGLISH)));
        PrintWriter out = spec.commandLine().getOut();
        if (!quiet) {
            out.print(TerminalSummary.render(results));
            out.println();
        }
        out.println("Results written to " + target);
        return ExitCode.SUCCESS;
    }
}
