package org.orgsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.scenario.Scenario;

/**
 * {@code --out} on an existing empty directory: one of the user's own is filled and keeps the
 * permissions the user gave it; another user's is refused and left as it was (not replaced).
 */
class EmptyTargetDirectoryTest {
    @TempDir
    Path temp;
    private final Scenario scenario = TestScenarios.scenario(1, 2, "baseline", "baseline");

    @Test
    void anEmptyDirectoryOfOursKeepsItsPermissions() throws IOException {
        Path out = Files.createDirectory(temp.resolve("shared"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-x---"));
        ResultsWriter.write(TestScenarios.results(scenario, TestScenarios.constant(1)), ManifestTest.sample(), out);
        assertTrue(Files.isRegularFile(out.resolve(ResultsWriter.SUMMARY_FILE)));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void anEmptyDirectoryOfAnotherUserIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectory(temp.resolve("theirs"));
        UserPrincipal other;
        try {
            other = out.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(out, other);
        } catch (IOException | UnsupportedOperationException notPossible) {
            assumeTrue(false, "cannot give a directory to another user here (needs root): " + notPossible);
            return;
        }
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxrwxrwx"));
        OutputDirectoryException refused = assertThrows(OutputDirectoryException.class, () ->
                ResultsWriter.write(TestScenarios.results(scenario, TestScenarios.constant(1)), ManifestTest.sample(), out));
        assertTrue(refused.getMessage().contains("exists and belongs to another user (nobody)"), refused.getMessage());
        assertEquals(other, Files.getOwner(out));
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of("theirs"), left.map(path -> path.getFileName().toString()).toList(), "no staging left");
        }
    }
}
