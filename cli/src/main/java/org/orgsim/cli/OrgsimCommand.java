package org.orgsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.orgsim.contract.InputException;
import org.orgsim.rules.RuleCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code orgsim} command. It maps every failure to the contract's exit statuses:
 * bad input (a scenario, a rule file, command-line arguments, an unusable output directory) is
 * exit 2 with one message that names the file and the place; anything else is an internal error,
 * exit 1.
 */
@Command(name = "orgsim", mixinStandardHelpOptions = true, versionProvider = OrgsimCommand.Version.class,
        description = "What-if simulation of organizations: human and efficiency impact of interventions.",
        subcommands = {RunCommand.class, ValidateCommand.class, ReportCommand.class, ReplayCommand.class, ForkCommand.class,
                ServeCommand.class, CalibrateCommand.class, BenchCommand.class, DiscoverCommand.class, CommandLine.HelpCommand.class})
public final class OrgsimCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. orgsim run SCENARIO.yaml");
    }

    /** Runs the command line and returns the exit status; used by {@link Main} and by tests. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        outOfMemoryReported = false;
        CommandLine commandLine = new CommandLine(new OrgsimCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((failure, arguments) -> {
            err.println("orgsim: " + failure.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(failure, err);
            err.println("Try 'orgsim " + (failure.getCommandLine() == commandLine ? "" : failure.getCommandLine().getCommandName() + " ") + "--help'.");
            return ExitCode.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((failure, failedCommand, parseResult) -> {
            if (failure instanceof InputException) {
                err.println("orgsim: " + failure.getMessage());
                return ExitCode.BAD_INPUT;
            }
            if (failure.getCause() instanceof OutOfMemoryError || hasOutOfMemoryCause(failure)) {
                return outOfMemory(err);
            }
            err.println("orgsim: internal error: " + failure);
            failure.printStackTrace(err);
            return ExitCode.INTERNAL_ERROR;
        });
        int status;
        try {
            status = commandLine.execute(args);
        } catch (OutOfMemoryError exhausted) {
            status = outOfMemory(err);
        } finally {
            // Per command: a test running several commands in one process must not inherit either.
            UnfinishedCommandGuard.disarm();
            RuleCheck.trustRules(false);
        }
        err.flush();
        out.flush();
        return status;
    }

    /**
     * Out of memory is not a bug to report with a stack trace but a scenario too big for the heap:
     * one line that says what to do. Exit status 1 (nothing was written: results are written last).
     */
    static int outOfMemory(PrintWriter err) {
        if (outOfMemoryReported) {
            return ExitCode.INTERNAL_ERROR; // a second OutOfMemoryError on the way out (a flush, say): said once
        }
        outOfMemoryReported = true;
        boolean written = false;
        try {
            err.println(OUT_OF_MEMORY);
            written = true;
            err.flush();
        } catch (OutOfMemoryError stillFull) {
            // Runs still going on other threads may hold the heap: bytes made at start need no memory.
            // If the line is already in the writer (only its flush failed), it goes out with the
            // next flush: writing it again would print it twice.
            if (!written) {
                System.err.write(OUT_OF_MEMORY_BYTES, 0, OUT_OF_MEMORY_BYTES.length);
                System.err.flush();
            }
        }
        return ExitCode.INTERNAL_ERROR;
    }

    /** Whether this command has said it ran out of memory; reset when a command starts. */
    private static volatile boolean outOfMemoryReported;

    /** Made when the program starts: when the heap is full there may be no room to build it. */
    static final String OUT_OF_MEMORY = "orgsim: out of memory (Java heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + " MB): give Java more, e.g. ORGSIM_JAVA_OPTS=-Xmx8g ./orgsim ..., or run fewer people, replications or "
            + "--threads; nothing was written";
    private static final byte[] OUT_OF_MEMORY_BYTES = (OUT_OF_MEMORY + System.lineSeparator())
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private static boolean hasOutOfMemoryCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** The version from the build, so {@code --version} and manifests agree. */
    static final class Version implements CommandLine.IVersionProvider {
        static String orgsimVersion() {
            Properties properties = new Properties();
            try (InputStream in = OrgsimCommand.class.getResourceAsStream("/orgsim-version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            return properties.getProperty("version", "unknown");
        }

        @Override
        public String[] getVersion() {
            return new String[] {"orgsim " + orgsimVersion(), "Java " + System.getProperty("java.version")};
        }
    }
}
