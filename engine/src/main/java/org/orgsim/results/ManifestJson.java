package org.orgsim.results;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code manifest.json}: the {@link Manifest} with its component names as keys, times in ISO-8601
 * UTC. Read back by commands that work on an existing output directory (report, replay, fork).
 */
public final class ManifestJson {
    private ManifestJson() {
    }

    static ObjectNode of(Manifest manifest) {
        ObjectNode root = Json.object();
        root.put("orgsimVersion", manifest.orgsimVersion());
        root.put("scenarioName", manifest.scenarioName());
        root.put("scenarioFile", manifest.scenarioFile());
        root.put("scenarioSha256", manifest.scenarioSha256());
        ObjectNode rules = root.putObject("ruleFileSha256");
        manifest.ruleFileSha256().forEach(rules::put);
        root.put("seed", manifest.seed());
        root.put("replications", manifest.replications());
        root.put("threads", manifest.threads());
        root.put("javaVersion", manifest.javaVersion());
        root.put("started", manifest.started().toString());
        root.put("finished", manifest.finished().toString());
        if (!manifest.dataFileSha256().isEmpty()) {
            ObjectNode data = root.putObject("dataFileSha256");
            manifest.dataFileSha256().forEach(data::put);
        }
        return root;
    }

    public static void write(Manifest manifest, Path file) throws IOException {
        Json.write(of(manifest), file);
    }

    /**
     * Reads a manifest written by {@link #write}.
     *
     * @throws IOException if the file cannot be read, is not JSON, or lacks a field
     */
    public static Manifest read(Path file) throws IOException {
        JsonNode root = Json.read(file);
        try {
            Map<String, String> rules = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : required(root, "ruleFileSha256").properties()) {
                rules.put(entry.getKey(), entry.getValue().asText());
            }
            Map<String, String> data = new LinkedHashMap<>();
            if (root.has("dataFileSha256")) {
                for (Map.Entry<String, JsonNode> entry : root.get("dataFileSha256").properties()) {
                    data.put(entry.getKey(), entry.getValue().asText());
                }
            }
            JsonNode scenarioFile = root.get("scenarioFile");
            return new Manifest(required(root, "orgsimVersion").asText(), required(root, "scenarioName").asText(),
                    scenarioFile == null || scenarioFile.isNull() ? null : scenarioFile.asText(),
                    required(root, "scenarioSha256").asText(), rules, required(root, "seed").asLong(),
                    required(root, "replications").asInt(), required(root, "threads").asInt(),
                    required(root, "javaVersion").asText(), Instant.parse(required(root, "started").asText()),
                    Instant.parse(required(root, "finished").asText()), data);
        } catch (IllegalArgumentException | DateTimeParseException invalid) {
            throw new IOException(file + ": not a valid orgsim manifest: " + invalid.getMessage(), invalid);
        }
    }

    private static JsonNode required(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return value;
    }
}
