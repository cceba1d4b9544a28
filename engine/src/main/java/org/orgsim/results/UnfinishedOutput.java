package org.orgsim.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Results directories whose writing never finished. A program killed while writing (SIGKILL, a
 * power cut) runs no cleanup, so the staging directory {@code .NAME.partial-RANDOM} stays behind;
 * it may already hold a manifest with an end time and every file, so its content cannot tell. What
 * tells is the <b>writing marker</b> {@value #WRITING_MARKER}: the first file written into a
 * staging directory and the last one removed before it is renamed into place, holding the writer's
 * process id and start time. A directory that has the marker, or the staging name, is unfinished:
 * {@code serve}, {@code report}, {@code replay} and {@code fork} refuse it, and the next run into
 * the same parent removes it when it is stale (its process is gone, or it is older than a day).
 *
 * <p>Why a marker of work in progress and not one of completion: results directories written
 * before the marker existed have neither, and they are complete.
 */
public final class UnfinishedOutput {
    /** The writing marker; never present in a finished results directory. */
    public static final String WRITING_MARKER = ".orgsim-writing";
    /** A staging directory, by its name. */
    private static final Pattern STAGING_NAME = Pattern.compile("\\..+\\.partial-[0-9a-f]{12}");
    /** Older than this, a staging directory is stale even if its process id is in use (reused ids). */
    static final Duration STALE_AFTER = Duration.ofDays(1);
    /** A staging directory without a marker is given this long before it counts as stale (it may be just created). */
    private static final Duration UNMARKED_GRACE = Duration.ofMinutes(10);

    private UnfinishedOutput() {
    }

    /** Whether {@code directory} is a results directory whose writing never finished. */
    public static boolean isUnfinished(Path directory) {
        Path name = directory.toAbsolutePath().normalize().getFileName();
        return Files.exists(directory.resolve(WRITING_MARKER))
                || (name != null && STAGING_NAME.matcher(name.toString()).matches());
    }

    /**
     * Refuses an unfinished results directory as bad input.
     *
     * @throws OutputDirectoryException if its writing never finished
     */
    public static void refuse(Path directory) {
        if (isUnfinished(directory)) {
            throw new OutputDirectoryException(directory, "is an unfinished results directory: the program writing it "
                    + "was stopped before it completed; run the scenario again. "
                    + "The next run into the same folder removes it once it is stale");
        }
    }

    /** Writes the marker into a new staging directory: this process, now. */
    static void mark(Path staging) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        Files.writeString(staging.resolve(WRITING_MARKER), "pid=" + self.pid() + "\nstarted="
                + self.info().startInstant().map(Instant::toString).orElse("") + "\nwriting=" + Instant.now() + "\n",
                StandardCharsets.UTF_8);
    }

    /** Removes the marker: the staging directory is complete and about to be renamed into place. */
    static void unmark(Path staging) throws IOException {
        Files.deleteIfExists(staging.resolve(WRITING_MARKER));
    }

    /** The stale staging directories among the entries of {@code parent}. */
    static List<Path> staleIn(Path parent) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.filter(entry -> STAGING_NAME.matcher(entry.getFileName().toString()).matches())
                    .filter(Files::isDirectory).filter(UnfinishedOutput::isStale).sorted().toList();
        } catch (IOException unreadable) {
            return List.of(); // nothing to clean up that we could see; the run goes on
        }
    }

    private static boolean isStale(Path staging) {
        Instant now = Instant.now();
        Path marker = staging.resolve(WRITING_MARKER);
        try {
            if (!Files.exists(marker)) {
                return Files.getLastModifiedTime(staging).toInstant().isBefore(now.minus(UNMARKED_GRACE));
            }
            List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
            long pid = Long.parseLong(value(lines, "pid").orElse("-1"));
            Instant writing = Instant.parse(value(lines, "writing").orElseThrow());
            if (writing.isBefore(now.minus(STALE_AFTER))) {
                return true;
            }
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isEmpty() || !process.get().isAlive()) {
                return true;
            }
            // The id may have been reused by a process that started after the writer did.
            Optional<String> started = value(lines, "started").filter(text -> !text.isEmpty());
            Optional<Instant> processStart = process.get().info().startInstant();
            return started.isPresent() && processStart.isPresent()
                    && !processStart.get().equals(Instant.parse(started.get()));
        } catch (IOException | RuntimeException unreadable) {
            return false; // cannot tell: leave it alone
        }
    }

    private static Optional<String> value(List<String> lines, String key) {
        return lines.stream().filter(line -> line.startsWith(key + "=")).map(line -> line.substring(key.length() + 1)).findFirst();
    }
}
