package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.hris.Pseudonymizer;
import org.orgsim.contract.SmallGroupSuppression;

/**
 * Privacy through the real command line: a whole scenario on the example organization leaves no
 * raw id, name or e-mail address of the export in any output file or message; and a team of four
 * shows no team-level figure anywhere.
 */
class ImportPrivacyTest {
    private static final Path EXAMPLE = Path.of("..", "scenarios", "example-org");
    /** The example's team of four people. */
    private static final String SMALL_TEAM = "Security";

    @TempDir
    Path temp;
    private String keyFileBefore;
    private PrintStream standardErrorBefore;
    private final ByteArrayOutputStream standardError = new ByteArrayOutputStream();

    @BeforeEach
    void fixedKeyAndCapturedStandardError() throws IOException {
        // A fixed key makes the run deterministic; it lives in the temporary folder, not in the home.
        keyFileBefore = System.getProperty(Pseudonymizer.KEY_FILE_PROPERTY);
        Path key = temp.resolve("key").resolve("pseudonym.key");
        Files.createDirectories(key.getParent());
        Files.writeString(key, HexFormat.of().formatHex("orgsim cli test key, no secret!!".getBytes(StandardCharsets.US_ASCII)));
        System.setProperty(Pseudonymizer.KEY_FILE_PROPERTY, key.toString());
        // Import warnings go to standard error directly (the command's own messages to its writer).
        standardErrorBefore = System.err;
        System.setErr(new PrintStream(standardError, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(standardErrorBefore);
        if (keyFileBefore == null) {
            System.clearProperty(Pseudonymizer.KEY_FILE_PROPERTY);
        } else {
            System.setProperty(Pseudonymizer.KEY_FILE_PROPERTY, keyFileBefore);
        }
    }

    @Test
    void noRawIdNameOrEmailInAnyOutput() throws IOException {
        Path out = temp.resolve("results");
        CliRunner.Outcome outcome = CliRunner.run("run", EXAMPLE.resolve("scenario.yaml").toString(), "--out", out.toString(),
                "--replications", "2", "--threads", "2");
        assertEquals(0, outcome.status(), outcome.err() + standardError);

        Export export = Export.read(EXAMPLE.resolve("people.csv"));
        assertEquals(293, export.ids.size());
        assertTrue(export.names.size() >= 293 && export.emails.size() == 293);
        List<String> texts = new ArrayList<>();
        texts.add("standard output: " + outcome.out());
        texts.add("standard error: " + outcome.err() + standardError.toString(StandardCharsets.UTF_8));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(files.size() >= 6, files.toString());
        for (Path file : files) {
            // Byte for byte (charts and other binary files too): ids, names and addresses are ASCII here.
            texts.add(file + ": " + new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        }
        for (String text : texts) {
            String where = text.substring(0, Math.min(text.length(), text.indexOf(": ") + 1));
            for (String id : export.ids) {
                // As a token: not part of a longer number, nor the integer part of a decimal.
                Pattern token = Pattern.compile("(?<![0-9A-Za-z.])" + id + "(?![0-9A-Za-z]|[.,][0-9])");
                assertFalse(token.matcher(text).find(), "raw id " + id + " in " + where);
            }
            for (String name : export.names) {
                assertFalse(text.contains(name), "a name in " + where);
            }
            for (String email : export.emails) {
                assertFalse(text.contains(email), "an e-mail address in " + where);
            }
            assertFalse(text.contains("Fictief") || text.contains("voorbeeld.invalid") || text.contains("opmerking;"),
                    "personal data in " + where);
        }
        // The people the outputs do name are pseudonymous (promotions, moves): P and 16 hex digits.
        assertTrue(Files.readString(out.resolve("events.csv")).lines().skip(1)
                .noneMatch(line -> Pattern.compile("\\b\\d{6}\\b").matcher(line.split(",", 7)[5]).find()));
    }

    @Test
    void aTeamOfFourShowsNoTeamLevelFigureAnywhere() throws IOException {
        Path rules = temp.resolve("act-on-every-team.drl");
        Files.writeString(rules, """
                package org.orgsim.test;
                import org.orgsim.model.facts.Week;
                import org.orgsim.model.facts.Team;
                global org.orgsim.rules.Actions actions;

                rule "Act on every team in week 2"
                when
                    Week( number == 2 )
                then
                    actions.coachLeaders("*", 4);
                    actions.grantRecoveryLeave("*", 2);
                    actions.setDemand("*", 1.1);
                end

                rule "Lay off, cap and hire in each team in week 3"
                when
                    Week( number == 3 )
                    $team : Team()
                then
                    actions.layOff($team.getName(), 1);
                    actions.setWipLimit($team.getName(), 6);
                    actions.hire($team.getName(), 1);
                end
                """);
        Path scenario = temp.resolve("small-team.yaml");
        Files.writeString(scenario, """
                name: small-team
                weeks: 6
                replications: 2
                seed: 4
                organization:
                  import:
                    people: %s
                    survey: %s
                    referenceDate: 2025-01-01
                parameters:
                  simulation.warmupWeeks: 8
                variants:
                  - name: baseline
                  - name: acting
                    rules: [%s]
                """.formatted(EXAMPLE.resolve("people.csv").toAbsolutePath(), EXAMPLE.resolve("survey.csv").toAbsolutePath(),
                rules.toAbsolutePath()));
        Path out = temp.resolve("results");
        CliRunner.Outcome outcome = CliRunner.run("run", scenario.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, outcome.status(), outcome.err() + standardError);

        // events.csv: the small team's rows keep rule, action and team, never figures.
        List<String> rows = Files.readAllLines(out.resolve("events.csv"));
        int aboutSmallTeam = 0;
        for (String row : rows.subList(1, rows.size())) {
            List<String> cells = csvCells(row);
            String target = cells.get(5);
            String detail = cells.get(6);
            if (target.equals(SMALL_TEAM) || target.startsWith(SMALL_TEAM + ",")) {
                assertEquals(SmallGroupSuppression.WITHHELD, detail, row);
                aboutSmallTeam++;
            }
            for (String part : detail.split("; ")) {
                if (part.startsWith(SMALL_TEAM)) {
                    assertEquals(SMALL_TEAM + ": " + SmallGroupSuppression.WITHHELD, part, row);
                    aboutSmallTeam++;
                }
            }
        }
        assertTrue(aboutSmallTeam >= 2 * 4, "the rules acted on the small team in every run: " + aboutSmallTeam);
        // Large teams keep their figures (the rule is about small groups, not about everything).
        assertTrue(rows.stream().anyMatch(row -> row.contains("laid off 1 of ")), "large teams show their figures");

        // Every other output holds whole-organization figures only: the team is not even named.
        for (String file : List.of("summary.json", "timeseries.csv", "runs.csv", "manifest.json", "scenario.yaml",
                "segments.csv")) {
            assertFalse(Files.readString(out.resolve(file)).contains(SMALL_TEAM), file);
        }
        assertFalse(outcome.out().contains(SMALL_TEAM), outcome.out());
        // Messages name the team only to say that its figures are withheld, and give none of it.
        List<String> mentions = (outcome.err() + standardError.toString(StandardCharsets.UTF_8)).lines()
                .filter(line -> line.contains(SMALL_TEAM)).toList();
        assertEquals(List.of("orgsim: warning: " + EXAMPLE.resolve("people.csv").toAbsolutePath() + ": 2 teams of fewer "
                + "than 5 people (Juridisch, Security): outputs withhold their team-level figures (docs/privacy.md)"), mentions);

        // The same holds for what replay prints and for every answer of the workshop server.
        List<String> answers = new ArrayList<>();
        for (String variant : List.of("baseline", "acting")) {
            for (String replication : List.of("0", "1")) {
                CliRunner.Outcome replay = CliRunner.run("replay", out.toString(), "--variant", variant, "--replication",
                        replication, "--print");
                assertEquals(0, replay.status(), replay.err());
                answers.add("replay " + variant + " " + replication + ": " + replay.out() + replay.err());
                for (String line : replay.out().lines().filter(line -> line.contains(SMALL_TEAM)).toList()) {
                    assertTrue(line.startsWith("  intervention: ") && line.contains(SmallGroupSuppression.WITHHELD), line);
                }
            }
        }
        answers.addAll(serverAnswers(out));
        assertPersonalDataAbsent(answers);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        int smallTeamSeen = 0;
        for (String answer : answers) {
            if (!answer.startsWith("/api/week")) {
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode week = json.readTree(answer.substring(answer.indexOf(": ") + 2));
            for (com.fasterxml.jackson.databind.JsonNode team : week.path("teams")) {
                if (team.path("name").asText().equals(SMALL_TEAM)) {
                    assertTrue(team.path("headcount").isNull() && team.path("metrics").isNull(), answer);
                    smallTeamSeen++;
                }
            }
            for (com.fasterxml.jackson.databind.JsonNode crossing : week.path("crossings")) {
                assertFalse(crossing.path("team").asText().equals(SMALL_TEAM), answer);
            }
            for (com.fasterxml.jackson.databind.JsonNode event : week.path("events")) {
                if (event.path("target").asText().startsWith(SMALL_TEAM)) {
                    assertEquals(SmallGroupSuppression.WITHHELD, event.path("detail").asText(), answer);
                }
            }
        }
        assertTrue(smallTeamSeen > 0, "the small team is drawn (without figures)");
    }

    /** Every GET answer of the workshop server on a results directory, each prefixed with its path. */
    private static List<String> serverAnswers(Path results) throws IOException {
        List<String> answers = new ArrayList<>();
        org.orgsim.workshop.RecordedRun recorded = org.orgsim.workshop.RecordedRun.load(results);
        java.io.StringWriter log = new java.io.StringWriter();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        try (org.orgsim.cli.serve.WorkshopServer server = org.orgsim.cli.serve.WorkshopServer.start(
                org.orgsim.cli.serve.WorkshopService.open(recorded, Path.of("..", "rules"), "en", 2, new PrintWriter(log, true)),
                null, 0, new PrintWriter(log, true))) {
            List<String> paths = new ArrayList<>(List.of("/api/run", "/api/rules", "/api/messages?lang=en"));
            for (String variant : List.of("baseline", "acting")) {
                paths.add("/api/series?variant=" + variant);
                for (int replication = 0; replication < 2; replication++) {
                    paths.add("/api/replay?variant=" + variant + "&replication=" + replication);
                    for (int week = 0; week <= 6; week++) {
                        paths.add("/api/week?variant=" + variant + "&replication=" + replication + "&week=" + week);
                    }
                }
            }
            for (String path : paths) {
                java.net.http.HttpResponse<String> response;
                try {
                    response = http.send(java.net.http.HttpRequest.newBuilder(server.uri().resolve(path))
                            .timeout(java.time.Duration.ofSeconds(60)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                } catch (InterruptedException failure) {
                    Thread.currentThread().interrupt();
                    throw new IOException(failure);
                }
                assertEquals(200, response.statusCode(), path + ": " + response.body());
                answers.add(path + ": " + response.body());
            }
        }
        return answers;
    }

    /** No raw id, name or e-mail address of the example export in any of the texts. */
    private static void assertPersonalDataAbsent(List<String> texts) throws IOException {
        Export export = Export.read(EXAMPLE.resolve("people.csv"));
        for (String text : texts) {
            String where = text.substring(0, Math.min(text.length(), text.indexOf(": ") + 1));
            for (String id : export.ids) {
                Pattern token = Pattern.compile("(?<![0-9A-Za-z.])" + id + "(?![0-9A-Za-z]|[.,][0-9])");
                assertFalse(token.matcher(text).find(), "raw id " + id + " in " + where);
            }
            for (String name : export.names) {
                assertFalse(text.contains(name), "a name in " + where);
            }
            for (String email : export.emails) {
                assertFalse(text.contains(email), "an e-mail address in " + where);
            }
        }
    }

    /** Fields of one RFC 4180 line (the contract's CSV files quote fields with commas or quotes). */
    private static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < line.length(); index++) {
            char c = line.charAt(index);
            if (c == '"') {
                if (quoted && index + 1 < line.length() && line.charAt(index + 1) == '"') {
                    cell.append('"');
                    index++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** The raw ids, names and e-mail addresses of the example export, read the plain way. */
    private static final class Export {
        final Set<String> ids = new LinkedHashSet<>();
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> emails = new LinkedHashSet<>();

        static Export read(Path file) throws IOException {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int index = 0; index < text.length(); index++) {
                char c = text.charAt(index);
                if (c == '"') {
                    if (quoted && index + 1 < text.length() && text.charAt(index + 1) == '"') {
                        cell.append('"');
                        index++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (c == ';' && !quoted) {
                    record.add(cell.toString());
                    cell.setLength(0);
                } else if ((c == '\n' || c == '\r') && !quoted) {
                    if (c == '\r' && index + 1 < text.length() && text.charAt(index + 1) == '\n') {
                        index++;
                    }
                    record.add(cell.toString());
                    cell.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            List<String> header = records.get(0);
            int id = header.indexOf("personeelsnummer");
            int manager = header.indexOf("leidinggevende_id");
            int name = header.indexOf("naam");
            int email = header.indexOf("e-mail");
            Export export = new Export();
            for (List<String> row : records.subList(1, records.size())) {
                export.ids.add(row.get(id));
                if (!row.get(manager).isEmpty()) {
                    export.ids.add(row.get(manager));
                }
                export.names.add(row.get(name));
                export.emails.add(row.get(email));
            }
            return export;
        }
    }
}
