package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest hashes every file the rules are compiled from, sentence files ({@code .dsl})
 * included, and replay refuses a run whose manifest lacks the hash of a rule file it uses.
 */
class ManifestRuleHashTest {
    private static final String SCENARIO = """
            name: hashed
            weeks: 6
            replications: 2
            parameters:
              simulation.warmupWeeks: 4
            organization:
              teams:
                - name: north
                  size: 6
                - name: south
                  size: 6
            variants:
              - name: baseline
              - name: sentences
                rules: [RULES]
            """;

    @TempDir
    Path temp;
    private Path out;
    private Path dslr;
    private Path dsl;

    @BeforeEach
    void recordARunWithRulesInSentences() throws IOException {
        Path library = Path.of("..", "rules");
        dslr = Files.copy(library.resolve("burnout-wip-cap.dslr"), temp.resolve("burnout-wip-cap.dslr"));
        dsl = Files.copy(library.resolve("orgsim.dsl"), temp.resolve("orgsim.dsl"));
        Path scenario = Files.writeString(temp.resolve("hashed.yaml"), SCENARIO.replace("RULES", dslr.toString()));
        out = temp.resolve("out");
        CliRunner.Outcome run = CliRunner.run("run", scenario.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
    }

    @Test
    void theSentenceFileIsHashedAndAChangeToItStopsReplay() throws IOException {
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"" + dsl + "\""), manifest);
        Files.writeString(dsl, Files.readString(dsl).replace("cap its work in progress at {items} items=actions.setWipLimit",
                "cap its work in progress at {items} items=actions.coachLeaders"));
        CliRunner.Outcome replay = CliRunner.run("replay", out.toString(), "--variant", "sentences", "--print");
        assertEquals(2, replay.status(), replay.err());
        assertTrue(replay.err().contains(dsl + ": rule file changed since the run"), replay.err());
    }

    @Test
    void aManifestWithoutTheRuleHashesDoesNotReplayChangedRules() throws IOException {
        Path manifest = out.resolve("manifest.json");
        String text = Files.readString(manifest);
        String edited = text.replaceAll("(?s)\"ruleFileSha256\"\\s*:\\s*\\{[^}]*\\}", "\"ruleFileSha256\" : { }");
        assertTrue(!edited.equals(text) && !edited.contains(dslr.toString()), edited);
        Files.writeString(manifest, edited);
        Files.writeString(dslr, Files.readString(dslr).replace("above 30%", "above 10%"));
        CliRunner.Outcome replay = CliRunner.run("replay", out.toString(), "--variant", "sentences", "--print");
        assertEquals(2, replay.status(), replay.err());
        assertTrue(replay.err().contains("has no sha-256 of the rule file " + dslr), replay.err());
    }
}
