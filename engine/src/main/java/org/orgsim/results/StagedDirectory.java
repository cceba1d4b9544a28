package org.orgsim.results;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Creates a directory all at once: its content is written into a hidden sibling
 * ({@code .NAME.partial-RANDOM}, same parent so the final rename stays on one file system), flushed
 * to disk, and renamed into place only when complete. A crash leaves at most the hidden sibling; a
 * failure deletes it, and also the parent directories this call created, so that nothing is left
 * behind at the requested path.
 *
 * <p>An interrupted program (Ctrl-C, {@code kill}) runs the JVM's shutdown hooks but not the
 * {@code catch} blocks of the thread that was writing; so every staging directory in progress is
 * registered, and a shutdown hook (installed on first use) deletes them and the parents created for
 * them. Publishing (the final rename) and the hook exclude each other: the directory is either
 * renamed into place complete or deleted, never half-written.
 */
final class StagedDirectory {
    /** Fills the staging directory. */
    @FunctionalInterface
    interface Content {
        void writeInto(Path staging) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int DELETE_ATTEMPTS = 20;

    /** A staging directory being written, with the parents created for it. */
    private static final class InProgress {
        final Path staging;
        final List<Path> createdParents;
        boolean abandoned;

        InProgress(Path staging, List<Path> createdParents) {
            this.staging = staging;
            this.createdParents = createdParents;
        }
    }

    /** Guards {@link #IN_PROGRESS}, {@link #hookInstalled} and {@link #shuttingDown}. */
    private static final Object LOCK = new Object();
    private static final Set<InProgress> IN_PROGRESS = new LinkedHashSet<>();
    private static boolean hookInstalled;
    private static boolean shuttingDown;

    private StagedDirectory() {
    }

    /**
     * Fails unless {@code target} is absent or an empty directory, and could be created or filled:
     * every new name fits the file system's limit (with room for the staging name) and the nearest
     * existing folder above it is a writable directory. Touches nothing.
     */
    static void requireUsable(Path target) throws IOException {
        requireCreatable(target);
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new OutputDirectoryException(target, "exists and is not a directory");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new OutputDirectoryException(target, "exists and is not empty; choose another --out");
            }
        }
        // An empty directory is filled by replacing it (the rename). Another user's directory is not
        // ours to replace: its owner and their choice of permissions would be lost.
        if (!target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return; // owner names do not compare simply elsewhere (a domain and a user name on Windows)
        }
        String owner = Files.getOwner(target).getName();
        String self = System.getProperty("user.name");
        if (self != null && !owner.equals(self)) {
            throw new OutputDirectoryException(target, "exists and belongs to another user (" + owner
                    + "); choose a directory of your own, or a path orgsim may create");
        }
    }

    /** Longest file name (in bytes) most file systems take: ext4, XFS, APFS, NTFS (in characters). */
    static final int MAX_NAME_BYTES = 255;
    /** What the staging name adds to the directory's own name: "." + ".partial-" + 12 hex digits. */
    private static final int STAGING_EXTRA = 22;

    private static void requireCreatable(Path target) {
        Path existing = target.getParent();
        for (Path name : target) {
            int limit = name.equals(target.getFileName()) ? MAX_NAME_BYTES - STAGING_EXTRA : MAX_NAME_BYTES;
            int bytes = name.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > limit) {
                throw new OutputDirectoryException(target, "cannot be written: the name '" + abbreviated(name.toString())
                        + "' is " + bytes + " bytes long, more than a file name may be (" + limit + " here); choose a shorter --out");
            }
        }
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw new OutputDirectoryException(target, "cannot be written: " + existing + " is not a directory");
        }
        if (!Files.isWritable(existing)) {
            throw new OutputDirectoryException(target, "cannot be written: " + existing
                    + " is not writable (no permission, or a read-only file system); choose another --out");
        }
    }

    private static String abbreviated(String name) {
        return name.length() <= 40 ? name : name.substring(0, 20) + "..." + name.substring(name.length() - 10);
    }

    /** A failure to write, as bad input naming the path: permission, full disk, read-only, name too long. */
    private static OutputDirectoryException unwritable(Path target, IOException failure) {
        String reason;
        if (failure instanceof java.nio.file.FileSystemException fileSystem) {
            String why = fileSystem.getReason() != null ? fileSystem.getReason()
                    : failure instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : failure.getClass().getSimpleName();
            reason = (fileSystem.getFile() != null ? fileSystem.getFile() + ": " : "") + why;
        } else {
            reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        }
        OutputDirectoryException problem = new OutputDirectoryException(target, "cannot be written (" + reason
                + "); nothing was left there");
        problem.initCause(failure);
        return problem;
    }

    static void create(Path requested, Content content) throws IOException {
        try {
            createOrFail(requested, content);
        } catch (OutputDirectoryException refused) {
            throw refused;
        } catch (IOException failure) {
            if (failure.getMessage() != null && failure.getMessage().endsWith("not written: the program is stopping")) {
                throw failure;
            }
            throw unwritable(requested.toAbsolutePath().normalize(), failure);
        }
    }

    private static void createOrFail(Path requested, Content content) throws IOException {
        Path target = requested.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new OutputDirectoryException(target, "cannot write into the root of a file system");
        }
        requireUsable(target);
        InProgress work;
        synchronized (LOCK) {
            installShutdownHook();
            refuseWhenShuttingDown(target);
            List<Path> createdParents = createParents(parent);
            removeStale(parent);
            Path staging = null;
            try {
                staging = createStaging(parent, target.getFileName().toString());
                UnfinishedOutput.mark(staging);
                work = new InProgress(staging, createdParents);
            } catch (IOException | RuntimeException | Error failure) {
                cleanUp(staging, createdParents, failure);
                throw failure;
            }
            IN_PROGRESS.add(work);
        }
        try {
            content.writeInto(work.staging);
            UnfinishedOutput.unmark(work.staging);
            flushFiles(work.staging);
            synchronized (LOCK) {
                if (work.abandoned) {
                    throw new IOException(target + ": not written: the program is stopping");
                }
                publish(work.staging, target);
                IN_PROGRESS.remove(work);
            }
        } catch (IOException | RuntimeException | Error failure) {
            synchronized (LOCK) {
                IN_PROGRESS.remove(work);
                if (!work.abandoned) {
                    cleanUp(work.staging, work.createdParents, failure);
                } else if (failure instanceof IOException) {
                    // Files vanished under the writer because the program is stopping: not a failure to write.
                    throw new IOException(target + ": not written: the program is stopping", failure);
                }
            }
            throw failure;
        }
    }

    /**
     * Deletes every staging directory in progress, and the parents created for it, and marks it so
     * that it is never published. What the shutdown hook does; tests call it directly.
     */
    static void abandonAll() {
        synchronized (LOCK) {
            for (InProgress work : IN_PROGRESS) {
                work.abandoned = true;
                IOException failure = new IOException("abandoned");
                // The writing thread may still be adding files while we delete; try again until it is gone.
                for (int attempt = 0; attempt < DELETE_ATTEMPTS && Files.exists(work.staging); attempt++) {
                    try {
                        deleteRecursively(work.staging);
                    } catch (IOException | RuntimeException raced) {
                        // A file appeared or vanished under us; the next attempt sees the new state.
                    }
                }
                cleanUp(null, work.createdParents, failure);
            }
            IN_PROGRESS.clear();
        }
    }

    private static void refuseWhenShuttingDown(Path target) throws IOException {
        if (shuttingDown) {
            throw new IOException(target + ": not written: the program is stopping");
        }
    }

    private static void installShutdownHook() {
        if (hookInstalled) {
            return;
        }
        Thread hook = new Thread(() -> {
            synchronized (LOCK) {
                shuttingDown = true;
            }
            abandonAll();
        }, "orgsim-remove-partial-output");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            hookInstalled = true;
        } catch (IllegalStateException alreadyStopping) {
            shuttingDown = true;
        }
    }

    private static void publish(Path staging, Path target) throws IOException {
        requireUsable(target);
        try {
            // An empty target was allowed; a rename can replace it only on some platforms. The
            // results keep the permissions the user gave the empty directory.
            java.util.Set<java.nio.file.attribute.PosixFilePermission> mode = posixMode(target);
            Files.deleteIfExists(target);
            moveIntoPlace(staging, target);
            if (mode != null) {
                Files.setPosixFilePermissions(target, mode);
            }
        } catch (DirectoryNotEmptyException | FileAlreadyExistsException raced) {
            OutputDirectoryException taken =
                    new OutputDirectoryException(target, "was filled by another process while writing");
            taken.initCause(raced);
            throw taken;
        }
    }

    /**
     * Removes the staging directories a killed program left in {@code parent} (see
     * {@link UnfinishedOutput}): their process is gone or they are older than a day.
     */
    private static void removeStale(Path parent) {
        for (Path stale : UnfinishedOutput.staleIn(parent)) {
            try {
                deleteRecursively(stale);
            } catch (IOException | RuntimeException notOurs) {
                // Not removable by us (another user's, say): it stays recognisably unfinished.
            }
        }
    }

    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> posixMode(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return null;
        }
        try {
            return Files.getPosixFilePermissions(directory);
        } catch (UnsupportedOperationException notPosix) {
            return null;
        }
    }

    private static List<Path> createParents(Path parent) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path ancestor = parent; ancestor != null && !Files.exists(ancestor); ancestor = ancestor.getParent()) {
            missing.add(ancestor);
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException | RuntimeException failure) {
            // Some were made before the failure (out/ before a name too long): none may stay.
            cleanUp(null, missing, failure);
            throw failure;
        }
        return missing;
    }

    private static Path createStaging(Path parent, String name) throws IOException {
        while (true) {
            byte[] suffix = new byte[6];
            RANDOM.nextBytes(suffix);
            Path staging = parent.resolve("." + name + ".partial-" + HexFormat.of().formatHex(suffix));
            try {
                // Not Files.createTempDirectory: that makes the directory private to its owner
                // (rwx------), and the renamed output directory would keep those permissions.
                return Files.createDirectory(staging);
            } catch (FileAlreadyExistsException taken) {
                // Astronomically unlikely; draw another name.
            }
        }
    }

    /** Without this a power cut after the rename could leave complete-looking but empty files. */
    private static void flushFiles(Path staging) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(staging)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
    }

    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException unsupported) {
            Files.move(staging, target);
        }
    }

    private static void cleanUp(Path staging, List<Path> createdParents, Throwable failure) {
        if (staging != null) {
            try {
                deleteRecursively(staging);
            } catch (IOException | RuntimeException cleanupFailure) {
                failure.addSuppressed(cleanupFailure);
            }
        }
        for (Path parent : createdParents) {
            try {
                Files.deleteIfExists(parent);
            } catch (IOException someoneElseWroteThere) {
                // Not empty any more (another run is using it): not ours to remove, and so are its parents.
                break;
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path visited, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.deleteIfExists(visited);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
