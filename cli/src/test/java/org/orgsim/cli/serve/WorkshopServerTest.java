package org.orgsim.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.orgsim.contract.Metric;
import org.orgsim.workshop.RecordedRun;

/** The workshop server's API: what it answers, what it refuses (400 with a message, never a stack trace), where it listens. */
class WorkshopServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path temp;
    private static WorkshopServer server;
    private static RecordedRun recorded;
    private static Path library;
    private static final StringWriter LOG = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        recorded = RecordedRun.load(RecordedRuns.record(temp, RecordedRuns.SMALL, 2));
        library = RecordedRuns.library(temp, "coach-leaders-now.drl", "adopt-ai-support-now.drl");
        // Issue 16: a rule that compiles but never acts (no team has a thousand people).
        Files.writeString(library.resolve("never-fires.drl"), String.join("\n", "package org.orgsim.rules.library;",
                "import org.orgsim.model.facts.Team;", "global org.orgsim.rules.Actions actions;",
                "rule \"Coach the leads of teams of a thousand\"", "when", "    $team : Team( headcount > 1000 )", "then",
                "    actions.coachLeaders($team.getName(), 16);", "end", ""));
        server = WorkshopServer.start(WorkshopService.open(recorded, library, "en", 2, new PrintWriter(LOG, true)),
                null, 0, new PrintWriter(LOG, true));
    }

    @AfterAll
    static void stop() {
        server.close();
        assertEquals("", LOG.toString(), "no unexpected failure was logged");
    }

    private record Answer(int status, String body) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }
    }

    private static Answer get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private static Answer post(String path, String contentType, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private static void assertRefused(int status, Answer answer, String... words) throws Exception {
        assertEquals(status, answer.status(), answer.body());
        JsonNode json = answer.json();
        String message = json.path("error").asText();
        for (String word : words) {
            assertTrue(message.contains(word), "message '" + message + "' should contain '" + word + "'");
        }
        assertFalse(answer.body().contains("Exception") || answer.body().contains("\tat ")
                || answer.body().contains("at org.") || answer.body().contains(".java:"), "no stack trace: " + answer.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void bindsToTheLoopbackAddressUnlessAHostIsGiven() throws Exception {
        assertTrue(server.localOnly());
        assertTrue(server.address().getAddress().isLoopbackAddress(), server.address().toString());
        assertEquals("127.0.0.1", server.uri().getHost());
        try (WorkshopServer shared = WorkshopServer.start(WorkshopService.open(recorded, library, "nl", 1,
                new PrintWriter(LOG, true)), "127.0.0.1", 0, new PrintWriter(LOG, true))) {
            assertFalse(shared.localOnly(), "an explicit --host answers whoever reaches it");
            assertEquals(InetAddress.getByName("127.0.0.1"), shared.address().getAddress());
        }
    }

    @Test
    void servesThePageAndItsBundledFiles() throws Exception {
        Answer page = get("/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<script src=\"app.js\""), page.body());
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), "nothing from a CDN");
        assertEquals(200, get("/app.js").status());
        assertEquals(200, get("/app.css").status());
        assertFalse(get("/app.js").body().contains("https://"), "nothing from a CDN");
    }

    @Test
    void describesTheRecordedRun() throws Exception {
        JsonNode run = get("/api/run").json();
        assertEquals("workshop-page", run.path("scenario").asText());
        assertEquals(20, run.path("weeks").asInt());
        assertEquals(2, run.path("replications").asInt());
        assertEquals("baseline", run.path("baseline").asText());
        assertEquals(2, run.path("variants").size());
        assertEquals("burnout_rate", run.path("colourMetrics").get(0).asText());
    }

    @Test
    void listsEveryRecordedMetricWithTheFlagsThePageFormatsBy() throws Exception {
        JsonNode metrics = get("/api/run").json().path("metrics");
        assertEquals(Metric.recordedWithoutCareers().size(), metrics.size());
        for (JsonNode node : metrics) {
            Metric metric = Metric.byKey(node.path("key").asText()).orElseThrow();
            assertEquals(metric.isShare(), node.path("share").asBoolean(), node.toString());
            assertEquals(metric.isHeadline(), node.path("headline").asBoolean(), node.toString());
            assertEquals(metric.direction() == Metric.Direction.HIGHER_IS_BETTER, node.path("higherIsBetter").asBoolean());
        }
        assertFalse(get("/app.js").body().contains("'burnout_rate', 'engaged_share'"),
                "the page takes which metrics are shares from the server, not from its own list");
    }

    @Test
    void answersAWeekWithTeamsAndHidesTheFiguresOfSmallTeams() throws Exception {
        JsonNode week = get("/api/week?variant=coached&replication=1&week=5").json();
        assertEquals(5, week.path("week").asInt());
        assertEquals(3, week.path("teams").size(), week.toString());
        for (JsonNode team : week.path("teams")) {
            boolean small = team.path("headcount").asInt() < 5;
            assertEquals(!small, team.path("figures").asBoolean(), team.toString());
            assertEquals(small, team.path("metrics").isNull(), team.toString());
        }
        assertTrue(week.path("metrics").has("burnout_rate"));
        assertTrue(week.path("events").isArray());
        JsonNode replay = get("/api/replay?variant=coached&replication=1").json();
        assertTrue(replay.path("ready").asBoolean());
        assertEquals(21, replay.path("path").path("stress").size());
        JsonNode series = get("/api/series?variant=coached").json();
        assertEquals(21, series.path("metrics").path("burnout_rate").size());
    }

    @Test
    void answersInDutchAndEnglish() throws Exception {
        assertEquals("Week", get("/api/messages?lang=en").json().path("timeline.week").asText());
        assertEquals("Burn-outklachten", get("/api/messages?lang=nl").json().path("metric.burnout_rate").asText());
        assertRefused(400, get("/api/messages?lang=fr"), "unknown language 'fr'");
    }

    @Test
    void listsTheLibraryFilesThatCompile() throws Exception {
        JsonNode rules = get("/api/rules").json();
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (!rules.path("ready").asBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            rules = get("/api/rules").json();
        }
        assertTrue(rules.path("ready").asBoolean());
        assertEquals("adopt-ai-support-now.drl", rules.path("rules").get(0).path("file").asText());
        assertEquals("coach-leaders-now.drl", rules.path("rules").get(1).path("file").asText());
        assertEquals("never-fires.drl", rules.path("rules").get(2).path("file").asText());
        assertEquals(3, rules.path("rules").size(), "notes.txt is no rule file, broken.drl does not compile");
        assertEquals("broken.drl", rules.path("rejected").get(0).path("file").asText());
        assertRefused(400, post("/api/fork", "application/json", "{\"week\": 3, \"rules\": [\"broken.drl\"]}"),
                "broken.drl", "does not compile");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/week?variant=nope&replication=0&week=1 | unknown variant 'nope'",
        "/api/week?variant=baseline&replication=0&week=21 | week must be between 0 and 20, was 21",
        "/api/week?variant=baseline&replication=0&week=-1 | week must be between 0 and 20, was -1",
        "/api/week?variant=baseline&replication=0&week=three | week must be a whole number",
        "/api/week?variant=baseline&replication=0 | week is required",
        "/api/week?variant=baseline&replication=2&week=1 | replication must be between 0 and 1, was 2",
        "/api/series?variant=..%2Fbaseline | unknown variant '../baseline'",
        "/api/replay?variant=baseline&replication=x | replication must be a whole number",
    })
    void badQueriesAreRefusedWithAMessage(String path, String message) throws Exception {
        assertRefused(400, get(path.strip()), message.strip());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../rules/coach-leaders-now.drl", "..", "/etc/passwd", "library/coach-leaders-now.drl",
        "sub\\coach-leaders-now.drl", "C:coach.drl"})
    void aPathOutsideTheRuleLibraryIsRefused(String name) throws Exception {
        assertRefused(400, post("/api/fork", "application/json",
                "{\"week\": 3, \"rules\": [" + JSON.writeValueAsString(name) + "]}"), "not a file of the rule library");
    }

    @Test
    void badForksAreRefusedWithAMessage() throws Exception {
        assertRefused(400, post("/api/fork", "application/json", "{\"week\": 3, \"rules\": [\"nope.drl\"]}"),
                "unknown rule file 'nope.drl'");
        assertRefused(400, post("/api/fork", "application/json", "{\"week\": 3, \"rules\": [\"notes.txt\"]}"),
                "unknown rule file 'notes.txt'");
        assertRefused(400, post("/api/fork", "application/json", "{\"week\": 0, \"rules\": [\"coach-leaders-now.drl\"]}"),
                "week must be between 1 and 20, was 0");
        assertRefused(400, post("/api/fork", "application/json", "{\"week\": 21, \"rules\": [\"coach-leaders-now.drl\"]}"),
                "week must be between 1 and 20, was 21");
        assertRefused(400, post("/api/fork", "application/json",
                "{\"week\": 3, \"rules\": [\"coach-leaders-now.drl\"], \"variant\": \"nope\"}"), "unknown variant 'nope'");
        assertRefused(400, post("/api/fork", "application/json",
                "{\"week\": 3, \"rules\": [\"coach-leaders-now.drl\"], \"replications\": 100000}"), "replications must be");
        assertRefused(400, post("/api/fork", "application/json",
                "{\"week\": 3, \"rules\": [], \"code\": \"rule \\\"x\\\" when then end\"}"), "unknown field 'code'");
        assertRefused(400, post("/api/fork", "application/json", "{\"week\": 3, \"rules\": []}"), "rules must list");
        assertRefused(400, post("/api/fork", "application/json", "{\"week\": 3, \"rules\": \"coach-leaders-now.drl\"}"),
                "rules must list");
        assertRefused(400, post("/api/fork", "application/json", "{\"week\": 3, \"rules\": [\"coach"), "not valid JSON");
        assertRefused(400, post("/api/fork", "application/json", "[1, 2]"), "must be a JSON object");
        assertRefused(400, post("/api/fork", "application/json", ""), "empty");
        assertRefused(400, post("/api/fork", "text/plain", "{\"week\": 3, \"rules\": [\"coach-leaders-now.drl\"]}"),
                "application/json");
        assertRefused(404, get("/api/fork/fork-999"), "no fork 'fork-999'");
    }

    @Test
    void unknownPathsAndMethodsAreRefusedWithAMessage() throws Exception {
        assertRefused(404, get("/api/nothing"), "no API endpoint '/api/nothing'");
        assertRefused(404, get("/../etc/passwd"));
        assertRefused(404, get("/secret.txt"), "no page");
        assertRefused(405, post("/api/run", "application/json", "{}"), "use GET");
        assertRefused(405, get("/api/fork"), "use POST");
    }

    @Test
    void aForkRunsInTheBackgroundAndAnswersWithTheComparedSeries() throws Exception {
        Answer submitted = post("/api/fork", "application/json",
                "{\"week\": 4, \"rules\": [\"coach-leaders-now.drl\"], \"replications\": 2}");
        assertEquals(202, submitted.status(), submitted.body());
        String id = submitted.json().path("id").asText();
        JsonNode job = get("/api/fork/" + encode(id)).json();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!job.path("state").asText().equals("done") && !job.path("state").asText().equals("failed")
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
            job = get("/api/fork/" + encode(id)).json();
        }
        assertEquals("done", job.path("state").asText(), job.toString());
        assertEquals(job.path("total").asInt(), job.path("finished").asInt());
        assertEquals("baseline-fork-week-4", job.path("forkVariant").asText());
        JsonNode recordedSeries = job.path("result").path("recorded").path("psych_safety");
        JsonNode forkedSeries = job.path("result").path("forked").path("psych_safety");
        assertEquals(21, forkedSeries.size());
        for (int week = 0; week < 4; week++) {
            assertEquals(recordedSeries.get(week), forkedSeries.get(week), "identical before the fork week " + week);
        }
        assertFalse(recordedSeries.get(20).equals(forkedSeries.get(20)), "the coaching changes things");
        // The recorded variant, rerun as the fork's baseline, is the recorded series itself.
        JsonNode recordedMeans = get("/api/series?variant=baseline").json().path("metrics").path("psych_safety");
        assertEquals(recordedMeans.get(20).get(1).asDouble(), recordedSeries.get(20).get(1).asDouble(), 1e-6);
        assertTrue(job.path("result").path("vsRecorded").has("burnout_rate"));
        assertTrue(job.path("result").path("newRuleFirings").asInt() > 0, "the coaching rule acted");
    }

    /** Issue 16: the colour scale of a bounded team metric is the same in every variant. */
    @Test
    void boundedTeamMetricsHaveTheSameColourScaleInEveryVariant() throws Exception {
        List<String> scales = new java.util.ArrayList<>();
        for (String variant : new String[] {"baseline", "coached"}) {
            JsonNode replay = get("/api/replay?variant=" + variant + "&replication=0").json();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!replay.path("ready").asBoolean() && System.nanoTime() < deadline) {
                Thread.sleep(100);
                replay = get("/api/replay?variant=" + variant + "&replication=0").json();
            }
            JsonNode ranges = replay.path("teamRanges");
            assertEquals("[0.0,1.0]", ranges.path("stress").toString(), variant);
            assertEquals("[0.0,1.0]", ranges.path("burnout_rate").toString(), variant);
            scales.add(ranges.path("engagement").toString());
        }
        assertEquals(scales.get(0), scales.get(1));
    }

    /** Issue 16: a fork whose rules never act says so (newRuleFirings 0), rather than only showing zero differences. */
    @Test
    void aForkWhoseRulesNeverActSaysSo() throws Exception {
        Answer submitted = post("/api/fork", "application/json",
                "{\"week\": 4, \"rules\": [\"never-fires.drl\"], \"replications\": 2}");
        assertEquals(202, submitted.status(), submitted.body());
        String id = submitted.json().path("id").asText();
        JsonNode job = get("/api/fork/" + encode(id)).json();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!job.path("state").asText().equals("done") && !job.path("state").asText().equals("failed")
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
            job = get("/api/fork/" + encode(id)).json();
        }
        assertEquals("done", job.path("state").asText(), job.toString());
        assertEquals(0, job.path("result").path("newRuleFirings").asInt(-1), job.toString());
    }

    /** Issue 15: teams by segment for the page; a segment of fewer than 5 people of week 0 comes without figures. */
    @Test
    void listsTeamsBySegmentAndHidesTheFiguresOfSmallSegments() throws Exception {
        JsonNode answer = get("/api/segments?variant=coached").json();
        assertEquals("established", answer.path("teams").path("east").asText(), "formedWeeksAgo 104 by default");
        JsonNode established = segment(answer, "team_age", "established");
        assertTrue(established.path("figures").asBoolean(), established.toString());
        assertEquals(List.of("north", "south", "east"), names(established.path("teams")));
        double people = established.path("people").asDouble();
        assertTrue(people > 12 && people <= 17, established.toString());
        assertTrue(established.path("impact").path("burnout_rate").has("meanDiff"), established.toString());
        assertTrue(established.path("impact").path("burnout_rate").path("ci95").isArray(), established.toString());
        for (String[] small : new String[][] {{"role", "team-lead"}, {"role", "manager"}}) {
            JsonNode withheld = segment(answer, small[0], small[1]);
            assertFalse(withheld.path("figures").asBoolean(), withheld.toString());
            assertEquals(List.of("kind", "name", "figures"), names(withheld), "no figure at all: " + withheld);
        }
        for (JsonNode one : answer.path("segments")) {
            assertEquals(one.path("figures").asBoolean(), one.has("people"), one.toString());
        }
        assertFalse(get("/api/segments?variant=baseline").json().toString().contains("impact"),
                "the baseline has no impact on itself");
        assertRefused(400, get("/api/segments?variant=nope"), "nope");
    }

    private static JsonNode segment(JsonNode answer, String kind, String name) {
        for (JsonNode one : answer.path("segments")) {
            if (one.path("kind").asText().equals(kind) && one.path("name").asText().equals(name)) {
                return one;
            }
        }
        throw new AssertionError(kind + " " + name + " missing from " + answer);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> names.add(item.asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
