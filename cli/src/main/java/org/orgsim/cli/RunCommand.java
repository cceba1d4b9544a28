package org.orgsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.orgsim.contract.InputException;
import org.orgsim.discovery.Discovery;
import org.orgsim.experiment.Experiment;
import org.orgsim.experiment.ResumeJournal;
import org.orgsim.experiment.UnitExecutor;
import org.orgsim.experiment.UnitExecutorProvider;
import org.orgsim.report.Language;
import org.orgsim.report.ReportWriter;
import org.orgsim.report.TerminalSummary;
import org.orgsim.results.ExperimentResults;
import org.orgsim.results.Manifest;
import org.orgsim.results.OutputContribution;
import org.orgsim.results.Results;
import org.orgsim.results.ResultsWriter;
import org.orgsim.scenario.DiscoverySpec;
import org.orgsim.scenario.OrganizationSpec;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioLoader;
import org.orgsim.scenario.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orgsim run}: loads and validates a scenario, runs every variant for every replication (in
 * batches for {@code replications: auto}), then any sweep and sensitivity screening, writes the
 * contract's output directory in one piece, and prints the impact summary.
 *
 * <p>Interrupted (Ctrl-C) before the results are written, it leaves nothing: the output directory
 * is created only when everything is computed, and a partly written one is removed by the shutdown
 * hook of the results writer.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario: every variant, every replication, with common random numbers.")
final class RunCommand implements Callable<Integer> {
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    CommandSpec spec;

    @Mixin
    TrustRulesOption trustRules;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "the scenario file")
    Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/<scenario>/<timestamp>/); must not exist or be empty")
    Path outDir;

    @Option(names = "--replications", paramLabel = "N",
            description = "override the scenario's replications (also replications: auto) with a fixed number")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "override the scenario's seed")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores); results do not depend on it")
    Integer threads;

    @Option(names = "--spark", paramLabel = "MASTER",
            description = "run the units as Apache Spark tasks: local[*] in this process, spark://HOST:PORT, yarn or "
                    + "k8s://...; the results are the same bits as without it")
    String sparkMaster;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "finish a run that was stopped (killed, a power cut): DIR is its output directory; only the "
                    + "units it had not finished run, and the results are the same bits as an uninterrupted run")
    Path resumeDir;

    /** For the tests of --resume: stop as a killed run would, after this many units. */
    @Option(names = "--stop-after-units", hidden = true)
    Integer stopAfterUnits;

    @Option(names = "--max-people", paramLabel = "N",
            description = "refuse an organization of more than N people per run (default: what the Java heap holds with --threads)")
    Long maxPeople;

    @Option(names = "--quiet", description = "no progress bar and no summary table")
    boolean quiet;

    @Option(names = "--lang", paramLabel = "en|nl|both", defaultValue = "en",
            description = "language of the report: en (default, report.html), nl (report.nl.html) or both")
    String lang;

    @Override
    public Integer call() throws IOException, InterruptedException {
        UnfinishedCommandGuard.arm();
        List<Language> languages = languages(lang);
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        if (replications != null) {
            scenario = scenario.withReplications(CommandLimits.replications(replications, 0));
        }
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        int workers = CommandLimits.threads(threads);
        CommandLimits.size(scenario, scenarioFile, workers, maxPeople);
        if (resumeDir != null && outDir != null) {
            throw new InputException("--resume DIR names the output directory already; give it without --out");
        }
        Path target = resumeDir != null ? resumeDir : outDir != null ? outDir
                : Path.of("out", scenario.name(), LocalDateTime.now().format(FOLDER_TIME));
        // Runs with a sweep or screening (the long ones) are journaled, so that a stopped one can be resumed.
        boolean journaled = scenario.sweep() != null || scenario.sensitivity() != null;
        if (resumeDir != null && !journaled) {
            throw new InputException("--resume " + resumeDir + ": only runs of a scenario with a sweep or a "
                    + "sensitivity screening are journaled, and " + scenarioFile + " has neither; run it again");
        }
        String identity = ResumeJournal.identity(target, Manifest.sha256(scenarioFile), scenario.seed(),
                scenario.replications(), ruleFileHashes(scenario) + " " + dataFileHashes(scenario));
        ResumeJournal journal = !journaled ? null : resumeDir != null ? ResumeJournal.resume(target, identity)
                : ResumeJournal.start(target, identity);
        ResultsWriter.requireUsable(target);

        Instant started = Instant.now();
        Optional<UnitExecutorProvider> spark = sparkProvider();
        UnitExecutor.Factory executors = spark.isEmpty() ? UnitExecutor.local(workers)
                : spark.get().factory(sparkMaster, scenarioFile);
        if (stopAfterUnits != null) {
            executors = StopAfterUnits.around(executors, stopAfterUnits);
        }
        Experiment experiment = new Experiment(scenario, journal == null ? executors : journal.around(executors));
        ExperimentResults everything;
        try (ProgressBarListener progress = ProgressBarListener.openIfTerminal(quiet,
                experiment.plannedRuns(scenario.replications()))) {
            everything = experiment.runAll(progress);
        }
        Results results = everything.results();
        Manifest manifest = new Manifest(OrgsimCommand.Version.orgsimVersion(), scenario.name(),
                scenarioFile.toString(), Manifest.sha256(scenarioFile), ruleFileHashes(scenario), scenario.seed(),
                results.replications(), workers, System.getProperty("java.version"), started, Instant.now(),
                dataFileHashes(scenario));
        // Nothing exists at the target until here: the directory appears complete or not at all.
        List<OutputContribution> extras = new ArrayList<>();
        DiscoverySpec question = scenario.sweep() == null ? null : scenario.sweep().discovery();
        if (question != null) {
            // The scenario's discovery: block, as orgsim discover would answer it; before the report, which shows it.
            extras.add((directory, folded, written) -> Discovery.write(directory, Discovery.discover(directory,
                    new Discovery.Question(question.metric(), question.worseThan(), question.vsBaseline(),
                            question.variant()))));
        }
        extras.addAll(languages.stream().map(ReportWriter::contribution).toList());
        spark.ifPresent(provider -> extras.addAll(provider.outputs()));
        ResultsWriter.write(everything, manifest, target, extras);
        if (journal != null) {
            journal.finish();
        }

        PrintWriter out = spec.commandLine().getOut();
        if (!quiet) {
            out.print(TerminalSummary.render(results));
            out.println();
        }
        out.print(StudySummary.precision(results));
        if (!quiet) {
            out.print(StudySummary.sweep(everything.sweep(), ResultsWriter.SWEEP_FILE));
            out.print(StudySummary.sensitivity(everything.sensitivity(), ResultsWriter.SENSITIVITY_FILE));
            if (question != null) {
                out.println("When does it fail? The boxes of the scenario's discovery: block are in "
                        + Discovery.FILE + " and the report");
            }
        }
        out.println("Results written to " + target);
        return ExitCode.SUCCESS;
    }

    /** The Spark executor with {@code --spark} (empty without it: the local pool runs the units). */
    private Optional<UnitExecutorProvider> sparkProvider() {
        if (sparkMaster == null) {
            return Optional.empty();
        }
        return Optional.of(UnitExecutorProvider.find("spark").orElseThrow(() -> new InputException(
                "--spark: the Spark executor is not on the class path; run orgsim through the ./orgsim launcher "
                        + "(it adds the spark module when --spark is given) or under spark-submit with orgsim-spark.jar")));
    }

    /** The sha-256 of every imported data file (HRIS export, survey) any variant starts from. */
    static Map<String, String> dataFileHashes(Scenario scenario) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (Variant variant : scenario.variants()) {
            if (variant.organization() instanceof OrganizationSpec.Imported imported) {
                for (String file : imported.organization().dataFiles()) {
                    hashes.putIfAbsent(file, Manifest.sha256(Path.of(file)));
                }
            }
        }
        return hashes;
    }

    /** The sha-256 of every rule file any variant uses (and of the sentence files of .dslr rules), by the path the scenario resolved. */
    private static Map<String, String> ruleFileHashes(Scenario scenario) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (Variant variant : scenario.variants()) {
            for (String rule : org.orgsim.rules.RuleSources.of(java.util.stream.Stream.concat(variant.rules().stream(),
                    variant.addedRules().stream()).toList())) {
                if (!hashes.containsKey(rule)) {
                    hashes.put(rule, Manifest.sha256(Path.of(rule)));
                }
            }
        }
        return hashes;
    }

    /** The report languages of {@code --lang}: one tag, or {@code both}; anything else is a usage error (exit 2). */
    private List<Language> languages(String tag) {
        if ("both".equalsIgnoreCase(tag.strip())) {
            return List.of(Language.values());
        }
        try {
            return List.of(Language.fromTag(tag));
        } catch (IllegalArgumentException unknown) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "'" + tag
                    + "' is not a report language: use " + Language.supportedTags() + " or both");
        }
    }
}
