package org.orgsim.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure the style guide asks for, checked on the compiled engine: no package cycle
 * among {@code org.orgsim.*} packages (each package can be read, tested and changed with only the
 * packages below it in mind), {@code org.orgsim.contract} at the bottom, and no engine class that
 * refers to the report or command-line code. A class file names every class it uses in its
 * constant pool, so scanning the class files finds every dependency, whether imported or written
 * out in full; comments and javadoc do not count.
 */
class PackageDependenciesTest {
    private static final Path CLASSES = Path.of("target", "classes");
    private static final Pattern REFERENCE = Pattern.compile("org/orgsim/([a-z0-9_/]+)/[A-Z]");
    /** Package → the other org.orgsim packages its classes refer to. */
    private static final Map<String, Set<String>> USES = new TreeMap<>();

    @BeforeAll
    static void readClassFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES.resolve("org/orgsim"))) {
            files.filter(file -> file.toString().endsWith(".class")).forEach(PackageDependenciesTest::read);
        }
        assertTrue(USES.containsKey("org.orgsim.model") && USES.containsKey("org.orgsim.contract"),
                "expected the engine's compiled classes under " + CLASSES.toAbsolutePath() + ", found " + USES.keySet());
    }

    private static void read(Path file) {
        String own = CLASSES.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
        Set<String> uses = USES.computeIfAbsent(own, key -> new TreeSet<>());
        try {
            Matcher matcher = REFERENCE.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            while (matcher.find()) {
                String used = "org.orgsim." + matcher.group(1).replace('/', '.');
                if (!used.equals(own)) {
                    uses.add(used);
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Test
    void noPackageCycles() {
        List<String> cycles = new ArrayList<>();
        for (String start : USES.keySet()) {
            List<String> path = cycleThrough(start, start, new ArrayList<>(List.of(start)), new TreeSet<>());
            if (path != null) {
                cycles.add(String.join(" -> ", path));
            }
        }
        assertEquals(List.of(), cycles, "package cycles; dependencies: " + USES);
    }

    /** A path from {@code at} back to {@code start}, or null when there is none. */
    private static List<String> cycleThrough(String start, String at, List<String> path, Set<String> seen) {
        for (String next : USES.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleThrough(start, next, path, seen);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }

    @Test
    void theContractUsesNoOtherPackage() {
        assertEquals(Set.of(), USES.get("org.orgsim.contract"));
    }

    @Test
    void theEngineNeverRefersToReportOrCommandLineCode() {
        USES.forEach((own, uses) -> uses.forEach(used -> assertTrue(
                !used.startsWith("org.orgsim.report") && !used.startsWith("org.orgsim.cli"),
                own + " refers to " + used)));
    }

    @Test
    void theCheckSeesDependencies() {
        // Guards against a scan that silently finds nothing: these dependencies certainly exist.
        assertTrue(USES.get("org.orgsim.model").contains("org.orgsim.contract"), USES.toString());
        assertTrue(USES.get("org.orgsim.rules").contains("org.orgsim.model"), USES.toString());
    }
}
