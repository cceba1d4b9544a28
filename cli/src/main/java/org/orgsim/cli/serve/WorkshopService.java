package org.orgsim.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.orgsim.model.InterventionEvent;
import org.orgsim.model.Metric;
import org.orgsim.results.Estimate;
import org.orgsim.results.Results;
import org.orgsim.results.ResultsWriter;
import org.orgsim.results.VariantResults;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioException;
import org.orgsim.scenario.Variant;
import org.orgsim.workshop.Fork;
import org.orgsim.workshop.RecordedRun;
import org.orgsim.workshop.Replay;
import org.orgsim.workshop.TeamFigures;
import org.orgsim.workshop.WeekPanel;

/**
 * What the workshop page asks, answered as JSON trees: the recorded run, replayed weeks (from the
 * {@link ReplayCache}), the recorded mean series, the rule library and forks. Every refusal is an
 * {@link ApiException} with a message a facilitator can act on; the HTTP layer does the rest.
 */
public final class WorkshopService implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The most replications a fork from the page may ask for (the machine is shared with the room). */
    static final int MAX_FORK_REPLICATIONS = 200;
    /** Metrics drawn as headline charts, human first. */
    static final List<Metric> HEADLINE_CHARTS = List.of(Metric.BURNOUT_RATE, Metric.STRESS, Metric.THROUGHPUT,
            Metric.DECISION_LATENCY);
    /** Team metrics the page can colour teams by. */
    static final List<String> COLOUR_METRICS = List.of("burnout_rate", "stress", "engagement", "psych_safety",
            "cohesion", "backlog");
    /** The most interventions a week answer lists (the latest ones); the count says how many there were. */
    static final int EVENTS_SHOWN = 100;
    /** How long a week request waits for its replay before giving up. */
    static final long REPLAY_WAIT_SECONDS = 300;
    private static final int MAX_FORK_RULES = 5;

    private final RecordedRun recorded;
    private final RecordedSeries series;
    private final ReplayCache replays;
    private final RuleLibrary library;
    private final ForkJobs forks;
    private final String language;

    /**
     * The service over a recorded run, offering the rule files of {@code ruleLibrary} (checked in the
     * background) for forks; starts replaying the baseline's first replication at once.
     *
     * @param language    the page's default language (en or nl)
     * @param forkThreads worker threads of a fork's experiment
     * @param log         where a fork's unexpected failure is reported
     */
    public static WorkshopService open(RecordedRun recorded, Path ruleLibrary, String language, int forkThreads,
                                       PrintWriter log) {
        if (!WebMessages.LANGUAGES.contains(language)) {
            throw new ScenarioException("--lang must be one of " + String.join(", ", WebMessages.LANGUAGES) + ", was " + language);
        }
        return new WorkshopService(recorded, RuleLibrary.open(ruleLibrary), language, forkThreads, log);
    }

    WorkshopService(RecordedRun recorded, RuleLibrary library, String language, int forkThreads, PrintWriter log) {
        this.recorded = recorded;
        this.series = RecordedSeries.read(recorded.directory().resolve(ResultsWriter.TIMESERIES_FILE));
        this.replays = new ReplayCache(recorded);
        this.library = library;
        this.forks = new ForkJobs(forkThreads, log);
        this.language = language;
        replays.entry(scenario().baseline(), 0); // the page opens on it: start replaying now
    }

    private Scenario scenario() {
        return recorded.scenario();
    }

    String language() {
        return language;
    }

    /** GET /api/run: the recorded run and what the page may ask for. */
    ObjectNode run() {
        Scenario scenario = scenario();
        ObjectNode run = JSON.createObjectNode();
        run.put("scenario", scenario.name());
        run.put("description", scenario.description());
        run.put("directory", recorded.directory().toString());
        run.put("weeks", scenario.weeks());
        run.put("replications", scenario.replications());
        run.put("seed", scenario.seed());
        run.put("baseline", scenario.baseline());
        ArrayNode variants = run.putArray("variants");
        for (Variant variant : scenario.variants()) {
            ObjectNode node = variants.addObject();
            node.put("name", variant.name());
            node.put("description", variant.description());
            ArrayNode rules = node.putArray("rules");
            variant.rules().forEach(rules::add);
        }
        run.put("language", language);
        ArrayNode languages = run.putArray("languages");
        WebMessages.LANGUAGES.forEach(languages::add);
        ArrayNode metrics = run.putArray("metrics");
        for (Metric metric : Metric.recordedIn(scenario.baselineVariant())) {
            ObjectNode node = metrics.addObject();
            node.put("key", metric.key());
            node.put("group", metric.group().name().toLowerCase(Locale.ROOT));
            node.put("higherIsBetter", metric.direction() == Metric.Direction.HIGHER_IS_BETTER);
            node.put("unit", metric.unit());
        }
        ArrayNode headline = run.putArray("headline");
        HEADLINE_CHARTS.forEach(metric -> headline.add(metric.key()));
        ArrayNode colour = run.putArray("colourMetrics");
        COLOUR_METRICS.forEach(colour::add);
        run.put("smallestGroupWithFigures", Replay.SMALLEST_GROUP_WITH_FIGURES);
        ArrayNode thresholds = run.putArray("thresholds");
        for (Replay.Threshold threshold : Replay.thresholds()) {
            thresholds.addObject().put("metric", threshold.metric()).put("level", threshold.level());
        }
        run.put("maxForkReplications", MAX_FORK_REPLICATIONS);
        return run;
    }

    /** GET /api/messages: the page's words in a language. */
    ObjectNode messages(String lang) {
        ObjectNode messages = JSON.createObjectNode();
        WebMessages.load(lang == null ? language : lang).forEach(messages::put);
        return messages;
    }

    /** GET /api/replay: whether a replay is ready (starting it if needed); once ready, the run's own series. */
    ObjectNode replay(String variantName, String replicationText) {
        String variant = variant(variantName);
        int replication = replication(replicationText);
        ReplayCache.Entry entry = replays.entry(variant, replication);
        ObjectNode status = JSON.createObjectNode();
        status.put("variant", variant);
        status.put("replication", replication);
        status.put("weeks", scenario().weeks());
        status.put("weeksDone", Math.max(0, entry.weeksDone()));
        if (!entry.result().isDone()) {
            status.put("ready", false);
            return status;
        }
        ReplayCache.Prepared prepared = prepared(entry);
        status.put("ready", true);
        ObjectNode path = status.putObject("path");
        List<WeekPanel> panels = prepared.replay().panels();
        for (Metric metric : Metric.recordedIn(scenario().variant(variant).orElseThrow())) {
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

    /** GET /api/week: one replayed week — metrics, teams for the drawing, crossings and interventions so far. */
    ObjectNode week(String variantName, String replicationText, String weekText) {
        String variant = variant(variantName);
        int replication = replication(replicationText);
        int week = integer("week", weekText, 0, scenario().weeks());
        ReplayCache.Prepared prepared = prepared(replays.entry(variant, replication));
        List<WeekPanel> panels = prepared.replay().panels();
        if (week >= panels.size()) {
            throw ApiException.badRequest("week must be between 0 and " + (panels.size() - 1) + ", was " + week);
        }
        WeekPanel panel = panels.get(week);
        ObjectNode answer = JSON.createObjectNode();
        answer.put("variant", variant);
        answer.put("replication", replication);
        answer.put("week", panel.week());
        answer.put("weeks", panels.size() - 1);
        ObjectNode metrics = answer.putObject("metrics");
        ObjectNode changes = answer.putObject("changes");
        double[] values = panel.metrics();
        double[] deltas = panel.changes();
        for (Metric metric : Metric.recordedIn(scenario().variant(variant).orElseThrow())) {
            if (metric.ordinal() < values.length) {
                number(metrics, metric.key(), values[metric.ordinal()]);
                number(changes, metric.key(), deltas[metric.ordinal()]);
            }
        }
        ArrayNode teams = answer.putArray("teams");
        for (TeamFigures team : panel.teams()) {
            ObjectNode node = teams.addObject();
            node.put("name", team.name());
            node.put("leadership", team.leadership());
            node.put("manager", team.manager());
            node.put("headcount", team.headcount());
            node.put("coached", team.coached());
            node.put("aiSupport", team.aiSupport());
            node.put("wipLimit", team.wipLimit());
            boolean figures = team.headcount() >= Replay.SMALLEST_GROUP_WITH_FIGURES;
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

    /** Teams whose metric moved across a threshold between two weeks (as the terminal replay reports them). */
    private static void crossings(WeekPanel before, WeekPanel now, ArrayNode crossings) {
        for (TeamFigures team : now.teams()) {
            TeamFigures earlier = before.teams().stream().filter(t -> t.name().equals(team.name())).findFirst().orElse(null);
            if (earlier == null) {
                continue;
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
                    if (team.headcount() >= Replay.SMALLEST_GROUP_WITH_FIGURES) {
                        number(crossing, "value", team.metric(threshold.metric()));
                    } else {
                        crossing.putNull("value");
                    }
                }
            }
        }
    }

    /** GET /api/series: the recorded mean and 95% interval per week of every metric of a variant. */
    ObjectNode series(String variantName) {
        String variant = variant(variantName);
        ObjectNode answer = JSON.createObjectNode();
        answer.put("variant", variant);
        ObjectNode metrics = answer.putObject("metrics");
        for (Map.Entry<String, List<RecordedSeries.Point>> metric : series.variant(variant).entrySet()) {
            ArrayNode points = metrics.putArray(metric.getKey());
            for (RecordedSeries.Point point : metric.getValue()) {
                ArrayNode row = points.addArray();
                row.add(point.week());
                number(row, point.mean());
                number(row, point.low());
                number(row, point.high());
            }
        }
        return answer;
    }

    /** GET /api/rules: the library files that compile (so far), and those that do not. */
    ObjectNode rules() {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("ready", library.ready());
        answer.put("folder", library.folder().toString());
        ArrayNode rules = answer.putArray("rules");
        ArrayNode rejected = answer.putArray("rejected");
        for (RuleLibrary.Check check : library.checks()) {
            if (check.compiles()) {
                ObjectNode node = rules.addObject().put("file", check.file());
                ArrayNode names = node.putArray("rules");
                check.rules().forEach(names::add);
            } else {
                rejected.addObject().put("file", check.file()).put("problem", check.problem());
            }
        }
        return answer;
    }

    /** POST /api/fork: {@code {"week": N, "rules": ["file"], "variant": V?, "replications": R?}} → a job. */
    ObjectNode submitFork(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("the request body must be a JSON object such as {\"week\": 4, \"rules\": [\"coach-leaders-now.drl\"]}");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of("week", "rules", "variant", "replications").contains(name)) {
                throw ApiException.badRequest("unknown field '" + name + "' (fields: week, rules, variant, replications; "
                        + "rules are named from the library, never sent)");
            }
        }
        JsonNode weekNode = body.get("week");
        if (weekNode == null || !weekNode.canConvertToInt() || !weekNode.isIntegralNumber()) {
            throw ApiException.badRequest("week must be a whole number, the first week the rules act in (1.."
                    + scenario().weeks() + ")");
        }
        int week = weekNode.intValue();
        if (week < 1 || week > scenario().weeks()) {
            throw ApiException.badRequest("week must be between 1 and " + scenario().weeks() + ", was " + week);
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
            files.add(library.resolve(rule.textValue()));
            names.add(rule.textValue());
        }
        JsonNode variantNode = body.get("variant");
        String variant = variantNode == null || variantNode.isNull() ? scenario().baseline()
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
        Fork fork;
        try {
            fork = Fork.plan(recorded, variant, week, files, replications);
        } catch (ScenarioException failure) {
            throw ApiException.badRequest(failure.getMessage());
        }
        ForkJobs.Job job = forks.submit(fork, String.join(", ", names));
        return forkStatus(job);
    }

    /** GET /api/fork/{id}: where a fork got, and its series once done. */
    ObjectNode fork(String id) {
        return forkStatus(forks.job(id).orElseThrow(() -> ApiException.notFound("no fork '" + shorten(id) + "'")));
    }

    private ObjectNode forkStatus(ForkJobs.Job job) {
        Fork fork = job.fork();
        ObjectNode status = JSON.createObjectNode();
        status.put("id", job.id());
        status.put("state", job.state().name().toLowerCase(Locale.ROOT));
        status.put("finished", job.finished());
        status.put("total", job.total());
        status.put("week", fork.fork().addedFromWeek());
        status.put("variant", fork.base().name());
        status.put("forkVariant", fork.fork().name());
        status.put("rules", job.ruleFile());
        status.put("replications", fork.scenario().replications());
        if (job.problem() != null) {
            status.put("error", job.problem());
        }
        Results results = job.results();
        if (results != null) {
            ObjectNode result = status.putObject("result");
            VariantResults base = results.variant(fork.base().name()).orElseThrow();
            VariantResults forked = results.variant(fork.fork().name()).orElseThrow();
            List<Metric> metrics = Metric.recordedIn(fork.base());
            result.set("recorded", weekly(base, metrics));
            result.set("forked", weekly(forked, metrics));
            result.put("finalWeek", forked.weeks());
            ObjectNode differences = result.putObject("vsRecorded");
            for (Metric metric : metrics) {
                forked.versusBaseline(metric).ifPresent(comparison -> {
                    ObjectNode node = differences.putObject(metric.key());
                    number(node, "meanDiff", comparison.meanDiff());
                    number(node, "low", comparison.ciLow());
                    number(node, "high", comparison.ciHigh());
                    number(node, "probBetter", comparison.probBetter());
                });
            }
        }
        return status;
    }

    private static ObjectNode weekly(VariantResults variant, List<Metric> metrics) {
        ObjectNode series = JSON.createObjectNode();
        for (Metric metric : metrics) {
            ArrayNode points = series.putArray(metric.key());
            for (int week = 0; week <= variant.weeks(); week += variant.recordEvery()) {
                Estimate estimate = variant.weekly(week, metric);
                ArrayNode row = points.addArray();
                row.add(week);
                number(row, estimate.mean());
                number(row, estimate.ciLow());
                number(row, estimate.ciHigh());
            }
        }
        return series;
    }

    private ReplayCache.Prepared prepared(ReplayCache.Entry entry) {
        try {
            return entry.result().get(REPLAY_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException failure) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is stopping");
        } catch (TimeoutException failure) {
            throw new ApiException(503, "the replay is still being prepared; try again in a moment");
        } catch (ExecutionException failure) {
            Throwable cause = failure.getCause();
            if (cause instanceof ScenarioException) {
                throw new ApiException(500, "the replay failed: " + cause.getMessage());
            }
            throw new IllegalStateException("the replay failed", cause);
        }
    }

    private String variant(String name) {
        if (name == null || name.isEmpty()) {
            return scenario().baseline();
        }
        if (scenario().variant(name).isEmpty()) {
            throw ApiException.badRequest("unknown variant '" + shorten(name) + "' (variants: "
                    + String.join(", ", scenario().variants().stream().map(Variant::name).toList()) + ")");
        }
        return name;
    }

    private int replication(String text) {
        return text == null || text.isEmpty() ? 0 : integer("replication", text, 0, scenario().replications() - 1);
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

    static String shorten(String text) {
        String line = text.replaceAll("[\\r\\n\\t]", " ");
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }

    private static void number(ArrayNode array, double value) {
        if (Double.isFinite(value)) {
            array.add(value);
        } else {
            array.addNull();
        }
    }

    private static void number(ObjectNode object, String field, double value) {
        if (Double.isFinite(value)) {
            object.put(field, value);
        } else {
            object.putNull(field);
        }
    }

    @Override
    public void close() {
        replays.close();
        forks.close();
    }
}
