package org.orgsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orgsim.contract.Metric;

/** {@code replications: auto} with {@code precision}, {@code sweep} and {@code sensitivity}. */
class ExperimentDesignLoaderTest {
    private static final Path SOURCE = Path.of("scenarios", "x.yaml");
    private static final String PREFIX = SOURCE + ": ";
    private static final String MINIMAL = """
            name: minimal
            weeks: 52
            organization:
              teams:
                - name: alpha
                  size: 8
            """;
    private static final String ARRIVALS = "work.arrivalsPerMemberPerWeek";

    private static Scenario parse(String rest) {
        return ScenarioLoader.parse(MINIMAL + rest, SOURCE);
    }

    @Test
    void autoWithoutPrecisionTakesEveryDefault() {
        Scenario scenario = parse("replications: auto\n");
        assertTrue(scenario.hasAutomaticReplications());
        assertEquals(Precision.defaults(), scenario.precision());
        assertEquals(List.of(Metric.THROUGHPUT, Metric.CYCLE_TIME, Metric.DECISION_LATENCY, Metric.COST,
                Metric.STRESS, Metric.BURNOUT_RATE, Metric.ENGAGEMENT, Metric.ATTRITION), scenario.precision().metrics());
        assertEquals(10, scenario.replications(), "the first batch is the minimum");
        assertEquals(0.02, scenario.precision().relativeHalfWidth());
        assertEquals(200, scenario.precision().maximum());
    }

    @Test
    void precisionFieldsAreRead() {
        Scenario scenario = parse("""
                replications: AUTO
                precision:
                  metrics: [engagement, throughput]
                  relativeHalfWidth: 0.05
                  absoluteHalfWidth: 0.001
                  batch: 5
                  minimum: 4
                  maximum: 60
                """);
        Precision precision = scenario.precision();
        assertEquals(new Precision(List.of(Metric.THROUGHPUT, Metric.ENGAGEMENT), 0.05, 0.001, 5, 4, 60), precision,
                "metrics in Metric order");
        assertEquals(4, scenario.replications());
        assertEquals(0.05 * 3, precision.allowedHalfWidth(-3), 1e-15);
        assertEquals(0.001, precision.allowedHalfWidth(0.0));
        Scenario fixed = scenario.withReplications(7);
        assertFalse(fixed.hasAutomaticReplications());
        assertEquals(7, fixed.replications());
        assertEquals(scenario.precision(), scenario.withSeed(3).precision());
    }

    @Test
    void aMinimumAboveTheDefaultMaximumRaisesTheMaximum() {
        Precision precision = parse("replications: auto\nprecision: {minimum: 300}\n").precision();
        assertEquals(300, precision.minimum());
        assertEquals(300, precision.maximum());
    }

    @Test
    void aGridSweepKeepsItsValuesAndOrder() {
        Scenario scenario = parse("""
                sweep:
                  method: grid
                  parameters:
                    work.arrivalsPerMemberPerWeek: [0.4, 0.5, 0.6]
                    leader.supervisionHoursPerReport: {min: 0.25, max: 1.0, steps: 4}
                    hiring.vacancyWeeks: [8]
                """);
        Sweep sweep = scenario.sweep();
        assertEquals(Sweep.Method.GRID, sweep.method());
        assertEquals(3 * 4, sweep.points());
        assertEquals(List.of(Parameter.ARRIVALS_PER_MEMBER, Parameter.SUPERVISION_HOURS_PER_REPORT,
                Parameter.VACANCY_WEEKS), sweep.sweptParameters());
        assertEquals(List.of(0.4, 0.5, 0.6), sweep.parameters().get(0).values());
        assertEquals(List.of(0.25, 0.5, 0.75, 1.0), sweep.parameters().get(1).values());
        assertNull(sweep.parameters().get(0).range());
        assertNull(scenario.sensitivity());
        assertNull(scenario.withoutStudies().sweep());
    }

    @Test
    void aLatinHypercubeKeepsItsRangesAndPoints() {
        Sweep sweep = parse("""
                sweep:
                  method: latin-hypercube
                  points: 20
                  parameters:
                    work.arrivalsPerMemberPerWeek: {min: 0.4, max: 0.6}
                """).sweep();
        assertEquals(Sweep.Method.LATIN_HYPERCUBE, sweep.method());
        assertEquals(20, sweep.points());
        assertEquals(new ParameterRange(Parameter.ARRIVALS_PER_MEMBER, 0.4, 0.6), sweep.parameters().get(0).range());
        assertTrue(sweep.parameters().get(0).values().isEmpty());
    }

    @Test
    void sensitivityDefaults() {
        Sensitivity sensitivity = parse("""
                sensitivity:
                  parameters:
                    work.arrivalsPerMemberPerWeek: {min: 0.4, max: 0.6}
                    cost.memberWeekly: {min: 1000, max: 2000}
                """).sensitivity();
        assertEquals(10, sensitivity.trajectories());
        assertEquals(4, sensitivity.levels());
        assertEquals(2.0 / 3, sensitivity.delta(), 1e-15);
        assertEquals(Metric.recordedWithoutCareers(), sensitivity.metrics()); // every metric but bench_strength
        assertEquals(OptionalInt.empty(), sensitivity.replications());
        assertEquals(10 * 3, sensitivity.points());
        assertEquals(List.of(new ParameterRange(Parameter.ARRIVALS_PER_MEMBER, 0.4, 0.6),
                new ParameterRange(Parameter.MEMBER_WEEKLY_COST, 1000, 2000)), sensitivity.parameters());
    }

    @Test
    void sensitivityFieldsAreRead() {
        Sensitivity sensitivity = parse("""
                sensitivity:
                  method: morris
                  trajectories: 3
                  levels: 6
                  replications: 5
                  parameters:
                    stress.baseline: {min: -1, max: 1}
                  metrics: [burnout_rate, backlog]
                """).sensitivity();
        assertEquals(new Sensitivity(3, 6, List.of(new ParameterRange(Parameter.STRESS_BASELINE, -1, 1)),
                List.of(Metric.BACKLOG, Metric.BURNOUT_RATE), OptionalInt.of(5)), sensitivity);
    }

    static Stream<Arguments> badDesigns() {
        String lhs = "sweep:\n  method: latin-hypercube\n  points: 5\n  parameters:\n    " + ARRIVALS + ": ";
        String grid = "sweep:\n  parameters:\n    " + ARRIVALS + ": ";
        String morris = "sensitivity:\n  parameters:\n    " + ARRIVALS + ": {min: 0.4, max: 0.6}\n";
        return Stream.of(
                Arguments.of("precision without auto", "precision: {minimum: 5}\n",
                        "precision is only used with replications: auto (replications is 20); write replications: "
                                + "auto, or remove precision"),
                Arguments.of("precision with a fixed number", "replications: 30\nprecision:\n  batch: 5\n",
                        "precision is only used with replications: auto (replications is 30)"),
                Arguments.of("unknown precision metric", "replications: auto\nprecision:\n  metrics: [throughput, burnout]\n",
                        "precision.metrics[1] is not a known metric (did you mean burnout_rate? known metrics: throughput, "),
                Arguments.of("repeated precision metric", "replications: auto\nprecision: {metrics: [cost, cost]}\n",
                        "precision.metrics[1] repeats the metric cost"),
                Arguments.of("empty precision metrics", "replications: auto\nprecision: {metrics: []}\n",
                        "precision.metrics must list at least one metric"),
                Arguments.of("unknown precision field", "replications: auto\nprecision: {relative: 0.05}\n",
                        "precision.relative is not a known field (did you mean 'relativeHalfWidth'?"),
                Arguments.of("negative half-width", "replications: auto\nprecision: {relativeHalfWidth: -0.1}\n",
                        "precision.relativeHalfWidth must be between 0 and "),
                Arguments.of("minimum of one", "replications: auto\nprecision: {minimum: 1}\n",
                        "precision.minimum must be >= 2, was 1"),
                Arguments.of("maximum below minimum", "replications: auto\nprecision: {minimum: 50, maximum: 20}\n",
                        "precision.maximum must be >= minimum (50), was 20"),
                Arguments.of("batch of zero", "replications: auto\nprecision: {batch: 0}\n",
                        "precision.batch must be >= 1, was 0"),
                Arguments.of("sweep over an unknown parameter",
                        "sweep:\n  parameters:\n    work.arrivalsPerMemberPerWek: [0.4, 0.5]\n",
                        "sweep.parameters.work.arrivalsPerMemberPerWek is not a known parameter (did you mean "
                                + "work.arrivalsPerMemberPerWeek?)"),
                Arguments.of("sweep over a group", "sweep:\n  parameters:\n    stress: [1, 2]\n",
                        "sweep.parameters.stress is a group of parameters, not a parameter"),
                Arguments.of("empty range", lhs + "{min: 0.6, max: 0.4}\n",
                        "sweep.parameters." + ARRIVALS + " is an empty range: min (0.6) must be below max (0.4)"),
                Arguments.of("range of one value", lhs + "{min: 0.5, max: 0.5}\n",
                        "sweep.parameters." + ARRIVALS + " is an empty range: min (0.5) must be below max (0.5)"),
                Arguments.of("empty value list", grid + "[]\n",
                        "sweep.parameters." + ARRIVALS + " must list at least one value"),
                Arguments.of("value outside the parameter's range", grid + "[0.4, 60]\n",
                        "sweep.parameters." + ARRIVALS + "[1] must be between 0 and 50, was 60"),
                Arguments.of("range bound outside the parameter's range", lhs + "{min: 0.4, max: 60}\n",
                        "sweep.parameters." + ARRIVALS + ".max must be between 0 and 50, was 60"),
                Arguments.of("range without max", lhs + "{min: 0.4}\n",
                        "sweep.parameters." + ARRIVALS + ".max is missing (" + ARRIVALS + " is between 0 and 50)"),
                Arguments.of("repeated grid value", grid + "[0.4, 0.4]\n",
                        "sweep.parameters." + ARRIVALS + "[1] repeats the value 0.4 of sweep.parameters." + ARRIVALS + "[0]"),
                Arguments.of("fraction for a whole-number parameter", "sweep:\n  parameters:\n    hiring.vacancyWeeks: [2.5]\n",
                        "sweep.parameters.hiring.vacancyWeeks[0] must be a whole number, was 2.5"),
                Arguments.of("too many steps for a whole-number parameter",
                        "sweep:\n  parameters:\n    hiring.vacancyWeeks: {min: 1, max: 3, steps: 5}\n",
                        "sweep.parameters.hiring.vacancyWeeks.steps gives repeated values"),
                Arguments.of("latin-hypercube without points",
                        "sweep:\n  method: latin-hypercube\n  parameters:\n    " + ARRIVALS + ": {min: 0.4, max: 0.6}\n",
                        "sweep.points is missing (latin-hypercube needs the number of points, e.g. points: 20)"),
                Arguments.of("latin-hypercube with a list", lhs + "[0.4, 0.6]\n",
                        "sweep.parameters." + ARRIVALS + " must be a range {min, max} (latin-hypercube samples a range"),
                Arguments.of("points on a grid", "sweep:\n  points: 4\n  parameters:\n    " + ARRIVALS + ": [0.4]\n",
                        "sweep.points is only used by method: latin-hypercube"),
                Arguments.of("grid range without steps", grid + "{min: 0.4, max: 0.6}\n",
                        "sweep.parameters." + ARRIVALS + ".steps is missing"),
                Arguments.of("steps on a latin hypercube", lhs + "{min: 0.4, max: 0.6, steps: 3}\n",
                        "sweep.parameters." + ARRIVALS + ".steps is not a known field"),
                Arguments.of("unknown sweep method", "sweep:\n  method: random\n  parameters: {" + ARRIVALS + ": [1]}\n",
                        "sweep.method must be one of grid, latin-hypercube, was \"random\""),
                Arguments.of("sweep without parameters", "sweep:\n  parameters: {}\n",
                        "sweep.parameters must name at least one parameter"),
                Arguments.of("sweep with parameters missing", "sweep:\n  method: grid\n",
                        "sweep.parameters is missing ("),
                Arguments.of("huge grid", "sweep:\n  parameters:\n"
                                + "    " + ARRIVALS + ": {min: 0.1, max: 1, steps: 200}\n"
                                + "    stress.baseline: {min: -1, max: 1, steps: 200}\n",
                        "sweep.parameters makes a grid of more than 10000 points"),
                Arguments.of("sensitivity over an unknown parameter",
                        "sensitivity:\n  parameters:\n    cost.memberWeeky: {min: 1, max: 2}\n",
                        "sensitivity.parameters.cost.memberWeeky is not a known parameter (did you mean cost.memberWeekly?)"),
                Arguments.of("sensitivity with an empty range",
                        "sensitivity:\n  parameters:\n    " + ARRIVALS + ": {min: 0.6, max: 0.6}\n",
                        "sensitivity.parameters." + ARRIVALS + " is an empty range"),
                Arguments.of("sensitivity with a list", "sensitivity:\n  parameters:\n    " + ARRIVALS + ": [0.4, 0.6]\n",
                        "sensitivity.parameters." + ARRIVALS + " must be a range {min, max}"),
                Arguments.of("odd levels", morris + "  levels: 3\n",
                        "sensitivity.levels must be an even number"),
                Arguments.of("no trajectories", morris + "  trajectories: 0\n",
                        "sensitivity.trajectories must be >= 1, was 0"),
                Arguments.of("zero sensitivity replications", morris + "  replications: 0\n",
                        "sensitivity.replications must be >= 1, was 0"),
                Arguments.of("unknown sensitivity metric", morris + "  metrics: [backlogg]\n",
                        "sensitivity.metrics[0] is not a known metric (did you mean backlog?"),
                Arguments.of("unknown sensitivity method", morris + "  method: sobol\n",
                        "sensitivity.method must be morris"),
                Arguments.of("sensitivity without parameters", "sensitivity:\n  trajectories: 4\n",
                        "sensitivity.parameters is missing ("));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDesigns")
    void badDesignsAreReportedWithTheirPath(String label, String rest, String expected) {
        ScenarioException exception = assertThrows(ScenarioException.class, () -> parse(rest));
        String message = exception.getMessage();
        assertTrue(message.startsWith(PREFIX + expected),
                () -> "expected a message starting with\n  " + PREFIX + expected + "\nbut was\n  " + message);
        assertEquals(-1, message.indexOf('\n'), () -> "one line expected, was: " + message);
    }
}
