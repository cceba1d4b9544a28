package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every failure to write the output ends with exit status 2, a message naming the path, and
 * nothing left behind: a name too long, a read-only file system, a full disk (a real 64 KB file
 * system, where the test can mount one in its own user and mount namespace).
 */
class OutputFailureTest {
    @TempDir
    Path temp;

    private Path tiny() throws IOException {
        return Files.copy(CliRunner.resource("scenarios/tiny.yaml"), temp.resolve("tiny.yaml"));
    }

    private List<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNameTooLongIsRefusedBeforeTheRunAndLeavesNothing() throws IOException {
        Path scenario = tiny();
        Path out = temp.resolve("results").resolve("x".repeat(300)).resolve("run");
        CliRunner.Outcome outcome = CliRunner.run("run", scenario.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, outcome.status(), outcome.err());
        assertTrue(outcome.err().startsWith("orgsim: " + out.toAbsolutePath().normalize() + ": cannot be written: the name"), outcome.err());
        assertEquals(List.of("tiny.yaml"), entries(temp), "no results/ left behind");
    }

    @Test
    void aScenarioNameOf300CharactersLeavesNoEmptyOutFolder() throws IOException, InterruptedException {
        Path scenario = Files.writeString(temp.resolve("long.yaml"),
                Files.readString(CliRunner.resource("scenarios/tiny.yaml")).replace("name: tiny", "name: " + "n".repeat(300)));
        Process process = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", scenario.toString(), "--quiet").directory(temp.toFile()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("log.txt").toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        String log = Files.readString(temp.resolve("log.txt"));
        assertEquals(2, process.exitValue(), log);
        assertTrue(log.startsWith("orgsim: ") && !log.contains("\tat "), log);
        assertEquals(List.of("log.txt", "long.yaml"), entries(temp), "no out/ left behind");
    }

    @Test
    void aFullDiskIsBadInputNamingThePathAndLeavesNothing() throws IOException, InterruptedException {
        Shell shell = inOwnMountNamespace("size=64k", tiny());
        assertEquals(2, shell.status(), shell.log());
        assertTrue(shell.log().contains("orgsim: " + shell.mount().resolve("out") + ": cannot be written ("), shell.log());
        assertTrue(shell.log().contains("No space left on device"), shell.log());
        assertTrue(shell.log().contains("LEFT:[]"), "nothing left on the full file system: " + shell.log());
        assertFalse(shell.log().contains("\tat "), shell.log());
    }

    @Test
    void aReadOnlyFileSystemIsRefusedBeforeTheRun() throws IOException, InterruptedException {
        Shell shell = inOwnMountNamespace("ro,size=64k", tiny());
        assertEquals(2, shell.status(), shell.log());
        assertTrue(shell.log().contains("orgsim: " + shell.mount().resolve("out") + ": cannot be written: " + shell.mount()
                + " is not writable"), shell.log());
        assertTrue(shell.log().contains("LEFT:[]"), shell.log());
    }

    private record Shell(int status, String log, Path mount) {
    }

    /**
     * Runs {@code orgsim run} with {@code --out} on a fresh tmpfs mounted with {@code options} in a
     * user and mount namespace of its own (unshare -rm: no root needed where user namespaces are
     * allowed); skips the test where that is not possible.
     */
    private Shell inOwnMountNamespace(String options, Path scenario) throws IOException, InterruptedException {
        Path mount = Files.createDirectory(temp.resolve("mnt"));
        Process probe;
        try {
            probe = new ProcessBuilder("unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs \"$1\"", "sh",
                    mount.toString()).redirectErrorStream(true).start();
        } catch (IOException noUnshare) {
            assumeTrue(false, "unshare is not available: " + noUnshare.getMessage());
            return null;
        }
        assumeTrue(probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0,
                "cannot mount a small file system here: " + new String(probe.getInputStream().readAllBytes()));
        List<String> command = new ArrayList<>(List.of("unshare", "-rm", "sh", "-c",
                "mount -t tmpfs -o \"$1\" tmpfs \"$2\" || exit 99; \"$3\" -cp \"$4\" " + Main.class.getName()
                        + " run \"$5\" --out \"$2/out\" --quiet --threads 1; status=$?; echo \"LEFT:[$(ls -A \"$2\")]\"; exit $status",
                "sh", options, mount.toString(), java(), System.getProperty("java.class.path"), scenario.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(temp.resolve("shell.txt").toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "ends");
        return new Shell(process.exitValue(), Files.readString(temp.resolve("shell.txt")), mount);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
