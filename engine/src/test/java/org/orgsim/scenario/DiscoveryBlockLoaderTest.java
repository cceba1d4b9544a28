package org.orgsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.orgsim.contract.Metric;

/** A scenario's {@code discovery:} block: read into its sweep, every mistake named by its YAML path. */
class DiscoveryBlockLoaderTest {
    private static final Path SOURCE = Path.of("scenarios", "x.yaml");
    private static final String SWEPT = """
            name: swept
            weeks: 52
            organization:
              teams:
                - name: alpha
                  size: 8
            sweep:
              method: grid
              parameters:
                work.arrivalsPerMemberPerWeek: [0.4, 0.6]
            variants:
              - name: baseline
              - name: wip-cap
            """;

    private static Scenario parse(String text) {
        return ScenarioLoader.parse(text, SOURCE);
    }

    @Test
    void theBlockIsReadIntoTheSweep() {
        DiscoverySpec question = parse(SWEPT + """
                discovery:
                  metric: burnout_rate
                  worseThan: 0.05
                  vsBaseline: true
                  variant: wip-cap
                """).sweep().discovery();
        assertEquals(new DiscoverySpec(Metric.BURNOUT_RATE, 0.05, true, "wip-cap"), question);
        DiscoverySpec defaults = parse(SWEPT + "discovery: {metric: engagement, worseThan: 0.6}\n").sweep().discovery();
        assertEquals(new DiscoverySpec(Metric.ENGAGEMENT, 0.6, false, null), defaults);
        assertNull(parse(SWEPT).sweep().discovery(), "no block, no question");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "discovery: {metric: burnout_rate, worseThan: 0.05, threshold: 1}|discovery.threshold is not a known field",
        "discovery: {worseThan: 0.05}|discovery.metric is missing",
        "discovery: {metric: happiness, worseThan: 0.05}|discovery.metric must be a metric this scenario records",
        "discovery: {metric: burnout_rate}|discovery.worseThan is missing",
        "discovery: {metric: burnout_rate, worseThan: high}|discovery.worseThan",
        "discovery: {metric: burnout_rate, worseThan: 0.05, vsBaseline: yes please}|discovery.vsBaseline must be true or false",
        "discovery: {metric: burnout_rate, worseThan: 0.05, variant: nobody}|discovery.variant must name one of the variants",
        "discovery: {metric: burnout_rate, worseThan: 0.05, vsBaseline: true, variant: baseline}|discovery.variant is the baseline",
        "discovery: [burnout_rate]|discovery must be a map",
    })
    void mistakesAreNamedByTheirPath(String block, String expected) {
        ScenarioException problem = assertThrows(ScenarioException.class, () -> parse(SWEPT + block + "\n"));
        assertTrue(problem.getMessage().startsWith(SOURCE + ": " + expected), problem.getMessage());
    }

    @Test
    void aBlockWithoutASweepIsRefused() {
        String withoutSweep = SWEPT.replace("""
                sweep:
                  method: grid
                  parameters:
                    work.arrivalsPerMemberPerWeek: [0.4, 0.6]
                """, "");
        ScenarioException problem = assertThrows(ScenarioException.class,
                () -> parse(withoutSweep + "discovery: {metric: burnout_rate, worseThan: 0.05}\n"));
        assertTrue(problem.getMessage().contains("discovery needs a sweep"), problem.getMessage());
    }
}
