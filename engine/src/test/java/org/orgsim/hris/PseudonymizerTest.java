package org.orgsim.hris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.contract.SmallGroupSuppression;
import org.orgsim.contract.InputException;

class PseudonymizerTest {
    @TempDir
    Path temp;

    @Test
    void theKeyFileIsCreatedOnFirstUsePrivateAndReusedAfterwards() throws IOException {
        Path file = temp.resolve("home").resolve(".orgsim").resolve("pseudonym.key");
        List<String> notices = new ArrayList<>();
        Pseudonymizer first = Pseudonymizer.fromKeyFile(file, notices::add);
        assertTrue(Files.isRegularFile(file));
        String key = Files.readString(file, StandardCharsets.US_ASCII);
        assertTrue(key.matches("[0-9a-f]{64}\n"), key);
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).startsWith("created the pseudonym key " + file), notices.get(0));
        assertFalse(notices.get(0).contains(key.strip()), "the key itself is never told");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        }
        try (var leftovers = Files.list(file.getParent())) {
            assertEquals(List.of(file), leftovers.toList(), "no temporary files left behind");
        }

        Pseudonymizer again = Pseudonymizer.fromKeyFile(file, notices::add);
        assertEquals(1, notices.size(), "an existing key is used as it is");
        assertEquals(first.pseudonym("12345"), again.pseudonym("12345"));
        assertEquals(Files.readString(file, StandardCharsets.US_ASCII), key);
    }

    @Test
    void pseudonymsDependOnTheKeyAndTheId() {
        Pseudonymizer one = Pseudonymizer.withKey(Imports.KEY);
        Pseudonymizer other = Pseudonymizer.withKey("another key, also not a secret!!".getBytes(StandardCharsets.US_ASCII));
        assertEquals(one.pseudonym("12345"), one.pseudonym("12345"));
        assertNotEquals(one.pseudonym("12345"), one.pseudonym("12346"));
        assertNotEquals(one.pseudonym("12345"), other.pseudonym("12345"));
        assertTrue(Pseudonymizer.personId(one.pseudonym("12345")).matches("P[0-9a-f]{16}"));
        assertNotEquals(one.teamName("12345"), Pseudonymizer.personId(one.pseudonym("12345")).substring(0, 11));
    }

    @Test
    void aDamagedKeyFileIsBadInputWithoutShowingIt() throws IOException {
        Path file = temp.resolve("pseudonym.key");
        Files.writeString(file, "not a key at all, secret words here\n");
        InputException problem = assertThrows(InputException.class, () -> Pseudonymizer.fromKeyFile(file, m -> { }));
        assertTrue(problem.getMessage().startsWith(file + ": is not an orgsim pseudonym key (expected 64 hexadecimal "
                + "digits)"), problem.getMessage());
        assertFalse(problem.getMessage().contains("secret"));
    }

    @Test
    void theKeyFileCanBeNamedBySystemProperty() {
        String before = System.getProperty(Pseudonymizer.KEY_FILE_PROPERTY);
        try {
            System.setProperty(Pseudonymizer.KEY_FILE_PROPERTY, temp.resolve("k").toString());
            assertEquals(temp.resolve("k"), Pseudonymizer.keyFile());
            System.clearProperty(Pseudonymizer.KEY_FILE_PROPERTY);
            if (System.getenv(Pseudonymizer.KEY_FILE_VARIABLE) == null) {
                assertEquals(Path.of(System.getProperty("user.home"), ".orgsim", "pseudonym.key"), Pseudonymizer.keyFile());
            }
        } finally {
            if (before == null) {
                System.clearProperty(Pseudonymizer.KEY_FILE_PROPERTY);
            } else {
                System.setProperty(Pseudonymizer.KEY_FILE_PROPERTY, before);
            }
        }
    }

    @Test
    void smallGroupRule() {
        assertTrue(SmallGroupSuppression.isSuppressed(4));
        assertFalse(SmallGroupSuppression.isSuppressed(5));
        assertEquals("n<5", SmallGroupSuppression.figure(4, "0.31"));
        assertEquals("0.31", SmallGroupSuppression.figure(5, "0.31"));
        assertEquals(SmallGroupSuppression.WITHHELD, SmallGroupSuppression.detail(1, "laid off 1 of 1 members"));
        assertTrue(SmallGroupSuppression.isWithheld(SmallGroupSuppression.detail(3, "x")));
        assertTrue(SmallGroupSuppression.note("en").contains("5 or more people"));
        assertTrue(SmallGroupSuppression.note("nl").contains("5 of meer mensen"));
    }
}
