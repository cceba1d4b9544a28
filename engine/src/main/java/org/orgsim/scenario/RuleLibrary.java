package org.orgsim.scenario;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Where the shipped rule library ({@code rules/} of the repository, with the sentence files
 * {@code orgsim.dsl} and {@code orgsim-nl.dsl}) lives on this machine, so that a scenario or a
 * sentence file can name a library file from any working directory.
 *
 * <p>Found, in this order: the system property {@code orgsim.library} (a folder), else the first
 * folder named {@code rules} holding {@code orgsim.dsl} above the location of orgsim's own classes
 * (the launcher runs the jars of {@code cli/target}, the tests the classes of
 * {@code engine/target}: both sit inside the repository).
 */
public final class RuleLibrary {
    /** The file that marks a folder as the rule library. */
    static final String MARKER = "orgsim.dsl";
    private static final Optional<Path> FOLDER = locate();

    private RuleLibrary() {
    }

    /** The library folder, when this installation has one. */
    public static Optional<Path> folder() {
        return FOLDER;
    }

    /** The repository root (the library's parent folder), when known. */
    public static Optional<Path> repositoryRoot() {
        return FOLDER.map(Path::getParent);
    }

    private static Optional<Path> locate() {
        String configured = System.getProperty("orgsim.library");
        if (configured != null && !configured.isBlank()) {
            Path folder = Path.of(configured).toAbsolutePath().normalize();
            return Files.isRegularFile(folder.resolve(MARKER)) ? Optional.of(folder) : Optional.empty();
        }
        try {
            CodeSource source = RuleLibrary.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            for (Path at = Path.of(source.getLocation().toURI()).toAbsolutePath(); at != null; at = at.getParent()) {
                Path candidate = at.resolve("rules");
                if (Files.isRegularFile(candidate.resolve(MARKER))) {
                    return Optional.of(candidate.normalize());
                }
            }
        } catch (URISyntaxException | RuntimeException notAFolder) {
            // A class source that is not a file (e.g. a web start): no library on disk.
        }
        return Optional.empty();
    }
}
