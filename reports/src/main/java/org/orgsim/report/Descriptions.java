package org.orgsim.report;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.orgsim.results.ResultsDirectory;

/**
 * The scenario's and the variants' descriptions in the report's language. A scenario may give a
 * description per language ({@code description: {en: ..., nl: ...}}, checked by the loader); the
 * results files hold the English one, so a report in another language reads its text from the
 * scenario copy in the results folder ({@code scenario.yaml}), and falls back to the English text
 * where there is none.
 */
final class Descriptions {
    private final String scenario;
    private final Map<String, String> variants = new HashMap<>();

    Descriptions(ResultsDirectory data, Language language) {
        String found = data.description();
        if (language != Language.ENGLISH && data.scenarioText().isPresent()) {
            try {
                JsonNode root = new YAMLMapper().readTree(data.scenarioText().get());
                found = translated(root == null ? null : root.get("description"), language).orElse(found);
                JsonNode list = root == null ? null : root.get("variants");
                if (list != null && list.isArray()) {
                    for (JsonNode variant : list) {
                        JsonNode name = variant.get("name");
                        translated(variant.get("description"), language)
                                .ifPresent(text -> variants.put(name == null ? "" : name.asText(), text));
                    }
                }
            } catch (java.io.IOException | RuntimeException unreadable) {
                // The loader read this file before the run; a copy that no longer parses only
                // costs the translation, and the report keeps the English text.
            }
        }
        this.scenario = found;
    }

    private static java.util.Optional<String> translated(JsonNode description, Language language) {
        if (description == null || !description.isObject() || !description.path(language.tag()).isTextual()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(description.get(language.tag()).textValue().trim());
    }

    String scenario() {
        return scenario;
    }

    String of(ResultsDirectory.Variant variant) {
        return variants.getOrDefault(variant.name(), variant.description());
    }
}
