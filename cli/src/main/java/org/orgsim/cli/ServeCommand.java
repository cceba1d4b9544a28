package org.orgsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.orgsim.cli.serve.WorkshopServer;
import org.orgsim.cli.serve.WorkshopService;
import org.orgsim.results.ResultsWriter;
import org.orgsim.scenario.ScenarioException;
import org.orgsim.workshop.RecordedRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orgsim serve}: the workshop web page over a recorded run — replay week by week, colour the
 * teams, and fork a what-if with a rule file of the library. Answers this computer only unless
 * {@code --host} is given; runs until interrupted (Ctrl-C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Workshop web page: replay a recorded run week by week and fork what-ifs from the rule library.")
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8642;

    @Spec
    CommandSpec spec;

    @Mixin
    TrustRulesOption trustRules;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "a results directory written by orgsim run (default: the newest under out/)")
    Path directory;

    @Option(names = "--port", paramLabel = "P", description = "port (default: " + DEFAULT_PORT + "; 0 = any free port)")
    int port = DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "H",
            description = "address to listen on, e.g. 0.0.0.0 to share the page on the network (default: this computer only)")
    String host;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "with --host: another name the page may be opened by (a DNS alias); repeatable")
    java.util.List<String> allowHosts = new java.util.ArrayList<>();

    @Option(names = "--lang", paramLabel = "en|nl", description = "language of the page (default: en)")
    String language = "en";

    @Option(names = "--rules", paramLabel = "DIR", description = "the rule library offered for forks (default: rules)")
    Path ruleLibrary = Path.of("rules");

    @Option(names = "--threads", paramLabel = "T", description = "worker threads of a fork (default: all cores)")
    Integer threads;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new ScenarioException("--port must be between 0 and 65535, was " + port);
        }
        int workers = CommandLimits.threads(threads);
        Path results = directory != null ? directory : newestResults(Path.of("out")).orElseThrow(() -> new ScenarioException(
                "no results directory given and none found under out/; run ./orgsim run SCENARIO.yaml first"));
        RecordedRun recorded = RecordedRun.load(results);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WorkshopService service = WorkshopService.open(recorded, ruleLibrary, language,
                workers, err);
        WorkshopServer server;
        try {
            server = WorkshopServer.start(service, host, port, err, allowHosts);
        } catch (UnknownHostException failure) {
            service.close();
            throw new ScenarioException("--host: unknown host '" + host + "'", failure);
        } catch (IOException failure) {
            service.close();
            throw new ScenarioException("--port " + port + ": cannot listen there (" + failure.getMessage()
                    + "); choose another port, or --port 0 for any free one", failure);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "orgsim-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Workshop page for " + recorded.scenario().name() + " (" + results + "): " + server.uri());
        out.println(server.localOnly() ? "Only this computer can open it. Press Ctrl-C to stop."
                : "Listening on " + server.address() + ": anyone who has this address, with its access token, can open it "
                        + "(share it only with the workshop). Press Ctrl-C to stop.");
        out.flush();
        try {
            stopped.await();
        } finally {
            server.close();
        }
        return ExitCode.SUCCESS;
    }

    /** The most recently written finished results directory (one with a manifest) up to three levels under {@code root}. */
    static Optional<Path> newestResults(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> manifests = Files.find(root, 3, (file, attributes) -> attributes.isRegularFile()
                && file.getFileName().toString().equals(ResultsWriter.MANIFEST_FILE))) {
            // An unfinished directory (a run killed while writing) is never "the newest run".
            return manifests.filter(manifest -> !org.orgsim.results.UnfinishedOutput.isUnfinished(manifest.getParent()))
                    .max(Comparator.comparing(ServeCommand::modified)).map(Path::getParent);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException failure) {
            return Long.MIN_VALUE;
        }
    }
}
