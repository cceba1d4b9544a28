package org.orgsim.experiment;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.orgsim.contract.InputException;
import org.orgsim.contract.RunRecord;
import org.orgsim.scenario.Scenario;

/**
 * The journal that makes a run resumable ({@code orgsim run --resume DIR}): every unit's result is
 * appended, as it is folded, to {@value #UNITS} in a folder of the user's cache
 * ({@code ~/.cache/orgsim/journals/}, or {@code $XDG_CACHE_HOME/orgsim/journals/}, or the system
 * property {@code orgsim.journals}) named after the output directory's absolute path. Not beside the
 * output directory: that appears only when complete, and an interrupted or failed run leaves nothing
 * at the output location. Units are folded in a fixed order, so the journal always holds a prefix
 * of the run's units in that order; a resumed run reads that prefix back instead of running it, runs
 * only the units after it, and so folds the very same results: byte-identical output.
 *
 * <p>The journal's first file, {@value #IDENTITY}, names what the results depend on (the scenario's
 * and rule files' digests, the seed, the replications): a resume with anything else is refused. A
 * unit cut off while being written (the program was killed) is dropped and run again. The journal
 * is deleted once the output directory is in place. Journaling is best effort: a journal that cannot
 * be written (a full disk) is dropped and the run goes on without it.
 */
public final class ResumeJournal {
    /** The identity of the run the journal belongs to. */
    static final String IDENTITY = "identity.txt";
    /** The units' results, each: length (4 bytes), then the gzip'ed Java serialization of a RunRecord. */
    static final String UNITS = "units.bin";

    private final Path folder;
    /** The identity to write when the journal is created; null for a journal being resumed. */
    private final String newIdentity;
    private long readable;
    /** Whether this new journal's folder was made (a new run makes it once, on the first open). */
    private boolean created;

    private ResumeJournal(Path folder, String newIdentity, long readable) {
        this.folder = folder;
        this.newIdentity = newIdentity;
        this.readable = readable;
    }

    /** Where the journal of the output directory {@code outDir} lives. */
    public static Path folderOf(Path outDir) {
        String target = outDir.toAbsolutePath().normalize().toString();
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(target.getBytes(StandardCharsets.UTF_8));
            return root().resolve(java.util.HexFormat.of().formatHex(digest, 0, 12));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The folder of every journal of this user. */
    static Path root() {
        String configured = System.getProperty("orgsim.journals");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("orgsim").resolve("journals");
    }

    /**
     * A new journal for {@code outDir}, replacing the one a run stopped earlier may have left. Nothing
     * is written until the first executor opens, so input refused before the run leaves nothing.
     */
    public static ResumeJournal start(Path outDir, String identity) {
        return new ResumeJournal(folderOf(outDir), identity, 0);
    }

    /**
     * Opens the journal a stopped run left for {@code outDir}, to resume it.
     *
     * @throws InputException when there is no such journal, or it belongs to another scenario, seed,
     *                        rule set or number of replications
     */
    public static ResumeJournal resume(Path outDir, String identity) throws IOException {
        Path folder = folderOf(outDir);
        if (Files.isDirectory(outDir) && !isEmpty(outDir)) {
            throw new InputException("--resume " + outDir + ": this results directory is complete; there is "
                    + "nothing to resume");
        }
        if (!Files.isRegularFile(folder.resolve(IDENTITY)) || !Files.isRegularFile(folder.resolve(UNITS))) {
            throw new InputException("--resume " + outDir + ": no stopped run to resume there (no journal in "
                    + folder + "); give the --out of a stopped run of a scenario with a sweep or screening");
        }
        String recorded = Files.readString(folder.resolve(IDENTITY), StandardCharsets.UTF_8);
        if (!recorded.equals(identity)) {
            throw new InputException("--resume " + outDir + ": the stopped run was of another scenario, rule "
                    + "files, seed or number of replications; resume it with the same scenario file and options "
                    + "(the journal says:\n" + recorded.strip() + ")");
        }
        return new ResumeJournal(folder, null, completeLength(folder.resolve(UNITS)));
    }

    /** The identity of a run: what its results depend on, one line each. */
    public static String identity(Path outDir, String scenarioDigest, long seed, int replications,
                                  String ruleDigests) {
        return "out=" + outDir.toAbsolutePath().normalize() + "\nscenario-sha256=" + scenarioDigest + "\nseed=" + seed
                + "\nreplications=" + replications + "\nrules=" + ruleDigests + "\n";
    }

    /** The executors of {@code inner}, with every unit journaled and journaled units not run again. */
    public UnitExecutor.Factory around(UnitExecutor.Factory inner) {
        return (scenario, local) -> {
            UnitExecutor executor = inner.open(scenario, local);
            try {
                return new Journaled(executor, scenario);
            } catch (RuntimeException failure) {
                executor.close();
                throw failure;
            }
        };
    }

    /** Deletes the journal: the output directory is complete. */
    public void finish() throws IOException {
        delete(folder);
    }

    /** Units in the journal so far that a resumed run reads instead of running them. */
    public long journaledUnits() throws IOException {
        long units = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(folder.resolve(UNITS))))) {
            for (long at = 0; at < readable; units++) {
                int length = in.readInt();
                in.skipNBytes(length);
                at += 4L + length;
            }
        }
        return units;
    }

    /** The length of the prefix of whole entries; a cut-off last entry is dropped. */
    private static long completeLength(Path units) throws IOException {
        long complete = 0;
        long size = Files.size(units);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(units)))) {
            while (complete + 4 <= size) {
                int length = in.readInt();
                if (length < 0 || complete + 4 + length > size) {
                    break;
                }
                in.skipNBytes(length);
                complete += 4L + length;
            }
        }
        try (FileChannel channel = FileChannel.open(units, StandardOpenOption.WRITE)) {
            channel.truncate(complete);
        }
        return complete;
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Gzip at its fastest level: the journal is written on the thread that folds, and read at most once. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(java.util.zip.Deflater.BEST_SPEED);
        }
    }

    /** An executor that first replays the journal's prefix, then runs and journals the rest. */
    private final class Journaled implements UnitExecutor {
        private final UnitExecutor inner;
        private final Scenario scenario;
        private final DataInputStream replay;
        private final OutputStream append;
        private long replayed;
        private boolean broken;

        Journaled(UnitExecutor inner, Scenario scenario) {
            this.inner = inner;
            this.scenario = scenario;
            Path units = folder.resolve(UNITS);
            DataInputStream replayFrom = null;
            OutputStream appendTo = null;
            try {
                if (newIdentity != null && !created) {
                    // A new run replaces whatever a run stopped earlier left for the same output directory.
                    delete(folder);
                    Files.createDirectories(folder);
                    Files.writeString(folder.resolve(IDENTITY), newIdentity, StandardCharsets.UTF_8);
                    Files.write(units, new byte[0]);
                    created = true;
                }
                replayFrom = new DataInputStream(new BufferedInputStream(Files.newInputStream(units)));
                appendTo = Files.newOutputStream(units, StandardOpenOption.APPEND);
            } catch (IOException failure) {
                if (newIdentity == null) {
                    throw new InputException("--resume: the journal " + folder + " cannot be read (" + failure + ")",
                            failure);
                }
                broken = true; // no journal (a read-only or full cache folder): the run goes on without one
            }
            this.replay = replayFrom;
            this.append = appendTo;
        }

        @Override
        public void run(int count, IntFunction<Unit> units, Sink sink) throws InterruptedException {
            int fromJournal = 0;
            while (fromJournal < count && replayed < readable) {
                Unit unit = units.apply(fromJournal);
                RunRecord run = read();
                String variant = scenario.variants().get(unit.variant()).name();
                if (!run.variant().equals(variant) || run.replication() != unit.replication()) {
                    throw new InputException("--resume: the journal " + folder + " does not match this run (unit "
                            + fromJournal + " is " + run.variant() + " replication " + run.replication()
                            + ", expected " + variant + " replication " + unit.replication() + ")");
                }
                sink.accept(fromJournal, run);
                fromJournal++;
            }
            int first = fromJournal;
            inner.run(count - first, index -> units.apply(first + index), (index, run) -> {
                write(run);
                sink.accept(first + index, run);
            });
        }

        private RunRecord read() {
            try {
                int length = replay.readInt();
                byte[] bytes = replay.readNBytes(length);
                if (bytes.length != length) {
                    throw new EOFException();
                }
                replayed += 4L + length;
                try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes)))) {
                    return (RunRecord) in.readObject();
                }
            } catch (IOException | ClassNotFoundException | ClassCastException failure) {
                throw new InputException("--resume: the journal " + folder + " cannot be read (" + failure
                        + "); run the scenario again without --resume", failure);
            }
        }

        private void write(RunRecord run) {
            if (broken) {
                return;
            }
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ObjectOutputStream out = new ObjectOutputStream(new FastGzip(bytes))) {
                    out.writeObject(run);
                }
                // One write of length and content, so a killed program leaves at most one cut-off entry.
                append.write(ByteBuffer.allocate(4 + bytes.size()).putInt(bytes.size()).put(bytes.toByteArray()).array());
                append.flush();
            } catch (IOException failure) {
                // A full disk or a lost cache folder: the run matters more than being resumable.
                broken = true;
                try {
                    append.close();
                    delete(folder);
                } catch (IOException ignored) {
                    // Nothing more to do: a journal without its identity or units is never resumed.
                }
            }
        }

        @Override
        public void close() {
            try {
                if (replay != null) {
                    replay.close();
                }
                if (append != null) {
                    append.close();
                }
            } catch (IOException ignored) {
                // Closing a journal whose content is flushed already: nothing is lost.
            } finally {
                inner.close();
            }
        }
    }
}
