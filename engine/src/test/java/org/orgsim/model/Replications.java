package org.orgsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.orgsim.contract.Metric;
import org.orgsim.contract.RunRecord;
import org.orgsim.results.PairedComparison;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.scenario.OrganizationSpec;
import org.orgsim.scenario.ParameterSet;
import org.orgsim.scenario.TeamSpec;
import org.orgsim.scenario.Variant;

/**
 * Runs a variant for several replications and turns the runs into per-replication numbers, for
 * mechanism tests that compare two variants with common random numbers.
 *
 * <p>Replication r of every variant uses the same seed and replication index, so it sees the same
 * random streams (same people, same arrivals); the paired difference per replication then isolates
 * the factor under test. Runs are sequential: the tests are small, and the build machine is shared.
 */
final class Replications {
    /** The one seed of every mechanism test; fixed so a failure is reproducible. */
    static final long SEED = 20_240_611L;

    private final RunRecord[] runs;

    private Replications(RunRecord[] runs) {
        this.runs = runs;
    }

    /** Replications 0..n-1 of {@code variant}, each {@code weeks} weeks long after the warm-up. */
    static Replications run(Variant variant, int replications, int weeks) {
        RunRecord[] runs = new RunRecord[replications];
        for (int replication = 0; replication < replications; replication++) {
            runs[replication] = OrgModel.simulate(variant, SEED, replication, weeks);
        }
        return new Replications(runs);
    }

    /** A variant of one organization without management layers; no rules. */
    static Variant variant(String name, ParameterSet parameters, TeamSpec... teams) {
        return new Variant(name, "", new OrganizationSpec.Teams(List.of(teams), List.of()), parameters, List.of());
    }

    static TeamSpec team(String name, int size, LeadershipStyle style, int formedWeeksAgo) {
        return new TeamSpec(name, size, style, formedWeeksAgo);
    }

    /** {@code count} hierarchical teams of {@code size} members each, long established (two years). */
    static TeamSpec[] establishedTeams(int count, int size) {
        List<TeamSpec> teams = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            teams.add(team("t" + index, size, LeadershipStyle.HIERARCHICAL, 104));
        }
        return teams.toArray(TeamSpec[]::new);
    }

    int count() {
        return runs.length;
    }

    /** The metric in one week, per replication. */
    double[] atWeek(Metric metric, int week) {
        double[] values = new double[runs.length];
        for (int replication = 0; replication < runs.length; replication++) {
            values[replication] = runs[replication].weekly()[week][metric.ordinal()];
        }
        return values;
    }

    /** The metric in the last recorded week, per replication. */
    double[] finalValues(Metric metric) {
        return atWeek(metric, runs[0].weeks());
    }

    /** The mean of the metric over weeks {@code from..to} (both inclusive), per replication. */
    double[] windowMean(Metric metric, int from, int to) {
        double[] values = new double[runs.length];
        for (int replication = 0; replication < runs.length; replication++) {
            double sum = 0;
            for (int week = from; week <= to; week++) {
                sum += runs[replication].weekly()[week][metric.ordinal()];
            }
            values[replication] = sum / (to - from + 1);
        }
        return values;
    }

    /** The mean of the metric over all recorded weeks, per replication. */
    double[] horizonMean(Metric metric) {
        return windowMean(metric, 0, runs[0].weeks());
    }

    /** "mean diff 0.123 [0.100, 0.146]", for assertion messages and reports. */
    static String describe(PairedComparison comparison) {
        return String.format(Locale.ROOT, "mean diff %.4g, 95%% CI [%.4g, %.4g]",
                comparison.meanDiff(), comparison.ciLow(), comparison.ciHigh());
    }

    /** Mean of the values, for messages that also show the two levels being compared. */
    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
