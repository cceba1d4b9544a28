package org.orgsim.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orgsim.contract.Metric;
import org.orgsim.contract.Segments;
import org.orgsim.results.ResultsWriter;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioException;
import org.orgsim.scenario.TeamSpec;
import org.orgsim.workshop.RecordedRun;

/**
 * GET /api/segments (issue 15): what the page needs to colour and list teams by segment. Each
 * week-0 team's {@code team_age} (from the scenario: its {@code formedWeeksAgo}), and per
 * {@code team_age}, {@code role} and {@code tenure} segment of the recorded run its teams, its
 * week-0 size and its paired impact over the horizon period on the headline human metrics, from
 * {@code summary.json}. A segment under the small-group rule comes with {@code "figures": false}
 * and no number at all, as a small team in a replayed week.
 */
final class SegmentAnswers {
    /** The human metrics whose paired impact the page lists per segment. */
    static final List<Metric> IMPACT_METRICS = List.of(Metric.BURNOUT_RATE, Metric.ENGAGEMENT, Metric.ATTRITION,
            Metric.SICK_LEAVE);
    /** The kinds the page lists (a team is already drawn as itself). */
    static final List<String> KINDS = List.of("team_age", "role", "tenure");

    private final Scenario scenario;
    private final JsonNode variants;

    SegmentAnswers(RecordedRun recorded) {
        this.scenario = recorded.scenario();
        Path summary = recorded.directory().resolve(ResultsWriter.SUMMARY_FILE);
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(summary));
        } catch (IOException failure) {
            throw new ScenarioException(summary + ": cannot be read: " + failure.getMessage(), failure);
        }
        this.variants = root == null ? Json.MAPPER.createObjectNode() : root.path("variants");
    }

    /** The answer for a variant already checked to exist. */
    ObjectNode of(String variant) {
        ObjectNode answer = Json.MAPPER.createObjectNode();
        answer.put("variant", variant);
        answer.put("baseline", scenario.baseline());
        answer.put("smallestGroupWithFigures", Segments.SMALLEST_GROUP_WITH_FIGURES);
        ObjectNode teams = answer.putObject("teams");
        Map<String, List<String>> teamsByAge = new LinkedHashMap<>();
        Segments.TEAM_AGES.forEach(age -> teamsByAge.put(age, new ArrayList<>()));
        for (TeamSpec team : scenario.variant(variant).orElseThrow().organization().teams()) {
            String age = Segments.teamAge(team.formedWeeksAgo());
            teams.put(team.name(), age);
            teamsByAge.get(age).add(team.name());
        }
        ArrayNode list = answer.putArray("segments");
        JsonNode recorded = variants.path(variant).path("segments");
        for (String kind : KINDS) {
            JsonNode ofKind = recorded.path(kind);
            ofKind.fieldNames().forEachRemaining(name -> {
                JsonNode figures = ofKind.get(name);
                ObjectNode segment = list.addObject();
                segment.put("kind", kind);
                segment.put("name", name);
                if (kind.equals("team_age")) {
                    ArrayNode names = segment.putArray("teams");
                    teamsByAge.getOrDefault(name, List.of()).forEach(names::add);
                }
                boolean shown = !figures.path("suppressed").asBoolean(false) && figures.has("people");
                segment.put("figures", shown);
                if (shown) {
                    segment.set("people", figures.get("people"));
                    JsonNode versus = figures.path("vsBaseline");
                    if (versus.isObject()) {
                        ObjectNode impact = segment.putObject("impact");
                        for (Metric metric : IMPACT_METRICS) {
                            if (versus.has(metric.key())) {
                                impact.set(metric.key(), versus.get(metric.key()));
                            }
                        }
                    }
                }
            });
        }
        return answer;
    }
}
