package org.orgsim.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orgsim.scenario.RuleLibrary;
import org.orgsim.scenario.ScenarioException;

/**
 * The sentence files ({@code .dsl}) a rule file in sentences ({@code .dslr}) names on its
 * {@code expander} lines. Drools itself ignores the name and expands with every sentence file it
 * was given, so a misspelt name would pass unnoticed; here each name must exist, beside the rule
 * file or in the rule library (so {@code expander orgsim-nl.dsl} works from any folder without
 * copying the library's sentences).
 */
final class SentenceFiles {
    private static final Pattern EXPANDER = Pattern.compile("^\\s*expander\\s+(\\S+?)\\s*;?\\s*$");

    private SentenceFiles() {
    }

    /** The sentence files named by {@code ruleFile}, read from disk. */
    static List<Path> named(Path ruleFile) {
        return named(ruleFile, RuleBook.read(ruleFile));
    }

    /** The sentence files named by {@code ruleFile}, in the order named; at least one. */
    static List<Path> named(Path ruleFile, byte[] content) {
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\\R", -1);
        List<Path> found = new ArrayList<>();
        for (int index = 0; index < lines.length; index++) {
            Matcher expander = EXPANDER.matcher(lines[index]);
            if (expander.matches()) {
                String where = ruleFile + ":" + (index + 1);
                found.add(locate(where, ruleFile, expander.group(1)));
            }
        }
        if (found.isEmpty()) {
            throw new ScenarioException(ruleFile + ": a rule file in sentences needs a line naming its sentences, "
                    + "e.g. 'expander orgsim.dsl' (English) or 'expander orgsim-nl.dsl' (Dutch)");
        }
        return found;
    }

    private static Path locate(String where, Path ruleFile, String name) {
        if (!name.endsWith(".dsl")) {
            throw new ScenarioException(where + ": expander " + name + ": a sentence file must end in .dsl");
        }
        Path folder = ruleFile.toAbsolutePath().getParent();
        if (Files.isRegularFile(folder.resolve(name))) {
            // In the rule file's own style (relative stays relative), as manifests name files.
            return ruleFile.resolveSibling(name).normalize();
        }
        Path inLibrary = RuleLibrary.folder().map(library -> library.resolve(Path.of(name).getFileName().toString()))
                .filter(Files::isRegularFile).orElse(null);
        if (inLibrary != null) {
            return inLibrary;
        }
        throw new ScenarioException(where + ": expander " + name + ": no such sentence file (looked in " + folder
                + RuleLibrary.folder().map(library -> " and " + library).orElse("")
                + "); the built-in ones are orgsim.dsl (English) and orgsim-nl.dsl (Dutch)");
    }

    /**
     * Refuses a line of a rule's {@code when} or {@code then} part that is no sentence of the named
     * sentence files and does not look like rule language either: left as it is, Drools (or the
     * rule check) would report a puzzling error about its first word. The message names the line
     * and the nearest sentence.
     */
    static void requireKnownSentences(Path ruleFile, byte[] content) {
        List<String> sentences = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        for (Path language : named(ruleFile, content)) {
            for (String line : new String(RuleBook.read(language), StandardCharsets.UTF_8).split("\\R")) {
                Matcher entry = DSL_ENTRY.matcher(line);
                if (entry.matches()) {
                    sentences.add(entry.group(1).strip());
                    patterns.add(sentencePattern(entry.group(1).strip()));
                }
            }
        }
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\\R", -1);
        boolean inRule = false;
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index].strip();
            if (line.equals("when") || line.equals("then")) {
                inRule = true;
                continue;
            }
            if (line.equals("end") || line.startsWith("rule ")) {
                inRule = false;
                continue;
            }
            if (!inRule || line.isEmpty() || line.startsWith("//") || line.startsWith("#") || looksLikeRuleLanguage(line)
                    || patterns.stream().anyMatch(pattern -> pattern.matcher(line).matches())) {
                continue;
            }
            throw new ScenarioException(ruleFile + ":" + (index + 1) + ": '" + line + "' is no sentence of "
                    + String.join(", ", named(ruleFile, content).stream().map(path -> path.getFileName().toString()).toList())
                    + RuleReferences.suggestion(line, sentences).replace("did you mean", "the nearest is").replace("?", ""));
        }
    }

    private static final Pattern DSL_ENTRY = Pattern.compile("^\\[(?:condition|consequence)\\]\\[[^\\]]*\\](.+?)=.*$");

    /** A sentence with its blanks as wildcards, matched against a whole line. */
    private static Pattern sentencePattern(String sentence) {
        StringBuilder regex = new StringBuilder();
        Matcher blank = Pattern.compile("\\{[^}]+\\}").matcher(sentence);
        int last = 0;
        while (blank.find()) {
            regex.append(Pattern.quote(sentence.substring(last, blank.start()))).append(".+?");
            last = blank.end();
        }
        regex.append(Pattern.quote(sentence.substring(last)));
        return Pattern.compile(regex.toString());
    }

    /** Rule language (a pattern, a call, a constraint) rather than a sentence. */
    private static boolean looksLikeRuleLanguage(String line) {
        return line.matches(".*[();$=<>{}\\[\\]].*") || line.startsWith("salience") || line.startsWith("no-loop")
                || line.startsWith("package") || line.startsWith("import") || line.startsWith("global");
    }
}
