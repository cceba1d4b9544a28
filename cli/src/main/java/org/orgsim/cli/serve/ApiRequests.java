package org.orgsim.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.Variant;

/**
 * What the page sends, parsed and checked against the recorded scenario before anything runs:
 * query parameters and the body of a fork. A refusal is an {@link ApiException} whose message
 * names the allowed values, so a facilitator can correct the request; text echoed back is
 * {@link #shorten shortened} first.
 */
final class ApiRequests {
    /** The most replications a fork from the page may ask for (the machine is shared with the room). */
    static final int MAX_FORK_REPLICATIONS = 200;
    private static final int MAX_FORK_RULES = 5;
    private static final List<String> FORK_FIELDS = List.of("week", "rules", "variant", "replications");

    /**
     * A checked fork request.
     *
     * @param week         the first week the rules act in
     * @param files        the library's rule files, resolved
     * @param names        the rule files as the page named them
     * @param variant      the variant forked
     * @param replications replications asked for, or {@code null} for the recorded run's
     */
    record ForkRequest(int week, List<Path> files, List<String> names, String variant, Integer replications) {
    }

    private final Scenario scenario;
    private final RuleLibrary library;

    ApiRequests(Scenario scenario, RuleLibrary library) {
        this.scenario = scenario;
        this.library = library;
    }

    /** A variant of the scenario; none named means the baseline. */
    String variant(String name) {
        if (name == null || name.isEmpty()) {
            return scenario.baseline();
        }
        if (scenario.variant(name).isEmpty()) {
            throw ApiException.badRequest("unknown variant '" + shorten(name) + "' (variants: "
                    + String.join(", ", scenario.variants().stream().map(Variant::name).toList()) + ")");
        }
        return name;
    }

    /** A replication of the recorded run; none named means the first. */
    int replication(String text) {
        return text == null || text.isEmpty() ? 0 : integer("replication", text, 0, scenario.replications() - 1);
    }

    /** A week of the recorded run (0 is the start); required. */
    int week(String text) {
        return integer("week", text, 0, scenario.weeks());
    }

    /** {@code {"week": N, "rules": ["file"], "variant": V?, "replications": R?}}, checked in that order. */
    ForkRequest fork(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("the request body must be a JSON object such as {\"week\": 4, \"rules\": [\"coach-leaders-now.drl\"]}");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FORK_FIELDS.contains(name)) {
                throw ApiException.badRequest("unknown field '" + name + "' (fields: week, rules, variant, replications; "
                        + "rules are named from the library, never sent)");
            }
        }
        JsonNode weekNode = body.get("week");
        if (weekNode == null || !weekNode.canConvertToInt() || !weekNode.isIntegralNumber()) {
            throw ApiException.badRequest("week must be a whole number, the first week the rules act in (1.."
                    + scenario.weeks() + ")");
        }
        int week = weekNode.intValue();
        if (week < 1 || week > scenario.weeks()) {
            throw ApiException.badRequest("week must be between 1 and " + scenario.weeks() + ", was " + week);
        }
        JsonNode rulesNode = body.get("rules");
        if (rulesNode == null || !rulesNode.isArray() || rulesNode.isEmpty() || rulesNode.size() > MAX_FORK_RULES) {
            throw ApiException.badRequest("rules must list 1 to " + MAX_FORK_RULES + " file names of the rule library");
        }
        List<Path> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JsonNode rule : rulesNode) {
            if (!rule.isTextual()) {
                throw ApiException.badRequest("rules must list file names of the rule library (text)");
            }
            // The page only names library files: rules are code, so none is ever taken from the request.
            files.add(library.resolve(rule.textValue()));
            names.add(rule.textValue());
        }
        JsonNode variantNode = body.get("variant");
        String variant = variantNode == null || variantNode.isNull() ? scenario.baseline()
                : variant(variantNode.isTextual() ? variantNode.textValue() : variantNode.toString());
        JsonNode replicationsNode = body.get("replications");
        Integer replications = null;
        if (replicationsNode != null && !replicationsNode.isNull()) {
            if (!replicationsNode.isIntegralNumber() || !replicationsNode.canConvertToInt()
                    || replicationsNode.intValue() < 1 || replicationsNode.intValue() > MAX_FORK_REPLICATIONS) {
                throw ApiException.badRequest("replications must be a whole number between 1 and " + MAX_FORK_REPLICATIONS);
            }
            replications = replicationsNode.intValue();
        }
        return new ForkRequest(week, files, names, variant, replications);
    }

    private static int integer(String name, String text, int low, int high) {
        if (text == null || text.isEmpty()) {
            throw ApiException.badRequest(name + " is required (" + low + ".." + high + ")");
        }
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException failure) {
            throw ApiException.badRequest(name + " must be a whole number between " + low + " and " + high + ", was '"
                    + shorten(text) + "'");
        }
        if (value < low || value > high) {
            throw ApiException.badRequest(name + " must be between " + low + " and " + high + ", was " + value);
        }
        return value;
    }

    /** Request text fit to echo in an error message: on one line, and at most 80 characters. */
    static String shorten(String text) {
        String line = text.replaceAll("[\\r\\n\\t]", " ");
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
