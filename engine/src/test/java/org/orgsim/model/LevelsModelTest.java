package org.orgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.orgsim.careers.CareerScenarios;
import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.contract.RunRecord;
import org.orgsim.rules.RuleBook;
import org.orgsim.rules.Rules;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioLoader;
import org.orgsim.scenario.Variant;

/** The careers-only model, review by review: refilling, invariants, metrics. */
class LevelsModelTest {
    private static final long SEED = 11;

    private static Variant onlyVariant(String yaml) {
        Scenario scenario = ScenarioLoader.parse(yaml, CareerScenarios.root().resolve("scenarios/test.yaml"));
        return scenario.variants().get(0);
    }

    private static InterventionPolicy policy(Variant variant) {
        return Rules.openSession(RuleBook.compile(variant.rules().stream().map(Path::of).toList()), variant);
    }

    /**
     * A whole cohort retires at once: everybody starts aged just under 60, so at the first review
     * every level empties. The entry level is hired at once; each later review refills the level
     * directly above the last full one, from the level below, until the pyramid is full again.
     */
    @Test
    void aFullyVacantLevelIsRefilledFromTheLevelBelow() {
        Variant variant = onlyVariant("""
                name: cohort
                weeks: 260
                organization:
                  levels:
                    - {name: top, positions: 2, weight: 1}
                    - {name: middle, positions: 5, weight: 0.5}
                    - {name: bottom, positions: 20, weight: 0.25}
                careers:
                  age: {distribution: uniform, min: 59.0, max: 59.5}
                  hiringAge: {distribution: uniform, min: 20, max: 25}
                  retirementAge: 60
                  events: each
                variants:
                  - name: best
                    rules: [%s]
                """.formatted(CareerScenarios.policy("best")));
        List<int[]> held = new ArrayList<>();
        RunRecord run = LevelsModel.simulate(variant, SEED, 0, 260, policy(variant), (week, seats) -> {
            int[] counts = new int[seats.size()];
            for (int level = 0; level < seats.size(); level++) {
                counts[level] = (int) seats.get(level).stream().filter(java.util.Objects::nonNull).count();
            }
            held.add(counts);
        });
        // week 0: full; review 1: all retired, bottom hired; review 2: middle promoted from bottom;
        // review 3: top promoted from middle; from then on full.
        assertEquals(List.of(List.of(2, 5, 20), List.of(0, 0, 20), List.of(0, 5, 20), List.of(2, 5, 20),
                List.of(2, 5, 20), List.of(2, 5, 20)), held.stream().map(counts -> List.of(counts[0], counts[1], counts[2])).toList());
        List<InterventionEvent> events = run.events();
        assertEquals(27, events.stream().filter(e -> e.week() == 52 && e.action().equals("retire")).count());
        assertEquals(7, events.stream().filter(e -> e.week() == 52 && e.action().equals("leaveVacant")).count());
        assertEquals(20, events.stream().filter(e -> e.week() == 52 && e.action().equals("hire")).count());
        // The middle level is refilled by five promotions from the bottom, which are hired again.
        assertEquals(5, events.stream().filter(e -> e.week() == 104 && e.action().equals("appoint")
                && e.detail().startsWith("promoted from bottom to middle")).count());
        assertEquals(5, events.stream().filter(e -> e.week() == 104 && e.action().equals("hire")).count());
        assertEquals(2, events.stream().filter(e -> e.week() == 156 && e.action().equals("appoint")
                && e.detail().startsWith("promoted from middle to top")).count());
        assertTrue(events.stream().filter(e -> e.action().equals("appoint"))
                .allMatch(e -> e.rule().equals("Promote the most competent candidate")));
        // One row per review; attrition counts the 27 retirements against the 27 people at week 0.
        assertEquals(6, run.weekly().length);
        assertEquals(52, run.recordEvery());
        assertEquals(1.0, run.weekly()[1][Metric.ATTRITION.ordinal()], 1e-12);
        assertEquals(20, run.weekly()[1][Metric.HEADCOUNT.ordinal()], 1e-12);
        assertTrue(Double.isNaN(run.weekly()[1][Metric.count()]), "the top level is empty: no mean competence");
    }

    /**
     * Invariants checked after every review of long runs under every policy: every level has
     * exactly its positions, so vacancies never exceed positions; nobody holds two seats; the entry
     * level is always full; every policy of the library fills every vacancy it has a candidate for
     * (a vacancy stays open only when the level below has run out of people, as a retiring cohort
     * under "seniority" can make happen); the recorded bench strength is the contract's formula.
     */
    @ParameterizedTest
    @ValueSource(strings = {"best", "worst", "random", "seniority", "mix"})
    void vacanciesNeverExceedPositionsAndEveryReviewRefillsThePyramid(String policyName) {
        String yaml = "name: invariants\nweeks: " + 52 * 150 + "\n" + CareerScenarios.PYRAMID.replace("events: per-review",
                "events: each") + "variants:\n" + CareerScenarios.variant(policyName, policyName, false,
                policyName.equals("mix") ? "    ruleParameters: {p: 0.3}\n" : "");
        Variant variant = onlyVariant(yaml);
        int[] positions = {1, 5, 11, 21, 41, 81};
        double[] weights = {1.0, 0.9, 0.8, 0.6, 0.4, 0.2};
        List<Double> bench = new ArrayList<>();
        int[] reviews = {0};
        RunRecord run = LevelsModel.simulate(variant, SEED, 3, 52 * 150, policy(variant), (week, seats) -> {
            assertEquals(positions.length, seats.size());
            Set<String> people = new HashSet<>();
            double held = 0;
            double maximum = 0;
            for (int level = 0; level < seats.size(); level++) {
                List<LevelsModel.Worker> seatsOfLevel = seats.get(level);
                assertEquals(positions[level], seatsOfLevel.size(), "positions of level " + level);
                long vacant = seatsOfLevel.stream().filter(java.util.Objects::isNull).count();
                assertTrue(vacant <= positions[level], "vacancies exceed positions in week " + week);
                if (level == seats.size() - 1) {
                    assertEquals(0, vacant, "the entry level is hired full in week " + week);
                }
                for (LevelsModel.Worker worker : seatsOfLevel) {
                    if (worker == null) {
                        continue;
                    }
                    assertTrue(people.add(worker.id), worker.id + " holds two seats in week " + week);
                    assertTrue(worker.competence >= 1 && worker.competence <= 10, "competence in range");
                    assertTrue(worker.age < 60 + 1e-9, "nobody past retirement after a review");
                    held += weights[level] * worker.competence;
                }
                maximum += weights[level] * positions[level] * 10;
            }
            bench.add(100 * held / maximum);
            reviews[0]++;
        });
        assertEquals(151, reviews[0], "week 0 and 150 reviews");
        for (int row = 0; row < run.weekly().length; row++) {
            assertEquals(bench.get(row), run.weekly()[row][Metric.BENCH_STRENGTH.ordinal()], 1e-9, "bench row " + row);
        }
        assertTrue(run.events().stream().filter(e -> e.action().equals("leaveVacant"))
                .allMatch(e -> e.detail().startsWith("left vacant: no candidate left")), "a candidate was passed over");
        long promotions = run.events().stream().filter(e -> e.action().equals("appoint")).count();
        long open = run.events().stream().filter(e -> e.action().equals("leaveVacant")).count();
        long exits = run.events().stream().filter(e -> Set.of("retire", "dismiss", "quit").contains(e.action())).count();
        long hires = run.events().stream().filter(e -> e.action().equals("hire")).count();
        assertTrue(promotions > 100, "promotions happen: " + promotions);
        assertEquals(exits / 160.0, run.weekly()[150][Metric.ATTRITION.ordinal()], 1e-12);
        if (open == 0) {
            assertEquals(exits, hires, "without open vacancies every exit is replaced by one hire at the entry level");
            assertEquals(160, run.weekly()[150][Metric.HEADCOUNT.ordinal()], 1e-12);
        }
    }

    /** The same seed gives the same run; another replication another one. */
    @Test
    void runsAreReproducible() {
        Variant variant = onlyVariant("name: repro\nweeks: 5200\n" + CareerScenarios.PYRAMID + "variants:\n"
                + CareerScenarios.variant("random", "random", true, ""));
        RunRecord first = LevelsModel.simulate(variant, SEED, 0, 5200, policy(variant));
        RunRecord again = LevelsModel.simulate(variant, SEED, 0, 5200, policy(variant));
        RunRecord other = LevelsModel.simulate(variant, SEED, 1, 5200, policy(variant));
        assertTrue(java.util.Arrays.deepEquals(first.weekly(), again.weekly()));
        assertEquals(first.events(), again.events());
        assertTrue(!java.util.Arrays.deepEquals(first.weekly(), other.weekly()));
    }

    /** Without promotion rules nothing above the entry level is ever refilled, and each open seat is logged. */
    @Test
    void withoutRulesVacanciesStayOpenAndAreLogged() {
        Variant variant = onlyVariant("name: norules\nweeks: 520\n" + CareerScenarios.PYRAMID.replace("events: per-review",
                "events: each") + "variants:\n  - name: nobody\n");
        RunRecord run = LevelsModel.simulate(variant, SEED, 0, 520);
        double[] last = run.weekly()[10];
        assertTrue(last[Metric.HEADCOUNT.ordinal()] < 160);
        assertTrue(run.events().stream().anyMatch(e -> e.action().equals("leaveVacant")
                && e.detail().startsWith("left vacant: no rule appointed any of")));
        assertNull(run.events().stream().filter(e -> e.action().equals("appoint")).findFirst().orElse(null));
    }

    /** The fast pseudonym of a careers-only run is the model's pseudonym. */
    @Test
    void pseudonymsAreTheModelsPseudonyms() {
        for (String entity : List.of("level:director/0", "level:junior/80/hire/12", "", "x")) {
            assertEquals(OrganizationFactory.pseudonym(entity), LevelsModel.pseudonym(entity));
        }
    }

    @Test
    void theReviewSummaryWritesTwoDecimalsAsStringFormatDoes() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        List<Double> values = new ArrayList<>(List.of(0.0, 0.005, 0.015, 0.125, 1.005, 2.675, 99.995, 100.0, 45.444999));
        for (int draw = 0; draw < 100_000; draw++) {
            values.add(100 * random.nextDouble());
        }
        for (double value : values) {
            assertEquals(String.format(java.util.Locale.ROOT, "%.2f", value), CareerLog.twoDecimals(value), "value " + value);
        }
    }
}
