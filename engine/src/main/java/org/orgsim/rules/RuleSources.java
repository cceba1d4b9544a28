package org.orgsim.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every file a list of rule files is compiled from: the rule files themselves and, for rules in
 * sentences ({@code .dslr}), the {@code .dsl} files beside them that define the sentences (Drools
 * reads them all). A manifest hashes all of these, so that a changed sentence is a changed rule.
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
        Path folder = rule.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> siblings = Files.list(folder)) {
            return siblings.map(sibling -> sibling.getFileName().toString()).filter(name -> name.endsWith(".dsl")).sorted()
                    .map(name -> rule.resolveSibling(name).toString()).toList();
        } catch (IOException unreadable) {
            return List.of(); // the compiler reports the folder with its own message
        }
    }
}
