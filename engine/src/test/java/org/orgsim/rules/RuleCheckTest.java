package org.orgsim.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.orgsim.scenario.ScenarioException;

/**
 * The rule check refuses code outside what a policy needs, names file and line, and cannot be
 * walked around with qualified names, imports, getClass(), class literals or Unicode escapes; the
 * library's own rules pass it.
 */
class RuleCheckTest {
    private static final String HEADER = """
            package org.orgsim.rules.test;
            import org.orgsim.model.facts.Week;
            import org.orgsim.model.facts.Team;
            global org.orgsim.rules.Actions actions;

            rule "Attack"
            when
                $w : Week( number == 2 )
            then
            """;

    @TempDir
    Path temp;

    private Path drl(String consequence) throws IOException {
        Path file = temp.resolve("attack.drl");
        Files.writeString(file, HEADER + "    " + consequence + "\nend\n");
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "System.exit(0);",
        "java.lang.System.exit(0);",
        "Runtime.getRuntime().exec(\"touch /tmp/x\");",
        "new ProcessBuilder(\"sh\").start();",
        "new Thread(() -> {}).start();",
        "String s = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(\"/etc/passwd\")));",
        "new java.io.File(\"/tmp/x\").delete();",
        "new java.net.Socket(\"example.org\", 80);",
        "Class.forName(\"java.lang.Runtime\");",
        "$w.getClass().getClassLoader();",
        "String c = String.class.getName();",
        "\"x\".getClass().getName();",
        "drools.getKieRuntime().halt();",
        "kcontext.getKieRuntime().dispose();",
        "\\u0053ystem.exit(0);",
        "// \\u000a System.exit(0);",
        "String s = \"\"; /* a comment */ Sys\u200Btem.exit(0);",
        "var l = java.lang.invoke.MethodHandles.lookup();",
        "Object o = new Object();",
        "double r = Math.random();",
        "int n = 1 .getClass().hashCode();",
    })
    void attacksAreRefusedWithFileAndLine(String consequence) throws IOException {
        Path file = drl(consequence);
        ScenarioException refused = assertThrows(ScenarioException.class, () -> RuleCheck.check(file));
        assertTrue(refused.getMessage().startsWith(file + ":10: ") || refused.getMessage().startsWith(file + ":9: "),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("--trust-rules"), refused.getMessage());
    }

    @Test
    void importsOutsideTheFactsAreRefused() throws IOException {
        for (String line : List.of("import java.lang.Runtime;", "import static java.lang.System.exit;",
                "import java.io.File", "import function java.lang.System.exit;", "global java.util.List sink;",
                "import org.drools.core.WorkingMemory;")) {
            Path file = temp.resolve("imports.drl");
            Files.writeString(file, "package p;\n" + line + "\nrule \"R\" when then end\n");
            ScenarioException refused = assertThrows(ScenarioException.class, () -> RuleCheck.check(file), line);
            assertTrue(refused.getMessage().startsWith(file + ":2: "), refused.getMessage());
        }
    }

    @Test
    void aDeclaredTypeCannotPassForAJavaClass() throws IOException {
        Path file = temp.resolve("lookalike.drl");
        Files.writeString(file, "package p;\ndeclare Runtime\n  x : int\nend\nrule \"R\" when then Runtime.getRuntime(); end\n");
        assertThrows(ScenarioException.class, () -> RuleCheck.check(file));
        Path own = temp.resolve("own.drl");
        Files.writeString(own, "package p;\ndeclare Counter\n  value : int\nend\nrule \"R\" when then insert(new Counter(1)); end\n");
        assertDoesNotThrow(() -> RuleCheck.check(own));
    }

    @Test
    void codeAfterThePackageOnTheSameLineIsStillRead() throws IOException {
        Path file = temp.resolve("one-line.drl");
        Files.writeString(file, "package p rule \"R\" when then System.exit(0); end\n");
        assertThrows(ScenarioException.class, () -> RuleCheck.check(file));
    }

    @Test
    void sentencesAreCheckedAfterExpansion() throws IOException {
        Files.writeString(temp.resolve("tricky.dsl"), "[consequence][]Then call {what}=Sys{what}\n");
        Path file = temp.resolve("tricky.dslr");
        Files.writeString(file, "package p;\nexpander tricky.dsl\nrule \"R\"\nwhen\nthen\n    Then call tem.exit(0);\nend\n");
        ScenarioException refused = assertThrows(ScenarioException.class, () -> RuleCheck.check(file));
        assertTrue(refused.getMessage().contains("tricky.ds"), refused.getMessage());
    }

    @Test
    void decisionTablesAreCheckedInTheRulesTheyGenerate() throws IOException {
        Path table = temp.resolve("table.csv");
        Files.writeString(table, String.join("\n",
                "RuleSet,org.orgsim.rules.test",
                "Import,org.orgsim.model.facts.Week",
                "Variables,org.orgsim.rules.Actions actions",
                "",
                "RuleTable Quit",
                "CONDITION,ACTION",
                "Week,",
                "number == $param,System.exit($param);",
                "week,exit code",
                "2,0", ""));
        ScenarioException refused = assertThrows(ScenarioException.class, () -> RuleCheck.check(table));
        assertTrue(refused.getMessage().startsWith(table + " (rule 'Quit_"), refused.getMessage());
    }

    @Test
    void everyRuleOfTheLibraryAndTheTestsPasses() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().matches(".*\\.(drl|dslr|csv|xlsx)$"))
                    .filter(p -> p.toString().contains("/rules/") && !p.toString().contains("/target/"))
                    .toList();
        }
        assertTrue(files.size() >= 10, files.toString());
        for (Path file : files) {
            assertDoesNotThrow(() -> RuleCheck.check(file), file.toString());
        }
    }

    @Test
    void plainPoliciesPass() throws IOException {
        Path file = drl("double cap = Math.max(2, Math.min(10, $w.getNumber() / 2.0)); "
                + "java.util.List<String> none = null; int n = (int) Math.round(cap); actions.setWipLimit(\"north\", n);");
        // java.util in a consequence is refused: the type must be imported (only the facts, Math and collections are)
        assertThrows(ScenarioException.class, () -> RuleCheck.check(file));
        Path clean = drl("double cap = Math.max(2, Math.min(10, $w.getNumber() / 2.0)); List<String> names = new ArrayList<>(); "
                + "names.add(String.valueOf(cap)); int n = (int) Math.round(cap); actions.setWipLimit(\"north\", n);");
        assertDoesNotThrow(() -> RuleCheck.check(clean));
    }
}
