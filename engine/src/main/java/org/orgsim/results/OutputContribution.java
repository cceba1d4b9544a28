package org.orgsim.results;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An extra file (such as {@code report.html}) written into the output directory before it is moved
 * into place, so that it shares the directory's all-or-nothing guarantee: if a contribution fails,
 * no output directory appears at all.
 */
@FunctionalInterface
public interface OutputContribution {
    /**
     * Writes into {@code directory}, which already holds the contract files; it is a temporary
     * directory, so do not remember its path. The in-memory {@code results} and {@code manifest} are
     * what those files hold: use them rather than reading the files back.
     */
    void writeInto(Path directory, Results results, Manifest manifest) throws IOException;
}
