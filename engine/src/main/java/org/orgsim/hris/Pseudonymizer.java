package org.orgsim.hris;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.orgsim.contract.InputException;

/**
 * Turns raw identifiers into pseudonyms with a keyed hash (HMAC-SHA-256), so that nothing orgsim
 * keeps, writes or prints can be traced back to an employee without the key.
 *
 * <p>The key is 32 random bytes, stored as 64 hexadecimal digits in a local file that is created
 * on first use (see {@link #keyFile()} for where) and never copied anywhere: not into outputs, not
 * into messages. The same key gives the same pseudonyms, so the same export gives the same
 * simulation; another key gives other pseudonyms (and, since random streams are keyed by them,
 * other random draws). A plain hash would not do: employee numbers are short and guessable, so
 * anybody could hash all of them and look the pseudonyms up; without the key that is impossible.
 *
 * <p>Not thread-safe (one {@link Mac}); an import runs on one thread.
 */
public final class Pseudonymizer {
    /** System property naming the key file (wins over the environment variable). */
    public static final String KEY_FILE_PROPERTY = "orgsim.pseudonymKeyFile";
    /** Environment variable naming the key file. */
    public static final String KEY_FILE_VARIABLE = "ORGSIM_PSEUDONYM_KEY_FILE";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private final Mac mac;
    private final byte[] digest = new byte[32];

    private Pseudonymizer(byte[] key) {
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException impossible) {
            // Every Java runtime must provide HmacSHA256.
            throw new IllegalStateException("HmacSHA256 is not available", impossible);
        }
    }

    /** A pseudonymizer with the given key (tests; at least 16 bytes). */
    public static Pseudonymizer withKey(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("a pseudonym key needs at least 16 bytes");
        }
        return new Pseudonymizer(key.clone());
    }

    /**
     * Where the key lives: the file named by the system property {@value #KEY_FILE_PROPERTY}, else
     * by the environment variable {@value #KEY_FILE_VARIABLE}, else {@code ~/.orgsim/pseudonym.key}
     * (in the user's home: outside every project folder, so that it is not committed, shared or
     * zipped up with results by accident).
     */
    public static Path keyFile() {
        String property = System.getProperty(KEY_FILE_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String variable = System.getenv(KEY_FILE_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable);
        }
        return Path.of(System.getProperty("user.home"), ".orgsim", "pseudonym.key");
    }

    /**
     * The pseudonymizer of the key in {@code file}, creating the file with a fresh random key if it
     * does not exist (readable by its owner only, where the file system allows). {@code notices}
     * hears about a key being created.
     */
    public static Pseudonymizer fromKeyFile(Path file, Consumer<String> notices) {
        if (!Files.exists(file)) {
            create(file, notices);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException failure) {
            throw new InputException(file + ": the pseudonym key cannot be read: " + failure.getMessage());
        }
        if (text.length() != 2 * KEY_BYTES || !text.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new InputException(file + ": is not an orgsim pseudonym key (expected " + 2 * KEY_BYTES
                    + " hexadecimal digits); remove it to have a new key created, which changes every pseudonym");
        }
        return new Pseudonymizer(HexFormat.of().parseHex(text.toLowerCase(Locale.ROOT)));
    }

    private static void create(Path file, Consumer<String> notices) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path directory = file.toAbsolutePath().getParent();
        try {
            if (!Files.isDirectory(directory)) {
                if (posix) {
                    Files.createDirectories(directory,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(directory);
                }
            }
            // Written to a private temporary file, then moved into place: another orgsim starting
            // at the same moment either sees no key or the whole key, never half of one.
            Path temporary = posix
                    ? Files.createTempFile(directory, ".pseudonym", ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(directory, ".pseudonym", ".tmp");
            try {
                Files.writeString(temporary, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
                Files.move(temporary, file);
                notices.accept("created the pseudonym key " + file + " (keep it private and keep it: "
                        + "the same key gives the same pseudonyms; see docs/privacy.md)");
            } catch (FileAlreadyExistsException lostTheRace) {
                // somebody else created it first: theirs is the key
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException failure) {
            throw new InputException(file + ": the pseudonym key cannot be created: " + failure.getMessage());
        }
    }

    /** The 64-bit pseudonym of a raw identifier (the first 8 bytes of its HMAC). */
    long pseudonym(String raw) {
        mac.update(raw.getBytes(StandardCharsets.UTF_8));
        try {
            mac.doFinal(digest, 0);
        } catch (javax.crypto.ShortBufferException impossible) {
            throw new IllegalStateException(impossible);
        }
        long value = 0;
        for (int index = 0; index < 8; index++) {
            value = value << 8 | (digest[index] & 0xFF);
        }
        return value;
    }

    /** How a person's pseudonym is written: {@code P} and 16 hexadecimal digits. */
    static String personId(long pseudonym) {
        return "P" + HexFormat.of().toHexDigits(pseudonym);
    }

    /**
     * A team's pseudonymous name, {@code T} and 10 hexadecimal digits, for exports whose team names
     * identify people. Domain-separated from person ids, so that a team and an employee with the
     * same text never share a pseudonym.
     */
    String teamName(String rawName) {
        return String.format(Locale.ROOT, "T%010x", pseudonym("team\u0000" + rawName) >>> 24);
    }
}
