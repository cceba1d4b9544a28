package org.orgsim.results;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON dialect of the output files: two-space indentation, {@code \n} line ends on every
 * platform, a trailing newline, and decimals written plainly as {@link Numbers} rounds them
 * (Jackson would otherwise print a stripped {@code 1000} as {@code 1E+3}).
 */
final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** A rounded number, or {@code null} when it is not finite. */
    static JsonNode number(double value) {
        BigDecimal decimal = Numbers.decimal(value);
        return decimal == null ? NODES.nullNode() : NODES.numberNode(decimal);
    }

    /** The {@code [low, high]} pair of an interval. */
    static ArrayNode interval(double low, double high) {
        return array().add(number(low)).add(number(high));
    }

    static void write(JsonNode node, Path file) throws IOException {
        String text = MAPPER.writer(prettyPrinter()).writeValueAsString(node) + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static JsonNode read(Path file) throws IOException {
        return MAPPER.readTree(file.toFile());
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);
    }
}
