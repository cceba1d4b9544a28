package org.orgsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A value of the parsed YAML tree together with its path, so that every type or range problem can
 * be reported as {@code file: path problem} without the caller assembling messages by hand. An
 * absent field is a node too (with no value), which lets the loader write
 * {@code map.field("size").required(hint).wholeNumber(1, 500)} in one line.
 */
final class YamlNode {
    private static final int LONGEST_QUOTED_TEXT = 60;

    /** Null when the field is absent. */
    private final JsonNode value;
    private final YamlPath path;
    private final String file;

    YamlNode(JsonNode value, YamlPath path, String file) {
        this.value = value;
        this.path = path;
        this.file = file;
    }

    YamlPath path() {
        return path;
    }

    /** The file as messages name it (the scenario's path as given). */
    String file() {
        return file;
    }

    /** An explicit null ({@code size:} with nothing after it) counts as absent, as users expect. */
    boolean isAbsent() {
        return value == null || value.isNull() || value.isMissingNode();
    }

    boolean isText() {
        return !isAbsent() && value.isTextual();
    }

    boolean isMap() {
        return !isAbsent() && value.isObject();
    }

    /** A problem at this node; the message starts with the file and the path. */
    ScenarioException problem(String problem) {
        String subject = path.isRoot() ? "the document" : path.toString();
        return new ScenarioException(file + ": " + subject + " " + problem);
    }

    /**
     * A problem told as a sentence of its own after the path, {@code file: path: text}, for
     * messages that start with the value rather than with a verb ({@code rules[0]: x.drl not found}).
     */
    ScenarioException statement(String text) {
        String subject = path.isRoot() ? "the document" : path.toString();
        return new ScenarioException(file + ": " + subject + ": " + text);
    }

    /** The node's value has the wrong type or is not one of the allowed values. */
    ScenarioException mismatch(String expectation) {
        return problem("must be " + expectation + ", was " + describeValue());
    }

    YamlNode required(String hint) {
        if (isAbsent()) {
            throw problem("is missing (" + hint + ")");
        }
        return this;
    }

    /** Checks that this is a map whose keys are all among {@code knownFields}. */
    YamlNode map(String expectation, List<String> knownFields) {
        if (!isMap()) {
            throw mismatch(expectation);
        }
        for (String name : fieldNames()) {
            if (!knownFields.contains(name)) {
                String known = "known fields: " + String.join(", ", knownFields);
                String hint = YamlSuggestion.closest(name, knownFields)
                        .map(suggestion -> "did you mean '" + suggestion + "'? " + known)
                        .orElse(known);
                throw field(name).problem("is not a known field (" + hint + ")");
            }
        }
        return this;
    }

    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            names.add(entry.getKey());
        }
        return names;
    }

    /** A field of this map; absent when the map does not have it. */
    YamlNode field(String name) {
        JsonNode child = isMap() ? value.get(name) : null;
        return new YamlNode(child, path.field(name), file);
    }

    List<YamlNode> list(String expectation) {
        if (isAbsent() || !value.isArray()) {
            throw mismatch(expectation);
        }
        List<YamlNode> elements = new ArrayList<>(value.size());
        for (int position = 0; position < value.size(); position++) {
            elements.add(new YamlNode(value.get(position), path.index(position), file));
        }
        return elements;
    }

    /** A YAML boolean ({@code true} or {@code false}); {@code fallback} when absent. */
    boolean bool(boolean fallback) {
        if (isAbsent()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw mismatch("true or false");
        }
        return value.booleanValue();
    }

    /** The text, trimmed, because stray spaces around a YAML value are never meant. */
    String text() {
        if (isAbsent() || !value.isTextual()) {
            throw problem("must be text, was " + describeValueForText());
        }
        return value.textValue().trim();
    }

    String nonEmptyText() {
        String text = text();
        if (text.isEmpty()) {
            throw problem("must not be empty");
        }
        return text;
    }

    int wholeNumber(int min, int max) {
        return (int) wholeNumber((long) min, (long) max);
    }

    long wholeNumber(long min, long max) {
        BigDecimal number = exactNumber("a whole number");
        if (!isWhole(number)) {
            throw mismatch("a whole number");
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw problem("must be >= " + min + ", was " + format(number));
        }
        if (number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw problem("must be <= " + max + ", was " + format(number));
        }
        return number.longValueExact();
    }

    /** A number within {@code min..max}, bounds included. */
    double number(double min, double max) {
        String range = "between " + format(min) + " and " + format(max);
        BigDecimal number = exactNumber("a number " + range);
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw problem("must be " + range + ", was " + format(number));
        }
        return number.doubleValue();
    }

    /** The number exactly as written, so that range checks and messages never round. */
    BigDecimal exactNumber(String expectation) {
        if (isAbsent() || !value.isNumber() || isNonFinite()) {
            throw mismatch(expectation);
        }
        return value.decimalValue();
    }

    /** Infinity and NaN have no exact decimal value; YAML's .inf and .nan are among them. */
    private boolean isNonFinite() {
        return (value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue());
    }

    static boolean isWhole(BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 0;
    }

    /** Plain decimal notation without a trailing ".0": users wrote 12, not 12.0 or 1.2E1. */
    static String format(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    static String format(double number) {
        return format(BigDecimal.valueOf(number));
    }

    /** YAML reads unquoted 2024 as a number and yes as true; quotes are the fix in both cases. */
    private String describeValueForText() {
        if (!isAbsent() && value.isBoolean()) {
            return value.asText() + " (YAML reads yes, no, on, off, true and false as a yes/no value; "
                    + "put it in quotes to use it as text)";
        }
        if (!isAbsent() && value.isNumber()) {
            return describeValue() + " (put it in quotes to use it as text)";
        }
        return describeValue();
    }

    private String describeValue() {
        if (isAbsent()) {
            return "nothing";
        }
        if (value.isTextual()) {
            return quote(value.textValue());
        }
        if (value.isNumber()) {
            return isNonFinite() ? value.asText() : format(value.decimalValue());
        }
        if (value.isBoolean()) {
            return value.asText() + " (a yes/no value)";
        }
        if (value.isObject()) {
            return "a map";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isBinary()) {
            return "binary data";
        }
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String quote(String text) {
        String shown = text.replace("\n", "\\n");
        if (shown.length() > LONGEST_QUOTED_TEXT) {
            shown = shown.substring(0, LONGEST_QUOTED_TEXT) + "...";
        }
        return '"' + shown + '"';
    }
}
