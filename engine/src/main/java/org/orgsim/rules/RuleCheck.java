package org.orgsim.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.drools.drl.parser.lang.dsl.DSLMappingFile;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.orgsim.scenario.ScenarioException;

/**
 * The rule check: a rule file is code that runs with the user's rights, so before any rule is
 * compiled its text must keep to what a policy needs (see {@link RuleCodeScanner}). It reads the
 * rule language Drools will compile: a {@code .drl} file as it is, a {@code .dslr} file after its
 * sentences are expanded with the {@code .dsl} files beside it, a decision table as the rules
 * generated from it. A refusal is a {@link ScenarioException} naming {@code file:line} (for a
 * decision table: the file and the generated rule), so the command ends with exit status 2.
 *
 * <p>{@code --trust-rules} lifts the check for the process ({@link #trustRules}): for a developer
 * who needs more of Java in a rule and accepts that the rule file is then trusted like a program.
 */
public final class RuleCheck {
    private static volatile boolean trusted;

    private RuleCheck() {
    }

    /** Turns the check off ({@code true}) or on for this process; the command line sets it per command. */
    public static void trustRules(boolean trust) {
        trusted = trust;
    }

    public static boolean rulesTrusted() {
        return trusted;
    }

    /** Checks every file unless rules are trusted. */
    public static void requireAllowed(List<Path> files) {
        if (trusted) {
            return;
        }
        for (Path file : files) {
            check(file);
        }
    }

    /** Checks one rule file whatever the trust setting. */
    static void check(Path file) {
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        switch (extension) {
            case "drl" -> report(file, RuleCodeScanner.scan(text(file)), null);
            case "dslr" -> {
                // A mistyped sentence first: left unexpanded, its first word would look like forbidden code.
                SentenceFiles.requireKnownSentences(file, RuleBook.read(file));
                report(file, RuleCodeScanner.scan(expand(file)), null);
            }
            case "csv" -> {
                String generated = generated(file, InputType.CSV);
                report(file, RuleCodeScanner.scan(generated), generated);
            }
            case "xlsx", "xls" -> {
                String generated = generated(file, InputType.XLS);
                report(file, RuleCodeScanner.scan(generated), generated);
            }
            default -> {
                // Not a rule file: RuleBook refuses it with its own message.
            }
        }
    }

    private static void report(Path file, Optional<RuleCodeScanner.Finding> finding, String generated) {
        if (finding.isEmpty()) {
            return;
        }
        RuleCodeScanner.Finding found = finding.get();
        String where = generated == null ? file + ":" + found.line()
                : file + " (rule '" + ruleAround(generated, found.line()) + "' generated from the table)";
        throw new ScenarioException(where + ": " + found.problem()
                + "; a rule file is code: run only rules you trust, and give --trust-rules to lift this check");
    }

    /** The name of the rule a line of generated text belongs to. */
    private static String ruleAround(String text, int line) {
        String[] lines = text.split("\n", -1);
        for (int k = Math.min(line, lines.length) - 1; k >= 0; k--) {
            String stripped = lines[k].strip();
            if (stripped.startsWith("rule ")) {
                return stripped.substring(5).replace("\"", "").strip();
            }
        }
        return "?";
    }

    /** The sentences of a {@code .dslr} file expanded into rule language, line for line. */
    private static String expand(Path file) {
        DefaultExpander expander = new DefaultExpander();
        for (Path language : SentenceFiles.named(file)) {
            DSLMappingFile mapping = new DSLTokenizedMappingFile();
            boolean parsed;
            try {
                parsed = mapping.parseAndLoad(new StringReader(text(language)));
            } catch (IOException failure) {
                throw new ScenarioException(language + ": cannot be read: " + failure.getMessage());
            }
            if (!parsed) {
                throw new ScenarioException(language + ": not a readable sentence file: " + mapping.getErrors());
            }
            // The sentence file's own right-hand sides are code too, whether or not a rule uses them.
            report(language, RuleCodeScanner.scan(rightHandSides(text(language))), null);
            expander.addDSLMapping(mapping.getMapping());
        }
        String expanded;
        try {
            expanded = expander.expand(new StringReader(text(file)));
        } catch (IOException failure) {
            throw new ScenarioException(file + ": cannot be read: " + failure.getMessage());
        }
        if (!expander.getErrors().isEmpty()) {
            // Drools reports the same problem with its line when it compiles; check the raw text meanwhile.
            return text(file);
        }
        return expanded;
    }

    /** The rule-language side of each sentence mapping, on its own line (so line numbers stay those of the file). */
    private static String rightHandSides(String dsl) {
        StringBuilder code = new StringBuilder();
        for (String line : dsl.split("\n", -1)) {
            String stripped = line.strip();
            int equals = stripped.indexOf('=');
            code.append(stripped.startsWith("#") || stripped.startsWith("//") || equals < 0 ? "" : stripped.substring(equals + 1))
                    .append('\n');
        }
        return code.toString();
    }

    private static String generated(Path file, InputType type) {
        if (type == InputType.CSV) {
            return RuleBook.csvToRules(file, RuleBook.read(file)); // the same generated text Drools compiles
        }
        try {
            return new SpreadsheetCompiler().compile(new ByteArrayInputStream(Files.readAllBytes(file)), type);
        } catch (IOException failure) {
            throw new ScenarioException(file + ": cannot be read: " + failure.getMessage());
        } catch (RuntimeException failure) {
            throw new ScenarioException(file + ": not a readable decision table: " + failure.getMessage(), failure);
        }
    }

    private static String text(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new ScenarioException(file + ": cannot be read: " + failure.getMessage());
        }
    }
}
