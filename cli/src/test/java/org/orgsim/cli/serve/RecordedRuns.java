package org.orgsim.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.orgsim.cli.OrgsimCommand;

/** Small recorded runs for the server tests, made by the real entry point. */
final class RecordedRuns {
    /** Three teams (one too small to show figures), one manager, 20 weeks; {@code REPLICATIONS} to fill in. */
    static final String SMALL = """
            name: workshop-page
            weeks: 20
            replications: REPLICATIONS
            seed: 11
            parameters:
              simulation.warmupWeeks: 8
            organization:
              teams:
                - name: north
                  size: 6
                - name: south
                  size: 5
                - name: east
                  size: 3
              management:
                - name: manager
                  span: 3
            variants:
              - name: baseline
              - name: coached
                rules: [COACH]
            """;

    private RecordedRuns() {
    }

    /** Records {@code scenario} into {@code temp/recorded} ({@code COACH} replaced by the library's coaching rule). */
    static Path record(Path temp, String scenario, int replications) throws IOException {
        Path file = temp.resolve("scenario.yaml");
        Files.writeString(file, scenario.replace("REPLICATIONS", String.valueOf(replications))
                .replace("COACH", libraryRule("leadership-coaching.drl").toString()));
        Path out = temp.resolve("recorded");
        StringWriter err = new StringWriter();
        int status = OrgsimCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "run", file.toString(), "--out", out.toString(), "--quiet", "--threads", "2");
        assertEquals(0, status, err.toString());
        return out;
    }

    /** A rule file of the repository's rule library (tests run in cli/, the library is ../rules). */
    static Path libraryRule(String name) {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path file = folder.resolve("rules").resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("rules/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    /** A rule library of its own: copies of library files, plus a file that does not compile. */
    static Path library(Path temp, String... names) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("library"));
        for (String name : names) {
            Files.copy(libraryRule(name), folder.resolve(name));
        }
        Files.writeString(folder.resolve("broken.drl"), "package broken;\nrule \"never\" when then nonsense( end\n");
        Files.writeString(folder.resolve("notes.txt"), "not a rule file\n");
        return folder;
    }
}
