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
}
