package org.orgsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orgsim.contract.Metric;
import org.orgsim.results.SensitivityResults;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.Scenario;

class MorrisTest {
    @Test
    void consecutivePointsDifferInOneParameterByDelta() {
        int parameters = 5;
        int levels = 6;
        MorrisDesign design = MorrisDesign.of(parameters, 7, levels, DesignStreams.stream(3, DesignStreams.MORRIS));
        double delta = levels / (2.0 * (levels - 1));
        assertEquals(delta, design.delta(), 1e-15);
        assertEquals(7 * 6, design.points());
        for (int trajectory = 0; trajectory < 7; trajectory++) {
            boolean[] movedOnce = new boolean[parameters];
            for (int step = 1; step <= parameters; step++) {
                int before = trajectory * (parameters + 1) + step - 1;
                int moved = design.moved(trajectory, step);
                assertTrue(!movedOnce[moved], "each parameter moves once per trajectory");
                movedOnce[moved] = true;
                for (int parameter = 0; parameter < parameters; parameter++) {
                    double change = design.share(before + 1, parameter) - design.share(before, parameter);
                    assertEquals(parameter == moved ? design.direction(trajectory, step) * delta : 0, change, 1e-12);
                    double share = design.share(before + 1, parameter);
                    assertTrue(share >= 0 && share <= 1 + 1e-12, "inside the unit cube: " + share);
                    double onGrid = share * (levels - 1) * 2;
                    assertEquals(Math.rint(onGrid), onGrid, 1e-9, "on the half-grid");
                }
            }
        }
    }

    @Test
    void theArrivalRateMattersForTheBacklogAndTheSalaryDoesNot() throws InterruptedException {
        Scenario scenario = Studies.scenario(17, """
                replications: 4
                sensitivity:
                  trajectories: 6
                  levels: 4
                  parameters:
                    cost.memberWeekly: {min: 1000, max: 2000}
                    work.arrivalsPerMemberPerWeek: {min: 0.4, max: 0.6}
                    leader.supervisionHoursPerReport: {min: 0.25, max: 1.0}
                  metrics: [backlog, cost]
                """);
        SensitivityResults sensitivity = new Experiment(scenario, 2).runAll(null).sensitivity();
        assertEquals(List.of(Metric.BACKLOG, Metric.COST), sensitivity.metrics());
        assertEquals(1 * 3 * 2, sensitivity.effects().size());
        assertEquals(4, sensitivity.replications());

        List<SensitivityResults.Effect> backlog = sensitivity.ranking("baseline", Metric.BACKLOG);
        System.out.println("Morris, backlog: " + describe(backlog));
        assertEquals(Parameter.ARRIVALS_PER_MEMBER, backlog.get(0).parameter());
        SensitivityResults.Effect salary = effect(sensitivity, Parameter.MEMBER_WEEKLY_COST, Metric.BACKLOG);
        assertEquals(0.0, salary.muStar(), "salaries do not change the work");
        assertEquals(0.0, salary.sigma());
        assertTrue(backlog.get(0).muStar() > 0.5, describe(backlog));

        List<SensitivityResults.Effect> cost = sensitivity.ranking("baseline", Metric.COST);
        System.out.println("Morris, cost: " + describe(cost));
        assertEquals(Parameter.MEMBER_WEEKLY_COST, cost.get(0).parameter());
    }

    @Test
    void theScreeningIsTheSameForAnyThreadCount() throws InterruptedException {
        Scenario scenario = Studies.scenario(19, """
                replications: 2
                variants:
                  - name: baseline
                  - name: horizontal
                    leadership: horizontal
                sensitivity:
                  trajectories: 3
                  replications: 2
                  parameters:
                    work.arrivalsPerMemberPerWeek: {min: 0.4, max: 0.6}
                    stress.baseline: {min: -0.5, max: 0.5}
                """);
        SensitivityResults one = new Experiment(scenario, 1).runAll(null).sensitivity();
        SensitivityResults three = new Experiment(scenario, 3).runAll(null).sensitivity();
        assertEquals(one, three);
        assertEquals(2 * 2 * Metric.recordedWithoutCareers().size(), one.effects().size(),
                "every metric the scenario records by default");
    }

    private static SensitivityResults.Effect effect(SensitivityResults results, Parameter parameter, Metric metric) {
        return results.effects().stream()
                .filter(effect -> effect.parameter() == parameter && effect.metric() == metric)
                .findFirst().orElseThrow();
    }

    private static String describe(List<SensitivityResults.Effect> ranking) {
        StringBuilder text = new StringBuilder();
        for (SensitivityResults.Effect effect : ranking) {
            text.append(String.format(Locale.ROOT, "%s mu*=%.4g sigma=%.4g; ", effect.parameter().key(),
                    effect.muStar(), effect.sigma()));
        }
        return text.toString();
    }
}
