package org.orgsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.model.Action;
import org.orgsim.model.ActionRequest;
import org.orgsim.model.InterventionException;
import org.orgsim.model.ReviewFacts;
import org.orgsim.model.facts.Candidate;
import org.orgsim.model.facts.Review;
import org.orgsim.model.facts.Vacancy;

/**
 * The library's promotion policies appoint through the engine's ranking
 * ({@code actions.appointMostCompetent} and its siblings) instead of comparing every candidate with
 * every other in the rule network. On a small review with ties they appoint exactly the people the
 * old pairwise rules appointed, to the same vacancies; and a review of 11,000 vacancies is ordinary
 * work, not a runaway loop.
 */
class RankedPromotionTest {
    private static final String HEADER = """
            package org.orgsim.rules.pairwise;
            import org.orgsim.model.facts.Vacancy;
            import org.orgsim.model.facts.Candidate;
            import org.orgsim.model.facts.RuleParameter;
            global org.orgsim.rules.Actions actions;
            """;
    /** The library's policies as they were written before the ranking helper (O(n²) per level). */
    private static final Map<String, String> PAIRWISE = Map.of(
            "best", """
                    rule "best"
                    when
                        $best : Candidate( $level : level, $competence : competence, $lottery : lottery )
                        not Candidate( level == $level, competence > $competence )
                        not Candidate( level == $level, competence == $competence, lottery < $lottery )
                        $vacancy : Vacancy( level == $level )
                    then
                        actions.appoint($best.getPersonId(), $vacancy.getId());
                    end
                    """,
            "worst", """
                    rule "worst"
                    when
                        $worst : Candidate( $level : level, $competence : competence, $lottery : lottery )
                        not Candidate( level == $level, competence < $competence )
                        not Candidate( level == $level, competence == $competence, lottery < $lottery )
                        $vacancy : Vacancy( level == $level )
                    then
                        actions.appoint($worst.getPersonId(), $vacancy.getId());
                    end
                    """,
            "random", """
                    rule "random"
                    when
                        $drawn : Candidate( $level : level, $lottery : lottery )
                        not Candidate( level == $level, lottery < $lottery )
                        $vacancy : Vacancy( level == $level )
                    then
                        actions.appoint($drawn.getPersonId(), $vacancy.getId());
                    end
                    """,
            "seniority", """
                    rule "seniority"
                    when
                        $senior : Candidate( $level : level, $tenure : tenureWeeks, $age : age, $lottery : lottery )
                        not Candidate( level == $level, tenureWeeks > $tenure )
                        not Candidate( level == $level, tenureWeeks == $tenure, age > $age )
                        not Candidate( level == $level, tenureWeeks == $tenure, age == $age, lottery < $lottery )
                        $vacancy : Vacancy( level == $level )
                    then
                        actions.appoint($senior.getPersonId(), $vacancy.getId());
                    end
                    """,
            "mix", """
                    rule "best with probability p"
                    when
                        $best : Candidate( $level : level, $competence : competence, $lottery : lottery )
                        not Candidate( level == $level, competence > $competence )
                        not Candidate( level == $level, competence == $competence, lottery < $lottery )
                        RuleParameter( name == "p", $p : value )
                        $vacancy : Vacancy( level == $level, lottery < $p )
                    then
                        actions.appoint($best.getPersonId(), $vacancy.getId());
                    end
                    rule "otherwise the worst"
                    when
                        $worst : Candidate( $level : level, $competence : competence, $lottery : lottery )
                        not Candidate( level == $level, competence < $competence )
                        not Candidate( level == $level, competence == $competence, lottery < $lottery )
                        RuleParameter( name == "p", $p : value )
                        $vacancy : Vacancy( level == $level, lottery >= $p )
                    then
                        actions.appoint($worst.getPersonId(), $vacancy.getId());
                    end
                    """);

    @TempDir
    Path temp;

    @Test
    void theRankedPoliciesAppointWhomThePairwiseRulesAppointed() throws IOException {
        for (String policy : List.of("best", "worst", "random", "seniority", "mix")) {
            for (int seed = 1; seed <= 5; seed++) {
                for (int[] size : new int[][] {{3, 12}, {9, 6}}) {
                    ReviewFacts facts = review(seed, size[0], size[1]);
                    Path pairwise = temp.resolve(policy + "-pairwise.drl");
                    Files.writeString(pairwise, HEADER + PAIRWISE.get(policy));
                    List<String> expected = pairs(decide(pairwise, facts));
                    List<String> ranked = pairs(decide(RuleFiles.library().resolve("promotion/" + policy + ".drl"), facts));
                    assertEquals(expected, ranked, policy + ", seed " + seed + ", " + size[0] + " vacancies, "
                            + size[1] + " candidates");
                    assertEquals(Math.min(size[0], size[1]), ranked.size(), "every vacancy filled while candidates last");
                }
            }
        }
    }

    @Test
    void theSentencesAppointAsTheRulesDo() throws IOException {
        ReviewFacts facts = review(11, 6, 15);
        List<String> expected = pairs(decide(RuleFiles.library().resolve("promotion/best.drl"), facts));
        for (String[] language : new String[][] {
                {"orgsim.dsl", "When a vacancy is open", "Then appoint the most competent candidate to it"},
                {"orgsim-nl.dsl", "Als er een vacature open is", "Benoem de meest competente kandidaat op die vacature"}}) {
            Path rules = temp.resolve("best-" + language[0] + ".dslr");
            Files.writeString(rules, "package org.orgsim.rules.sentences;\nexpander " + language[0]
                    + "\nimport org.orgsim.model.facts.Vacancy;\nglobal org.orgsim.rules.Actions actions;\n"
                    + "rule \"Promote the most competent candidate (sentences)\"\nwhen\n    " + language[1]
                    + "\nthen\n    " + language[2] + "\nend\n");
            assertEquals(expected, pairs(decide(rules, facts)), language[0]);
        }
    }

    @Test
    void elevenThousandAppointmentsAreWorkNotARunawayLoop() {
        ReviewFacts facts = review(7, 11_000, 12_000);
        List<ActionRequest> appointments = decide(RuleFiles.library().resolve("promotion/best.drl"), facts);
        assertEquals(11_000, appointments.size());
        assertEquals(11_000, new HashSet<>(pairs(appointments)).size());
        // The 11,000 most competent were appointed: nobody left over is more competent than anyone appointed.
        java.util.Set<String> appointed = new HashSet<>();
        appointments.forEach(request -> appointed.add(((Action.Appoint) request.action()).candidateId()));
        double weakestAppointed = facts.candidates().stream().filter(c -> appointed.contains(c.getPersonId()))
                .mapToDouble(Candidate::getCompetence).min().orElseThrow();
        double strongestLeft = facts.candidates().stream().filter(c -> !appointed.contains(c.getPersonId()))
                .mapToDouble(Candidate::getCompetence).max().orElseThrow();
        assertTrue(weakestAppointed >= strongestLeft, weakestAppointed + " < " + strongestLeft);
    }

    @Test
    void theLimitGrowsWithTheWorkButALoopStillStops() throws IOException {
        try (RuleSession session = new RuleSession(RuleBook.compile(List.of(RuleFiles.library().resolve("promotion/best.drl"))),
                1000, "x")) {
            assertEquals(1000, session.firingLimit(10), "small work: the parameter");
            assertEquals(23_001, session.firingLimit(23_001), "one rule: one firing per fact");
        }
        // A rule that re-fires on a fact of its own making stops at the limit, even in a large review.
        Path loop = temp.resolve("loop.drl");
        Files.writeString(loop, HEADER + RuleSafetyTest.COUNT_FOREVER + """
                rule "Start counting"
                when
                    Vacancy( id == "v0" )
                then
                    insert(new Counter(0));
                end
                """);
        InterventionException failure = assertThrows(InterventionException.class,
                () -> decide(loop, review(3, 2_000, 3_000)));
        assertTrue(failure.getMessage().contains("'Count forever' fired more than 10002 times in the career review"),
                failure.getMessage());
    }

    private static List<ActionRequest> decide(Path rules, ReviewFacts facts) {
        try (RuleSession session = new RuleSession(RuleBook.compile(List.of(rules)), 1000, "x", Map.of("p", 0.5), 60)) {
            return session.decideVacancies(facts);
        }
    }

    private static List<String> pairs(List<ActionRequest> requests) {
        List<String> pairs = new ArrayList<>();
        for (ActionRequest request : requests) {
            Action.Appoint appoint = (Action.Appoint) request.action();
            pairs.add(appoint.vacancyId() + "<-" + appoint.candidateId());
        }
        return pairs;
    }

    /** A review of one level; competences, tenures and ages come in few values, so ties are common. */
    private static ReviewFacts review(int seed, int vacancies, int candidates) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Vacancy> open = new ArrayList<>();
        for (int index = 0; index < vacancies; index++) {
            open.add(new Vacancy("v" + index, "manager", 2, 0.8, "", random.nextDouble()));
        }
        List<Candidate> people = new ArrayList<>();
        for (int index = 0; index < candidates; index++) {
            people.add(new Candidate("P" + index, "manager", "team-lead", 1 + random.nextInt(4), 30 + random.nextInt(3),
                    52 * random.nextInt(3), 52, "", false, random.nextDouble()));
        }
        return new ReviewFacts("x", new Review(1, 52), open, people);
    }
}
