package org.orgsim.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.orgsim.contract.Metric;
import org.orgsim.results.ResultsDirectory;
import org.orgsim.results.ResultsReader;
import org.orgsim.results.ResultsWriter;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioException;
import org.orgsim.scenario.Variant;
import org.orgsim.workshop.RecordedRun;
import org.orgsim.workshop.Replay;

/**
 * What the workshop page asks, answered as JSON trees: the recorded run, replayed weeks (from the
 * {@link ReplayCache}), the recorded mean series, the rule library and forks. Every refusal is an
 * {@link ApiException} with a message a facilitator can act on; the HTTP layer does the rest.
 *
 * <p>One method per endpoint: each checks its request ({@link ApiRequests}) and hands it to the
 * class that answers it — {@link ReplayAnswers} for replayed weeks, {@link SeriesAnswers} for
 * series and forks. What describes the run itself (the run, its words, the rule library) is
 * answered here.
 */
public final class WorkshopService implements AutoCloseable {
    /** The mapper the server reads requests and writes answers with. */
    static final ObjectMapper JSON = Json.MAPPER;
    /** Metrics drawn as headline charts, human first. */
    static final List<Metric> HEADLINE_CHARTS = List.of(Metric.BURNOUT_RATE, Metric.STRESS, Metric.THROUGHPUT,
            Metric.DECISION_LATENCY);
    /** Team metrics the page can colour teams by. */
    static final List<String> COLOUR_METRICS = List.of("burnout_rate", "stress", "engagement", "psych_safety",
            "cohesion", "backlog");

    private final RecordedRun recorded;
    private final ReplayCache replays;
    private final RuleLibrary library;
    private final ForkJobs forks;
    private final String language;
    private final ApiRequests requests;
    private final ReplayAnswers replayAnswers;
    private final SeriesAnswers seriesAnswers;
    /** Issue 15: the segments of the recorded run. */
    private final SegmentAnswers segmentAnswers;

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
        ResultsDirectory recordedResults = ResultsReader.read(recorded.directory());
        this.replays = new ReplayCache(recorded);
        this.library = library;
        this.forks = new ForkJobs(forkThreads, log);
        this.language = language;
        this.requests = new ApiRequests(recorded.scenario(), library);
        this.replayAnswers = new ReplayAnswers(recorded.scenario(), replays);
        this.seriesAnswers = new SeriesAnswers(recorded, recordedResults, forks);
        this.segmentAnswers = new SegmentAnswers(recorded);
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
        for (Metric metric : scenario.baselineVariant().metrics()) {
            ObjectNode node = metrics.addObject();
            node.put("key", metric.key());
            node.put("group", metric.group().name().toLowerCase(Locale.ROOT));
            node.put("higherIsBetter", metric.direction() == Metric.Direction.HIGHER_IS_BETTER);
            node.put("unit", metric.unit());
            node.put("share", metric.isShare());
            node.put("headline", metric.isHeadline());
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
        run.put("maxForkReplications", ApiRequests.MAX_FORK_REPLICATIONS);
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
        String variant = requests.variant(variantName);
        int replication = requests.replication(replicationText);
        return replayAnswers.status(variant, replication);
    }

    /** GET /api/week: one replayed week — metrics, teams for the drawing, crossings and interventions so far. */
    ObjectNode week(String variantName, String replicationText, String weekText) {
        String variant = requests.variant(variantName);
        int replication = requests.replication(replicationText);
        int week = requests.week(weekText);
        return replayAnswers.week(variant, replication, week);
    }

    /** GET /api/series: the recorded mean and 95% interval per week of every metric of a variant. */
    ObjectNode series(String variantName) {
        return seriesAnswers.recorded(requests.variant(variantName));
    }

    /** GET /api/segments: each week-0 team's age, and the recorded figures per segment (issue 15). */
    ObjectNode segments(String variantName) {
        return segmentAnswers.of(requests.variant(variantName));
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
        return seriesAnswers.submit(requests.fork(body));
    }

    /** GET /api/fork/{id}: where a fork got, and its series once done. */
    ObjectNode fork(String id) {
        return seriesAnswers.fork(id);
    }

    /** Request text fit to echo in an error message (one line, at most 80 characters). */
    static String shorten(String text) {
        return ApiRequests.shorten(text);
    }

    /** How many replays the service has simulated (steps and jumps must not add any). */
    int replaysStarted() {
        return replays.replaysStarted();
    }

    @Override
    public void close() {
        replays.close();
        forks.close();
    }
}
