package org.orgsim.rules;

import java.nio.file.Path;
import org.orgsim.scenario.RuleLibrary;

/** The repository's rule library, where the engine itself finds it ({@link RuleLibrary}). */
final class RuleFiles {
    private RuleFiles() {
    }

    static Path library() {
        return RuleLibrary.folder().orElseThrow(() -> new IllegalStateException("no rule library found (rules/orgsim.dsl)"));
    }

    static Path file(String name) {
        return library().resolve(name);
    }
}
