package org.orgsim.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every file a list of rule files is compiled from: the rule files themselves and, for rules in
 * sentences ({@code .dslr}), the sentence files ({@code .dsl}) they name, beside them or in the rule
 * library ({@link SentenceFiles}). A manifest hashes all of these, so that a changed sentence is a changed rule.
 */
public final class RuleSources {
    private RuleSources() {
    }

    /** The rule files and the sentence files they use, each once, in order; paths in the rule files' own style. */
    public static List<String> of(List<String> ruleFiles) {
        Set<String> files = new LinkedHashSet<>();
        for (String rule : ruleFiles) {
            files.add(rule);
            if (rule.toLowerCase(java.util.Locale.ROOT).endsWith(".dslr")) {
                files.addAll(languagesBeside(Path.of(rule)));
            }
        }
        return new ArrayList<>(files);
    }

    private static List<String> languagesBeside(Path rule) {
        if (!Files.isRegularFile(rule)) {
            return List.of(); // the compiler reports the missing file with its own message
        }
        return SentenceFiles.named(rule).stream().map(Path::toString).toList();
    }
}
