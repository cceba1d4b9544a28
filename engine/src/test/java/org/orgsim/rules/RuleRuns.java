package org.orgsim.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.orgsim.contract.Metric;
import org.orgsim.contract.RunRecord;
import org.orgsim.results.PairedComparison;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.scenario.ManagementLayer;
import org.orgsim.scenario.OrganizationSpec;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import org.orgsim.scenario.TeamSpec;
import org.orgsim.scenario.Variant;

/** Runs a variant with rule files for several replications (same seed: common random numbers). */
final class RuleRuns {
    static final long SEED = 2026;

    final List<RunRecord> runs;

    private RuleRuns(List<RunRecord> runs) {
        this.runs = runs;
    }

    static Variant variant(String name, OrganizationSpec organization, ParameterSet parameters, String... ruleFiles) {
        List<String> rules = Arrays.stream(ruleFiles).map(file -> RuleFiles.file(file).toString()).toList();
        return new Variant(name, "", organization, parameters, rules);
    }

    /** Two long-standing hierarchical teams of 8, north and south, under one manager. */
    static OrganizationSpec northAndSouth() {
        return new OrganizationSpec.Teams(List.of(new TeamSpec("north", 8, LeadershipStyle.HIERARCHICAL, 156),
                new TeamSpec("south", 8, LeadershipStyle.HIERARCHICAL, 156)), List.of(new ManagementLayer("manager", 2)));
    }

    static ParameterSet shortWarmup() {
        return ParameterSet.defaults().with(Parameter.WARMUP_WEEKS, 26);
    }

    static RuleRuns run(Variant variant, int replications, int weeks) {
        VariantRuns prepared = VariantRuns.prepare(variant);
        List<RunRecord> runs = new ArrayList<>();
        for (int replication = 0; replication < replications; replication++) {
            runs.add(prepared.run(SEED, replication, weeks));
        }
        return new RuleRuns(runs);
    }

    /** Per replication, the mean of a metric over weeks first..last (inclusive). */
    double[] window(Metric metric, int first, int last) {
        double[] values = new double[runs.size()];
        for (int replication = 0; replication < runs.size(); replication++) {
            double sum = 0;
            for (int week = first; week <= last; week++) {
                sum += runs.get(replication).weekly()[week][metric.ordinal()];
            }
            values[replication] = sum / (last - first + 1);
        }
        return values;
    }

    /** Paired comparison of this (the variant) against a baseline over a window of weeks. */
    PairedComparison versus(RuleRuns baseline, Metric metric, int first, int last) {
        return PairedComparison.of(window(metric, first, last), baseline.window(metric, first, last), metric);
    }

    static String describe(PairedComparison comparison) {
        return String.format(java.util.Locale.ROOT, "%.4f [%.4f, %.4f]", comparison.meanDiff(), comparison.ciLow(), comparison.ciHigh());
    }

    static Path rule(String name) {
        return RuleFiles.file(name);
    }
}
