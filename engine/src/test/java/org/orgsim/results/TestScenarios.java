package org.orgsim.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.contract.RunRecord;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.scenario.OrganizationSpec;
import org.orgsim.scenario.ParameterSet;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.TeamSpec;
import org.orgsim.scenario.Variant;

/** Small scenarios and synthetic runs, so that results can be tested without running the model. */
final class TestScenarios {
    /** What a synthetic run records for one week and metric. */
    @FunctionalInterface
    interface Values {
        double at(int replication, int week, Metric metric);
    }

    private TestScenarios() {
    }

    static Values constant(double value) {
        return (replication, week, metric) -> value;
    }

    static Scenario scenario(int weeks, int replications, String baseline, String... variantNames) {
        List<Variant> variants = new ArrayList<>();
        for (String name : variantNames) {
            variants.add(new Variant(name, "the " + name + " variant",
                    new OrganizationSpec.Teams(List.of(new TeamSpec("a", 5, LeadershipStyle.HIERARCHICAL, 104)), List.of()),
                    ParameterSet.defaults(), List.of()));
        }
        return new Scenario("test-scenario", "a scenario for tests", weeks, replications, 42L, baseline, variants,
                null, "name: test-scenario\nweeks: " + weeks + "\n");
    }

    static RunRecord run(String variant, int replication, int weeks, Values values, InterventionEvent... events) {
        double[][] weekly = new double[weeks + 1][Metric.count()];
        for (int week = 0; week <= weeks; week++) {
            for (Metric metric : Metric.all()) {
                weekly[week][metric.ordinal()] = values.at(replication, week, metric);
            }
        }
        return new RunRecord(variant, replication, weekly, Arrays.asList(events));
    }

    /** Builds results from every run of every variant, in scenario order and replication order. */
    static Results results(Scenario scenario, Values values) {
        ResultsBuilder builder = new ResultsBuilder(scenario);
        for (Variant variant : scenario.variants()) {
            for (int replication = 0; replication < scenario.replications(); replication++) {
                builder.accept(run(variant.name(), replication, scenario.weeks(), values));
            }
        }
        return builder.build();
    }
}
