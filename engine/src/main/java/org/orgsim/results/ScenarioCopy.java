package org.orgsim.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The copy of the scenario in a results directory ({@code scenario.yaml}): shown verbatim in the
 * report, and the only place the variants' descriptions are kept ({@code summary.json} has none).
 */
final class ScenarioCopy {
    private static final ObjectMapper YAML = new YAMLMapper();

    private ScenarioCopy() {
    }

    static String text(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new ResultsFileException(file, "cannot be read: " + unreadable, unreadable);
        }
    }

    /** Variant name → description, from the {@code variants} list of the scenario as run. */
    static Map<String, String> variantDescriptions(Path file, String text) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException invalid) {
            throw new ResultsFileException(file, "not valid YAML: " + invalid.getOriginalMessage(), invalid);
        }
        Map<String, String> descriptions = new LinkedHashMap<>();
        JsonNode variants = root == null ? null : root.get("variants");
        if (variants != null && variants.isArray()) {
            for (JsonNode variant : variants) {
                JsonNode name = variant.get("name");
                JsonNode description = variant.get("description");
                if (description != null && description.isObject()) {
                    description = description.get("en"); // {en: ..., nl: ...}: the English text, as in summary.json
                }
                if (name != null && name.isValueNode() && description != null && description.isValueNode()) {
                    descriptions.put(name.asText(), description.asText().strip());
                }
            }
        }
        return descriptions;
    }
}
