package org.orgsim.scenario;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the parameter overrides of one level of a scenario (the scenario itself, or one variant)
 * from its {@code work:} and {@code parameters:} maps, checking every key against {@link Parameter}
 * and every value against the parameter's range.
 *
 * <p>Keys may be flat ({@code stress.baseline: -0.5}), nested ({@code stress: {baseline: -0.5}}) or
 * mixed, because both read naturally in YAML; a parameter set twice at one level is an error
 * rather than a silent "last one wins", since the user cannot tell which one was meant.
 */
final class YamlParameters {
    private static final String WORK_PREFIX = "work.";
    private static final List<String> ALL_KEYS = Parameter.keys();
    private static final List<String> WORK_KEYS =
            ALL_KEYS.stream().filter(key -> key.startsWith(WORK_PREFIX)).toList();

    private final Map<Parameter, Double> values = new LinkedHashMap<>();
    private final Map<Parameter, YamlPath> setAt = new LinkedHashMap<>();

    private YamlParameters() {
    }

    /** The overrides of one level, in the order they were written. */
    static Map<Parameter, Double> read(YamlNode work, YamlNode parameters) {
        YamlParameters level = new YamlParameters();
        if (!work.isAbsent()) {
            level.readMap(work, WORK_PREFIX, WORK_PREFIX, WORK_KEYS,
                    "a map of work parameters, e.g. arrivalsPerMemberPerWeek: 1.0");
        }
        if (!parameters.isAbsent()) {
            level.readMap(parameters, "", "", ALL_KEYS, "a map of parameters, e.g. stress.baseline: -0.5");
        }
        return level.values;
    }

    static ParameterSet apply(ParameterSet base, Map<Parameter, Double> overrides) {
        ParameterSet result = base;
        for (Map.Entry<Parameter, Double> override : overrides.entrySet()) {
            result = result.with(override.getKey(), override.getValue());
        }
        return result;
    }

    /**
     * @param keyPrefix     what the keys of this map must be prefixed with to give a parameter key
     * @param sectionPrefix the prefix of the whole section, left out of suggestions because the
     *                      user writes keys without it there
     */
    private void readMap(YamlNode map, String keyPrefix, String sectionPrefix, List<String> candidates,
                         String expectation) {
        if (!map.isMap()) {
            throw map.mismatch(expectation);
        }
        for (String name : map.fieldNames()) {
            YamlNode child = map.field(name);
            String key = keyPrefix + name;
            if (child.isMap() && Parameter.byKey(key).isEmpty()) {
                readMap(child, key + ".", sectionPrefix, candidates, expectation);
            } else {
                readValue(child, key, sectionPrefix, candidates);
            }
        }
    }

    private void readValue(YamlNode node, String key, String sectionPrefix, List<String> candidates) {
        Parameter parameter = Parameter.byKey(key).orElseThrow(() -> unknown(node, key, sectionPrefix, candidates));
        double value = value(node, parameter);
        YamlPath first = setAt.putIfAbsent(parameter, node.path());
        if (first != null) {
            throw node.problem("sets " + parameter.key() + " a second time (first at " + first
                    + "); set each parameter once per level");
        }
        values.put(parameter, value);
    }

    /**
     * The parameter a full key names, as sweeps and sensitivity screening write them; an unknown
     * key is an error at {@code node} with the closest known key.
     */
    static Parameter parameter(YamlNode node, String key) {
        return Parameter.byKey(key).orElseThrow(() -> unknown(node, key, "", ALL_KEYS));
    }

    /** The node's value for {@code parameter}: a number within the parameter's range, whole if it must be. */
    static double value(YamlNode node, Parameter parameter) {
        String kind = parameter.isWholeNumber() ? "a whole number" : "a number";
        node.required(kind + " " + range(parameter) + ", default " + YamlNode.format(parameter.defaultValue()));
        BigDecimal number = node.exactNumber(kind + " " + range(parameter));
        if (parameter.isWholeNumber() && !YamlNode.isWhole(number)) {
            throw node.mismatch(kind);
        }
        if (number.compareTo(BigDecimal.valueOf(parameter.min())) < 0
                || number.compareTo(BigDecimal.valueOf(parameter.max())) > 0) {
            throw node.problem("must be " + range(parameter) + ", was " + YamlNode.format(number));
        }
        return number.doubleValue();
    }

    static String range(Parameter parameter) {
        return "between " + YamlNode.format(parameter.min()) + " and " + YamlNode.format(parameter.max());
    }

    private static ScenarioException unknown(YamlNode node, String key, String sectionPrefix,
                                             List<String> candidates) {
        List<String> members = candidates.stream().filter(candidate -> candidate.startsWith(key + ".")).toList();
        if (!members.isEmpty()) {
            return node.problem("is a group of parameters, not a parameter (its parameters: "
                    + String.join(", ", members.stream().map(member -> member.substring(key.length() + 1)).toList())
                    + ")");
        }
        String hint = YamlSuggestion.closest(key, candidates)
                .map(suggestion -> "did you mean " + suggestion.substring(sectionPrefix.length()) + "?")
                .orElse("docs/model.md lists every parameter");
        return node.problem("is not a known parameter (" + hint + ")");
    }
}
