package org.orgsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir
    Path temporary;

    static Manifest sample() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("rules/z.drl", Manifest.sha256("z"));
        rules.put("rules/a.drl", Manifest.sha256("a"));
        return new Manifest("0.1.0-SNAPSHOT", "test-scenario", "scenarios/test.yaml", Manifest.sha256("name: x\n"),
                rules, 42L, 3, 2, "17.0.15", Instant.parse("2025-01-02T03:04:05Z"),
                Instant.parse("2025-01-02T03:04:06.5Z"));
    }

    @Test
    void sha256IsLowerCaseHexOfTheUtf8Bytes() throws IOException {
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertEquals(abc, Manifest.sha256("abc"));
        Path file = temporary.resolve("abc.txt");
        Files.writeString(file, "abc", StandardCharsets.UTF_8);
        assertEquals(abc, Manifest.sha256(file));
    }

    @Test
    void ruleFilesAreSortedByPathAndCannotBeChanged() {
        Manifest manifest = sample();
        assertEquals(List.of("rules/a.drl", "rules/z.drl"), List.copyOf(manifest.ruleFileSha256().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> manifest.ruleFileSha256().put("x", "y"));
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        Manifest manifest = sample();
        Path file = temporary.resolve("manifest.json");
        ManifestJson.write(manifest, file);
        assertEquals(manifest, ManifestJson.read(file));
        Manifest inCode = new Manifest("1", "s", null, "00", Map.of(), -7L, 1, 1, "17",
                Instant.EPOCH, Instant.EPOCH);
        ManifestJson.write(inCode, file);
        assertNull(ManifestJson.read(file).scenarioFile());
        assertEquals(inCode, ManifestJson.read(file));
    }

    @Test
    void readingSomethingElseFailsWithTheFileName() throws IOException {
        Path file = temporary.resolve("manifest.json");
        Files.writeString(file, "{\"orgsimVersion\": \"1\"}\n");
        IOException failure = assertThrows(IOException.class, () -> ManifestJson.read(file));
        assertEquals(true, failure.getMessage().contains("manifest.json"), failure.getMessage());
    }
}
