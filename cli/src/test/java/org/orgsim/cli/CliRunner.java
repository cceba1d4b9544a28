package org.orgsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Runs the real command-line entry point in-process and captures what it prints. */
final class CliRunner {
    record Outcome(int status, String out, String err) {
    }

    private CliRunner() {
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = OrgsimCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(status, out.toString(), err.toString());
    }

    static Path resource(String name) {
        try {
            return Path.of(CliRunner.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException failure) {
            throw new IllegalStateException("test resource missing: " + name, failure);
        }
    }
}
