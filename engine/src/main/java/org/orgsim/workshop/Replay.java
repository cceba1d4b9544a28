package org.orgsim.workshop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.orgsim.contract.Metric;
import org.orgsim.contract.RunRecord;
import org.orgsim.model.facts.Team;
import org.orgsim.rules.VariantRuns;
import org.orgsim.scenario.ScenarioException;
import org.orgsim.scenario.Variant;

/**
 * Re-simulates one replication of a recorded variant and keeps a panel for every week. Because
 * every draw is keyed by (seed, replication, purpose, entity), the replay is the recorded run
 * itself, not a look-alike; keeping all panels makes stepping back or jumping instant.
 */
public final class Replay {
    /** Team thresholds a facilitator wants to see crossed, with the words for each direction. */
    private static final List<Threshold> THRESHOLDS = List.of(
            new Threshold("burnout_rate", 0.30, "more than 30% with burnout complaints", "burnout complaints back under 30%"),
            new Threshold("stress", 0.50, "mean stress above 0.5", "mean stress back under 0.5"),
            new Threshold("psych_safety", 0.40, "psychological safety back above 0.4", "psychological safety below 0.4"));
    /** Teams smaller than this are named without figures (a common rule in HR analytics). */
    public static final int SMALLEST_GROUP_WITH_FIGURES = org.orgsim.contract.SmallGroupSuppression.MINIMUM_GROUP_SIZE;

    private final List<WeekPanel> panels;
    private final RunRecord run;

    private Replay(List<WeekPanel> panels, RunRecord run) {
        this.panels = List.copyOf(panels);
        this.run = run;
    }

    public static Replay of(RecordedRun recorded, String variantName, int replication) {
        return of(recorded, variantName, replication, week -> { });
    }

    /**
     * The same, telling {@code weekDone} after each replayed week (0..horizon), for a progress
     * indicator; called on the calling thread.
     */
    public static Replay of(RecordedRun recorded, String variantName, int replication, IntConsumer weekDone) {
        Variant variant = recorded.scenario().variant(variantName).orElseThrow(() -> new ScenarioException(
                recorded.directory() + ": no variant '" + variantName + "' (variants: "
                        + String.join(", ", recorded.scenario().variants().stream().map(Variant::name).toList()) + ")"));
        if (replication < 0 || replication >= recorded.scenario().replications()) {
            throw new ScenarioException("--replication must be between 0 and " + (recorded.scenario().replications() - 1)
                    + " (the recorded run has " + recorded.scenario().replications() + "), was " + replication);
        }
        List<WeekPanel> panels = new ArrayList<>();
        Map<String, boolean[]> above = new HashMap<>();
        double[][] previous = {null};
        RunRecord run = VariantRuns.prepare(variant).observe(recorded.scenario().seed(), replication,
                recorded.scenario().weeks(), (facts, metrics, interventions) -> {
                    double[] changes = new double[metrics.length];
                    if (previous[0] != null) {
                        for (int metric = 0; metric < metrics.length; metric++) {
                            changes[metric] = metrics[metric] - previous[0][metric];
                        }
                    }
                    previous[0] = metrics;
                    panels.add(new WeekPanel(facts.week().getNumber(), metrics, changes,
                            crossings(facts.teams(), above), interventions,
                            facts.teams().stream().map(TeamFigures::of).toList()));
                    weekDone.accept(facts.week().getNumber());
                });
        return new Replay(panels, run);
    }

    private static List<String> crossings(List<Team> teams, Map<String, boolean[]> above) {
        List<String> crossings = new ArrayList<>();
        for (Team team : teams) {
            boolean[] was = above.get(team.getName());
            boolean[] now = new boolean[THRESHOLDS.size()];
            for (int index = 0; index < THRESHOLDS.size(); index++) {
                Threshold threshold = THRESHOLDS.get(index);
                double value = team.current(threshold.metric());
                now[index] = value > threshold.level();
                // A crossing says something about the team's figures: none for a group under the
                // small-group rule (docs/privacy.md), not even without the number.
                if (was != null && was[index] != now[index] && team.getHeadcount() >= SMALLEST_GROUP_WITH_FIGURES) {
                    crossings.add(team.getName() + ": " + (now[index] ? threshold.upwards() : threshold.downwards())
                            + String.format(Locale.ROOT, " (%s %.2f)", threshold.metric(), value));
                }
            }
            above.put(team.getName(), now);
        }
        return crossings;
    }

    public List<WeekPanel> panels() {
        return panels;
    }

    public WeekPanel week(int week) {
        return panels.get(week);
    }

    public int lastWeek() {
        return panels.size() - 1;
    }

    /** The replayed run's records (for checking it against the recorded output). */
    public RunRecord run() {
        return run;
    }

    /** Headline metrics of a panel, human first. */
    public static List<Metric> headline() {
        return List.of(Metric.STRESS, Metric.BURNOUT_RATE, Metric.ENGAGEMENT, Metric.PSYCH_SAFETY, Metric.COHESION,
                Metric.ATTRITION, Metric.SICK_LEAVE, Metric.THROUGHPUT, Metric.CYCLE_TIME, Metric.BACKLOG,
                Metric.DECISION_LATENCY, Metric.COORDINATION_SHARE, Metric.COST);
    }

    /** The team thresholds whose crossing a panel reports, in the order it reports them. */
    public static List<Threshold> thresholds() {
        return THRESHOLDS;
    }

    /**
     * A team threshold a facilitator wants to see crossed.
     *
     * @param metric    a team metric ({@link TeamFigures#METRICS})
     * @param level     crossed when the value moves from at most this level to above it, or back
     * @param upwards   what moving above it means, in words
     * @param downwards what moving back to at most it means, in words
     */
    public record Threshold(String metric, double level, String upwards, String downwards) {
    }
}
