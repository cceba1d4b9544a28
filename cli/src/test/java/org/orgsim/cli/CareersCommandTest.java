package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Careers through the real entry point: a careers-only scenario writes one row per review with the
 * careers metrics; bad careers input and a promotion rule that appoints a non-candidate end with
 * exit status 2, one message with the YAML path (or the rule and the review), and no output.
 */
class CareersCommandTest {
    private static final String GOOD = """
            name: careers
            weeks: 520
            replications: 3
            organization:
              levels:
                - {name: director, positions: 1, weight: 1.0}
                - {name: manager, positions: 4, weight: 0.6}
                - {name: staff, positions: 20, weight: 0.2}
            careers:
              retirementAge: 60
              dismissalBelow: 4
              quitRate: 0.2
            variants:
              - name: random
                rules: [RULES/random.drl]
              - name: best
                rules: [RULES/best.drl]
                careers: {promotion: {newRoleCompetence: fresh}}
            """;

    @TempDir
    Path temp;

    private static String promotionRules() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve("rules").resolve("promotion"))) {
                return folder.resolve("rules").resolve("promotion").toString();
            }
        }
        throw new IllegalStateException("rules/promotion not found");
    }

    private Path scenario(String yaml) throws IOException {
        Path file = temp.resolve("careers.yaml");
        Files.writeString(file, yaml.replace("RULES", promotionRules()));
        return file;
    }

    @Test
    void aCareersOnlyRunWritesOneRowPerReviewWithTheCareersMetrics() throws IOException {
        Path out = temp.resolve("out");
        CliRunner.Outcome outcome = CliRunner.run("run", scenario(GOOD).toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, outcome.status(), outcome.err());

        List<String> timeseries = Files.readAllLines(out.resolve("timeseries.csv"));
        Set<String> weeks = new TreeSet<>();
        Set<String> metrics = new TreeSet<>();
        for (String line : timeseries.subList(1, timeseries.size())) {
            String[] fields = line.split(",");
            weeks.add(fields[1]);
            metrics.add(fields[2]);
        }
        assertEquals(Set.of("0", "52", "104", "156", "208", "260", "312", "364", "416", "468", "520"), weeks);
        assertEquals(Set.of("attrition", "headcount", "bench_strength", "competence_level_director",
                "competence_level_manager", "competence_level_staff"), metrics);
        assertEquals(1 + 2 * 11 * 6, timeseries.size());
        assertEquals(1 + 2 * 3 * 6, Files.readAllLines(out.resolve("runs.csv")).size());
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"bench_strength\""), summary);
        assertFalse(summary.contains("\"throughput\""), "no team metrics without teams");

        List<String> events = Files.readAllLines(out.resolve("events.csv"));
        assertTrue(events.stream().anyMatch(line -> line.matches("random,\\d,\\d+,Promote a candidate at random,appoint,.*")));
        assertTrue(events.stream().anyMatch(line -> line.matches("best,\\d,\\d+,career review,(hire|dismiss|retire|quit),.*")));
    }

    @Test
    void validateListsThePromotionRules() throws IOException {
        CliRunner.Outcome outcome = CliRunner.run("validate", scenario(GOOD).toString());
        assertEquals(0, outcome.status(), outcome.err());
        assertTrue(outcome.out().contains("Promote the most competent candidate"), outcome.out());
    }

    static Stream<Arguments> badCareers() {
        return Stream.of(
                Arguments.of("weight not positive", GOOD.replace("weight: 0.6", "weight: 0"),
                        "organization.levels[1].weight must be a positive number, was 0"),
                Arguments.of("zero positions", GOOD.replace("positions: 4", "positions: 0"),
                        "organization.levels[1].positions must be >= 1, was 0"),
                Arguments.of("empty competence range", GOOD.replace("careers:\n", "careers:\n  competence: {min: 8, max: 3}\n"),
                        "careers.competence is an empty range: min (8) must be below max (3)"),
                Arguments.of("retirement age below the entry age", GOOD.replace("retirementAge: 60", "retirementAge: 17"),
                        "careers.retirementAge: the retirement age (17) must be above the entry age"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCareers")
    void badCareersInputIsExitTwoWithTheYamlPath(String description, String yaml, String expected) throws IOException {
        Path file = scenario(yaml);
        Path out = temp.resolve("out");
        CliRunner.Outcome outcome = CliRunner.run("run", file.toString(), "--out", out.toString());
        assertEquals(2, outcome.status(), outcome.err());
        assertTrue(outcome.err().contains(file + ": " + expected), outcome.err());
        assertEquals(1, outcome.err().strip().lines().count(), "one clear message: " + outcome.err());
        assertFalse(Files.exists(out), "no output directory may be left behind");
    }

    @Test
    void aRuleThatAppointsANonCandidateIsExitTwoNamingTheRuleAndTheReview() throws IOException {
        Path rule = temp.resolve("outsider.drl");
        Files.writeString(rule, """
                package org.orgsim.rules.test;
                import org.orgsim.model.facts.Vacancy;
                import org.orgsim.model.facts.Candidate;
                global org.orgsim.rules.Actions actions;
                // Appoints somebody who is not among the candidates the review offers.
                rule "Promote a favourite from anywhere"
                when
                    $vacancy : Vacancy()
                then
                    actions.appoint("Pnot-a-candidate", $vacancy.getId());
                end
                """);
        String yaml = GOOD.replace("rules: [RULES/random.drl]", "rules: [" + rule + "]")
                .replace("careers:\n  retirementAge: 60", "careers:\n  age: {distribution: uniform, min: 59, max: 59.5}\n"
                        + "  hiringAge: {distribution: uniform, min: 20, max: 25}\n  retirementAge: 60");
        Path out = temp.resolve("out");
        CliRunner.Outcome outcome = CliRunner.run("run", scenario(yaml).toString(), "--out", out.toString());
        assertEquals(2, outcome.status(), outcome.err());
        // Everybody retires at the first review, when nobody is left to promote; the staff hired then are
        // the first candidates, for the managers' seats at the second review.
        assertTrue(outcome.err().contains("rule 'Promote a favourite from anywhere' failed in the career review of week "
                + "104 (review 2) of variant 'random': appoint: 'Pnot-a-candidate' is not a candidate for vacancy "
                + "'level:manager/"), outcome.err());
        assertFalse(Files.exists(out), "no output directory may be left behind");
    }
}
