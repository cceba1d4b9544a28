package org.orgsim.results;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A results folder, or one of its files, that cannot be read back: missing, unreadable, not the
 * format {@link ResultsWriter} writes, or inconsistent with the rest of the folder. The message
 * starts with the file and, where it helps, the place: {@code DIR/timeseries.csv:12: week must be
 * between 0 and 52, was 53} or {@code DIR/summary.json: variants.b.metrics.cost.mean must be a
 * number or null, was "x"}. It is bad input, not an internal error: the command line answers it
 * with exit status 2.
 */
public final class ResultsFileException extends org.orgsim.contract.InputException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** A problem with {@code file} as a whole, or at a JSON path given in {@code problem}. */
    public ResultsFileException(Path file, String problem) {
        this(file, problem, null);
    }

    public ResultsFileException(Path file, String problem, Throwable cause) {
        super(Objects.requireNonNull(file, "file") + ": " + problem, cause);
        this.file = file;
    }

    /** A problem on line {@code line} (1-based) of a text file. */
    public ResultsFileException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    public ResultsFileException(Path file, int line, String problem, Throwable cause) {
        super(Objects.requireNonNull(file, "file") + ":" + line + ": " + problem, cause);
        this.file = file;
    }

    /** The file the problem is in (the folder itself when it is not a results folder). */
    public Path file() {
        return file;
    }
}
