package org.orgsim.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The provenance of one output directory ({@code manifest.json}): what was run, with which inputs
 * (by content hash, so an edited rule file is noticed even when its name did not change), and how.
 *
 * @param orgsimVersion  version of the engine that produced the results
 * @param scenarioName   the scenario's name
 * @param scenarioFile   path of the scenario file as given, or null for a scenario built in code
 * @param scenarioSha256 sha-256 of the scenario file's text, hex lower-case
 * @param ruleFileSha256 sha-256 per rule file path, iterated in path order so the file is stable
 * @param seed           master seed actually used (after any command-line override)
 * @param replications   replications actually run (after any command-line override)
 * @param threads        worker threads (does not affect the results, recorded for timing questions)
 * @param javaVersion    {@code System.getProperty("java.version")} of the run
 * @param started        when the experiment started
 * @param finished       when it finished
 * @param dataFileSha256 sha-256 per imported data file (HRIS export, survey), in path order; empty
 *                       for generated organizations
 */
public record Manifest(String orgsimVersion, String scenarioName, String scenarioFile, String scenarioSha256,
                       Map<String, String> ruleFileSha256, long seed, int replications, int threads,
                       String javaVersion, Instant started, Instant finished, Map<String, String> dataFileSha256) {
    public Manifest(String orgsimVersion, String scenarioName, String scenarioFile, String scenarioSha256,
                    Map<String, String> ruleFileSha256, long seed, int replications, int threads,
                    String javaVersion, Instant started, Instant finished) {
        this(orgsimVersion, scenarioName, scenarioFile, scenarioSha256, ruleFileSha256, seed, replications, threads,
                javaVersion, started, finished, Map.of());
    }

    public Manifest {
        dataFileSha256 = Collections.unmodifiableMap(new TreeMap<>(dataFileSha256));
        Objects.requireNonNull(orgsimVersion, "orgsimVersion");
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(scenarioSha256, "scenarioSha256");
        ruleFileSha256 = Collections.unmodifiableMap(new TreeMap<>(ruleFileSha256));
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
    }

    /** The sha-256 of a file's bytes, hex lower-case. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return hex(digest.digest());
    }

    /** The sha-256 of a text's UTF-8 bytes, hex lower-case; equals {@link #sha256(Path)} of a UTF-8 file. */
    public static String sha256(String text) {
        return hex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java platform must provide SHA-256 (MessageDigest's specification).
            throw new IllegalStateException(impossible);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
