package org.orgsim.rules;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's rule library from wherever the tests run. */
final class RuleFiles {
    private RuleFiles() {
    }

    static Path library() {
        Path here = Path.of("").toAbsolutePath();
        for (Path folder = here; folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve("rules")) && Files.isDirectory(folder.resolve("engine"))) {
                return folder.resolve("rules");
            }
        }
        throw new IllegalStateException("no rules/ folder above " + here);
    }

    static Path file(String name) {
        return library().resolve(name);
    }
}
