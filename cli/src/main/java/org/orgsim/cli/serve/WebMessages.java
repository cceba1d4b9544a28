package org.orgsim.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The page's words in English and Dutch ({@code messages_en.properties}, {@code messages_nl.properties}
 * next to this class, UTF-8). The page fills {@code {0}}-style placeholders itself.
 */
final class WebMessages {
    static final List<String> LANGUAGES = List.of("en", "nl");

    private WebMessages() {
    }

    /** Every message of a language, by key; the language must be one of {@link #LANGUAGES}. */
    static Map<String, String> load(String language) {
        if (!LANGUAGES.contains(language)) {
            throw ApiException.badRequest("unknown language '" + language + "' (languages: " + String.join(", ", LANGUAGES) + ")");
        }
        Properties properties = new Properties();
        try (InputStream in = WebMessages.class.getResourceAsStream("messages_" + language + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("messages_" + language + ".properties is missing from the build");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        Map<String, String> messages = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            messages.put(key, properties.getProperty(key));
        }
        return messages;
    }
}
