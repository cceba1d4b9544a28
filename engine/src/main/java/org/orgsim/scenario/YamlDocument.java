package org.orgsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Turns YAML text into a Jackson tree, or into one short {@code file:line:column: malformed YAML}
 * message. SnakeYAML's own messages span several lines with a copy of the offending line; the
 * user's editor shows that line better, so only the problem and its position are kept.
 */
final class YamlDocument {
    /**
     * A repeated key would otherwise silently win over the first, and the user would not know
     * which one counts. {@code size:} with nothing after it would otherwise be the text "", where
     * the user means "not given".
     */
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private YamlDocument() {
    }

    /** The document's root, or null when the text holds no YAML value at all. */
    static JsonNode read(String text, String file) {
        String content = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        try (JsonParser parser = FACTORY.createParser(content)) {
            JsonNode root = MAPPER.readTree(parser);
            // A second document after "---" would be ignored without a word; say so instead.
            if (root != null && parser.nextToken() != null) {
                throw new ScenarioException(file + position(parser.currentTokenLocation())
                        + ": holds more than one YAML document (a second one starts here); "
                        + "a scenario file holds one document");
            }
            return root;
        } catch (JsonProcessingException exception) {
            throw malformed(exception, file);
        } catch (YAMLException exception) {
            throw malformed(exception, file);
        } catch (IOException exception) {
            throw new ScenarioException(file + ": cannot be read: " + exception.getMessage(), exception);
        }
    }

    private static ScenarioException malformed(JsonProcessingException exception, String file) {
        if (exception.getCause() instanceof MarkedYAMLException marked) {
            return malformed(marked, file);
        }
        return new ScenarioException(file + position(exception.getLocation()) + ": malformed YAML: "
                + firstLine(exception.getOriginalMessage()), exception);
    }

    private static ScenarioException malformed(YAMLException exception, String file) {
        if (exception instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            String context = marked.getContext() == null ? "" : " (" + marked.getContext()
                    + (marked.getContextMark() == null ? "" : " started at " + lineAndColumn(marked.getContextMark()))
                    + ")";
            return new ScenarioException(file + ":" + lineAndColumn(mark) + ": malformed YAML: "
                    + firstLine(marked.getProblem()) + context, exception);
        }
        return new ScenarioException(file + ": malformed YAML: " + firstLine(exception.getMessage()), exception);
    }

    /** SnakeYAML counts lines and columns from 0, editors from 1. */
    private static String lineAndColumn(Mark mark) {
        return (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    private static String position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return ":" + location.getLineNr() + (location.getColumnNr() < 1 ? "" : ":" + location.getColumnNr());
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable content";
        }
        String trimmed = message.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }
}
