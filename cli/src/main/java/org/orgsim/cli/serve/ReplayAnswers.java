package org.orgsim.cli.serve;

import static org.orgsim.cli.serve.Json.number;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.orgsim.contract.InputException;
import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.scenario.Scenario;
import org.orgsim.workshop.Replay;
import org.orgsim.workshop.TeamFigures;
import org.orgsim.workshop.WeekPanel;

/**
 * The answers about one replayed run, from the {@link ReplayCache}: whether its replay is ready
 * (with the run's own series once it is), and a week as the page draws it — metrics, teams,
 * threshold crossings and the interventions so far. Teams smaller than
 * {@link Replay#SMALLEST_GROUP_WITH_FIGURES} are shown without figures, as in the terminal replay.
 * Parameters arrive checked ({@link ApiRequests}).
 */
final class ReplayAnswers {
    /** The most interventions a week answer lists (the latest ones); the count says how many there were. */
    static final int EVENTS_SHOWN = 100;
    /** How long a week request waits for its replay before giving up. */
    static final long REPLAY_WAIT_SECONDS = 300;

    private final Scenario scenario;
    private final ReplayCache replays;

    ReplayAnswers(Scenario scenario, ReplayCache replays) {
        this.scenario = scenario;
        this.replays = replays;
    }

    /** Whether a replay is ready (starting it if needed); once ready, the run's own series and team ranges. */
    ObjectNode status(String variant, int replication) {
        ReplayCache.Entry entry = replays.entry(variant, replication);
        ObjectNode status = Json.MAPPER.createObjectNode();
        status.put("variant", variant);
        status.put("replication", replication);
        status.put("weeks", scenario.weeks());
        status.put("weeksDone", Math.max(0, entry.weeksDone()));
        if (!entry.result().isDone()) {
            status.put("ready", false);
            return status;
        }
        ReplayCache.Prepared prepared = prepared(entry);
        status.put("ready", true);
        ObjectNode path = status.putObject("path");
        List<WeekPanel> panels = prepared.replay().panels();
        for (Metric metric : scenario.variant(variant).orElseThrow().metrics()) {
            ArrayNode points = path.putArray(metric.key());
            for (WeekPanel panel : panels) {
                double[] values = panel.metrics();
                ArrayNode point = points.addArray();
                point.add(panel.week());
                number(point, metric.ordinal() < values.length ? values[metric.ordinal()] : Double.NaN);
            }
        }
        ObjectNode ranges = status.putObject("teamRanges");
        for (Map.Entry<String, double[]> range : prepared.teamRanges().entrySet()) {
            ArrayNode bounds = ranges.putArray(range.getKey());
            number(bounds, range.getValue()[0]);
            number(bounds, range.getValue()[1]);
        }
        return status;
    }

    /** One replayed week, waiting for the replay if it is still being prepared. */
    ObjectNode week(String variant, int replication, int week) {
        ReplayCache.Prepared prepared = prepared(replays.entry(variant, replication));
        List<WeekPanel> panels = prepared.replay().panels();
        if (week >= panels.size()) {
            throw ApiException.badRequest("week must be between 0 and " + (panels.size() - 1) + ", was " + week);
        }
        WeekPanel panel = panels.get(week);
        ObjectNode answer = Json.MAPPER.createObjectNode();
        answer.put("variant", variant);
        answer.put("replication", replication);
        answer.put("week", panel.week());
        answer.put("weeks", panels.size() - 1);
        ObjectNode metrics = answer.putObject("metrics");
        ObjectNode changes = answer.putObject("changes");
        double[] values = panel.metrics();
        double[] deltas = panel.changes();
        for (Metric metric : scenario.variant(variant).orElseThrow().metrics()) {
            if (metric.ordinal() < values.length) {
                number(metrics, metric.key(), values[metric.ordinal()]);
                number(changes, metric.key(), deltas[metric.ordinal()]);
            }
        }
        ArrayNode teams = answer.putArray("teams");
        for (TeamFigures team : panel.teams()) {
            team(team, teams.addObject());
        }
        ArrayNode crossings = answer.putArray("crossings");
        if (week > 0) {
            crossings(panels.get(week - 1), panel, crossings);
        }
        List<InterventionEvent> events = new ArrayList<>();
        for (int index = 0; index <= week; index++) {
            events.addAll(panels.get(index).interventions());
        }
        answer.put("eventCount", events.size());
        ArrayNode feed = answer.putArray("events");
        for (InterventionEvent event : events.subList(Math.max(0, events.size() - EVENTS_SHOWN), events.size())) {
            feed.addObject().put("week", event.week()).put("rule", event.rule()).put("action", event.action())
                    .put("target", event.target()).put("detail", event.detail());
        }
        return answer;
    }

    /** A team as the drawing needs it; its metrics only when the team is large enough to show figures. */
    private static void team(TeamFigures team, ObjectNode node) {
        node.put("name", team.name());
        node.put("leadership", team.leadership());
        node.put("manager", team.manager());
        boolean figures = team.headcount() >= Replay.SMALLEST_GROUP_WITH_FIGURES;
        // A small team's size is itself a figure about it (and its change would show a lay-off).
        if (figures) {
            node.put("headcount", team.headcount());
        } else {
            node.putNull("headcount");
        }
        node.put("coached", team.coached());
        node.put("aiSupport", team.aiSupport());
        node.put("wipLimit", team.wipLimit());
        node.put("figures", figures);
        if (figures) {
            ObjectNode teamMetrics = node.putObject("metrics");
            for (String metric : TeamFigures.METRICS) {
                number(teamMetrics, metric, team.metric(metric));
            }
        } else {
            node.putNull("metrics");
        }
    }

    /** Teams whose metric moved across a threshold between two weeks (as the terminal replay reports them). */
    private static void crossings(WeekPanel before, WeekPanel now, ArrayNode crossings) {
        for (TeamFigures team : now.teams()) {
            TeamFigures earlier = before.teams().stream().filter(t -> t.name().equals(team.name())).findFirst().orElse(null);
            if (earlier == null || team.headcount() < Replay.SMALLEST_GROUP_WITH_FIGURES
                    || earlier.headcount() < Replay.SMALLEST_GROUP_WITH_FIGURES) {
                continue; // no crossing of a small team's figures, not even without the number
            }
            for (Replay.Threshold threshold : Replay.thresholds()) {
                boolean was = earlier.metric(threshold.metric()) > threshold.level();
                boolean is = team.metric(threshold.metric()) > threshold.level();
                if (was != is) {
                    ObjectNode crossing = crossings.addObject();
                    crossing.put("team", team.name());
                    crossing.put("metric", threshold.metric());
                    crossing.put("level", threshold.level());
                    crossing.put("upwards", is);
                    number(crossing, "value", team.metric(threshold.metric()));
                }
            }
        }
    }

    /** The finished replay, waiting for it; a failure becomes an answer the page can show. */
    private static ReplayCache.Prepared prepared(ReplayCache.Entry entry) {
        try {
            return entry.result().get(REPLAY_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException failure) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is stopping");
        } catch (TimeoutException failure) {
            throw new ApiException(503, "the replay is still being prepared; try again in a moment");
        } catch (ExecutionException failure) {
            Throwable cause = failure.getCause();
            if (cause instanceof InputException) {
                throw new ApiException(500, "the replay failed: " + cause.getMessage());
            }
            throw new IllegalStateException("the replay failed", cause);
        }
    }
}
