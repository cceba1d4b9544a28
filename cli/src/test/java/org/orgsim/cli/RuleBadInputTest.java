package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad rules through the real entry point: a syntax error, an unknown target, a runaway rule and
 * a throwing rule each end with exit status 2, a message naming the file or the rule and week,
 * and no output directory.
 */
class RuleBadInputTest {
    private static final String SCENARIO = """
            name: rule-trouble
            weeks: 8
            replications: 2
            parameters:
              simulation.warmupWeeks: 4
              rules.maxFiringsPerWeek: 40
            organization:
              teams:
                - name: north
                  size: 4
                - name: south
                  size: 4
            variants:
              - name: baseline
              - name: with-rule
                rules: [RULES]
            """;
    private static final String HEADER = """
            package org.orgsim.rules.test;
            import org.orgsim.model.facts.Week;
            global org.orgsim.rules.Actions actions;
            """;

    @TempDir
    Path temp;

    private CliRunner.Outcome runWith(String ruleBody) throws IOException {
        Path rules = temp.resolve("policy.drl");
        Files.writeString(rules, HEADER + ruleBody);
        Path scenario = temp.resolve("scenario.yaml");
        Files.writeString(scenario, SCENARIO.replace("RULES", rules.toString()));
        CliRunner.Outcome outcome = CliRunner.run("run", scenario.toString(), "--out", temp.resolve("out").toString(), "--quiet");
        assertEquals(2, outcome.status(), outcome.out() + outcome.err());
        assertFalse(Files.exists(temp.resolve("out")), "no output directory may be left behind");
        return outcome;
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() throws IOException {
        CliRunner.Outcome outcome = runWith("rule \"Broken\"\nwhen\n    Week( number == )\nthen\nend\n");
        assertTrue(outcome.err().contains("policy.drl:6:"), outcome.err());
        CliRunner.Outcome validation = CliRunner.run("validate", temp.resolve("scenario.yaml").toString());
        assertEquals(2, validation.status());
        assertTrue(validation.err().contains("policy.drl:6:"), validation.err());
    }

    @Test
    void anUnknownTargetNamesTheRuleAndWeek() throws IOException {
        // A computed name passes the check before the run, and stops the run when the rule acts.
        CliRunner.Outcome outcome = runWith("rule \"Merge into a ghost\"\nwhen\n    Week( number == 3 )\nthen\n"
                + "    actions.mergeTeams(\"gh\" + \"ost\", \"south\");\nend\n");
        assertTrue(outcome.err().contains("'Merge into a ghost'") && outcome.err().contains("week 3")
                && outcome.err().contains("unknown team 'ghost'"), outcome.err());
    }

    @Test
    void aMisspeltTeamIsRefusedBeforeTheRunWithTheLine() throws IOException {
        CliRunner.Outcome outcome = runWith("rule \"Merge into a ghost\"\nwhen\n    Week( number == 3 )\nthen\n"
                + "    actions.mergeTeams(\"nort\", \"south\");\nend\n");
        assertTrue(outcome.err().contains("policy.drl:8:") && outcome.err().contains("did you mean 'north'?"), outcome.err());
    }

    @Test
    void aMisspeltMetricIsRefusedByValidateWithTheLine() throws IOException {
        CliRunner.Outcome outcome = runWith("import org.orgsim.model.facts.Team;\nrule \"Cap\"\nwhen\n"
                + "    $team : Team( weeksAbove(\"burnot_rate\", 0.25) >= 4 )\nthen\n"
                + "    actions.setWipLimit($team.getName(), 5);\nend\n");
        assertTrue(outcome.err().contains("policy.drl:7:") && outcome.err().contains("did you mean 'burnout_rate'?"), outcome.err());
        CliRunner.Outcome validation = CliRunner.run("validate", temp.resolve("scenario.yaml").toString());
        assertEquals(2, validation.status());
        assertTrue(validation.err().contains("policy.drl:7:"), validation.err());
    }

    @Test
    void aRunawayRuleIsStopped() throws IOException {
        CliRunner.Outcome outcome = runWith("declare Tick\n    n : int\nend\n"
                + "rule \"Start\"\nwhen\n    Week( number == 2 )\nthen\n    insert(new Tick(0));\nend\n"
                + "rule \"Tick forever\"\nwhen\n    $t : Tick( n >= 0 )\nthen\n    modify($t) { setN($t.getN() + 1) }\nend\n");
        assertTrue(outcome.err().contains("'Tick forever' fired more than 40 times in week 2"), outcome.err());
    }

    @Test
    void aThrowingRuleIsStopped() throws IOException {
        CliRunner.Outcome outcome = runWith("rule \"Explode\"\nwhen\n    Week( number == 4 )\nthen\n"
                + "    throw new RuntimeException(\"kaboom\");\nend\n");
        assertTrue(outcome.err().contains("rule 'Explode' failed in week 4") && outcome.err().contains("kaboom"), outcome.err());
    }

    @Test
    void aRuleThatEndsTheProgramIsRefusedBeforeAnythingRuns() throws IOException {
        String quit = "rule \"Quit\"\nwhen\n    Week( number == 2 )\nthen\n    System.exit(0);\nend\n";
        CliRunner.Outcome outcome = runWith(quit);
        assertTrue(outcome.err().contains("policy.drl:8: 'System' is not allowed"), outcome.err());
        CliRunner.Outcome validation = CliRunner.run("validate", temp.resolve("scenario.yaml").toString());
        assertEquals(2, validation.status());
        assertTrue(validation.err().contains("policy.drl:8:") && validation.err().contains("--trust-rules"), validation.err());
    }

    @Test
    void aRuleThatReadsFilesIsRefused() throws IOException {
        CliRunner.Outcome outcome = runWith("rule \"Peek\"\nwhen\n    Week( number == 2 )\nthen\n"
                + "    String secret = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(\"/etc/passwd\")));\nend\n");
        assertTrue(outcome.err().contains("policy.drl:8: 'java' is not allowed"), outcome.err());
    }

    /** Trusted, the same rule does run: the program must still not end with status 0 and no results. */
    @Test
    void aTrustedRuleCallingSystemExitDoesNotEndWithSuccess() throws IOException, InterruptedException {
        Path rules = temp.resolve("policy.drl");
        Files.writeString(rules, HEADER + "rule \"Quit\"\nwhen\n    Week( number == 2 )\nthen\n    System.exit(0);\nend\n");
        Path scenario = temp.resolve("scenario.yaml");
        Files.writeString(scenario, SCENARIO.replace("RULES", rules.toString()));
        Path out = temp.resolve("out");
        Process process = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", scenario.toString(),
                "--out", out.toString(), "--quiet", "--trust-rules").redirectErrorStream(true)
                .redirectOutput(temp.resolve("log.txt").toFile()).start();
        assertTrue(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "ends");
        String log = Files.readString(temp.resolve("log.txt"));
        assertEquals(1, process.exitValue(), log);
        assertTrue(log.contains("stopped before the command finished"), log);
        assertFalse(Files.exists(out), "no output directory");
    }

    @Test
    void aConsequenceThatNeverEndsIsStoppedByItsTimeBudget() throws IOException {
        Path rules = temp.resolve("policy.drl");
        Files.writeString(rules, HEADER + "rule \"Think forever\"\nwhen\n    Week( number == 3 )\nthen\n"
                + "    long spins = 0;\n    while (spins >= 0) { spins = spins + 1 - 1; }\nend\n");
        Path scenario = temp.resolve("scenario.yaml");
        Files.writeString(scenario, SCENARIO.replace("RULES", rules.toString())
                .replace("rules.maxFiringsPerWeek: 40", "rules.maxFiringsPerWeek: 40\n  rules.maxSecondsPerWeek: 0.5"));
        CliRunner.Outcome outcome = CliRunner.run("run", scenario.toString(), "--out", temp.resolve("out").toString(), "--quiet");
        assertEquals(2, outcome.status(), outcome.err());
        assertTrue(outcome.err().contains("rule 'Think forever' ran past the time budget of 0.5 s in week 3 of variant 'with-rule'"),
                outcome.err());
        assertFalse(Files.exists(temp.resolve("out")), "no output directory may be left behind");
    }
}
