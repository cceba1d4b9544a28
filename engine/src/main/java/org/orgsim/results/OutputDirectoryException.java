package org.orgsim.results;

import java.nio.file.Path;
import org.orgsim.contract.InputException;

/**
 * The requested output directory cannot be used: it exists and is not empty, or it is not a
 * directory. Bad input rather than an internal error (the command line maps it to exit code 2);
 * nothing has been written when it is thrown.
 */
public class OutputDirectoryException extends InputException {
    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    public OutputDirectoryException(Path directory, String problem) {
        super(directory + ": " + problem);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
