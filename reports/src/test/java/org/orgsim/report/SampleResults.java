package org.orgsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.orgsim.contract.Metric;
import org.orgsim.results.Manifest;
import org.orgsim.results.ManifestJson;

/**
 * A small results directory written by hand, as {@code orgsim run} would: three variants over ten
 * weeks and five replications, with known differences (so the verdicts are known) and interventions
 * in weeks 4 and 6. Names and texts are neither English nor Dutch words, so that a test can tell the
 * report's own labels from the user's text.
 */
final class SampleResults {
    static final String BASELINE = "status-quo";
    static final String MERGE = "merge-a-b";
    static final String COACH = "merge-and-coach";
    static final List<String> VARIANTS = List.of(BASELINE, MERGE, COACH);
    static final int WEEKS = 10;
    static final int REPLICATIONS = 5;
    static final long SEED = 4242;
    static final String MERGE_RULE = "Merge A into B \"now\", week 4";
    static final String COACH_RULE = "Coach the lead";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleResults() {
    }

    /**
     * The paired difference of {@code variant} versus the baseline: {meanDiff, ciLow, ciHigh}. Stress
     * and cohesion are clearly worse, throughput clearly better, engagement inconclusive, headcount
     * identical in every run.
     */
    static double[] difference(String variant, Metric metric) {
        double factor = variant.equals(COACH) ? 0.8 : 1.0;
        return switch (metric) {
            case STRESS -> new double[] {0.1 * factor, 0.05 * factor, 0.15 * factor};
            case COHESION -> new double[] {-0.2 * factor, -0.3 * factor, -0.1 * factor};
            case THROUGHPUT -> new double[] {1.5 * factor, 0.5 * factor, 2.5 * factor};
            case ENGAGEMENT -> new double[] {-0.01, -0.05, 0.03};
            case HEADCOUNT -> new double[] {0, 0, 0};
            case BURNOUT_RATE -> new double[] {0.04 * factor, 0.01 * factor, 0.07 * factor};
            case COST -> new double[] {-1500 * factor, -2100 * factor, -900 * factor};
            default -> new double[] {0.002, -0.01, 0.014};
        };
    }

    /** The baseline's final mean of a metric. */
    static double baselineMean(Metric metric) {
        return switch (metric) {
            case THROUGHPUT -> 10;
            case COST -> 30000;
            case HEADCOUNT -> 16;
            case CYCLE_TIME, BACKLOG, DECISION_LATENCY -> 2.5;
            default -> 0.4;
        };
    }

    static Path write(Path directory) throws IOException {
        Files.createDirectories(directory);
        ObjectNode summary = JSON.createObjectNode();
        summary.put("scenario", "sample-org");
        summary.put("description", "Fixture org: twee teams, one merge.");
        summary.put("replications", REPLICATIONS);
        summary.put("weeks", WEEKS);
        summary.put("seed", SEED);
        summary.put("baseline", BASELINE);
        ObjectNode variants = summary.putObject("variants");
        for (String variant : VARIANTS) {
            ObjectNode node = variants.putObject(variant);
            ObjectNode metrics = node.putObject("metrics");
            for (Metric metric : Metric.all()) {
                double mean = baselineMean(metric) + (variant.equals(BASELINE) ? 0 : difference(variant, metric)[0]);
                double halfWidth = Math.max(Math.abs(mean) * 0.05, 0.01);
                ObjectNode entry = metrics.putObject(metric.key());
                entry.put("mean", mean);
                entry.putArray("ci95").add(mean - halfWidth).add(mean + halfWidth);
            }
            if (!variant.equals(BASELINE)) {
                ObjectNode versus = node.putObject("vsBaseline");
                for (Metric metric : Metric.all()) {
                    double[] difference = difference(variant, metric);
                    ObjectNode entry = versus.putObject(metric.key());
                    entry.put("meanDiff", difference[0]);
                    entry.putArray("ci95").add(difference[1]).add(difference[2]);
                    entry.put("probBetter", 0.5);
                }
            }
        }
        Files.writeString(directory.resolve("summary.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary));

        StringBuilder timeseries = new StringBuilder("variant,week,metric,mean,ci_low,ci_high\n");
        for (int v = 0; v < VARIANTS.size(); v++) {
            String variant = VARIANTS.get(v);
            for (int week = 0; week <= WEEKS; week++) {
                for (Metric metric : Metric.all()) {
                    double base = baselineMean(metric) * (1 + 0.03 * Math.sin(week + metric.ordinal()));
                    double shift = variant.equals(BASELINE) || week < 4 ? 0 : difference(variant, metric)[0] * (week - 3) / 7.0;
                    double mean = base + shift;
                    double halfWidth = Math.abs(baselineMean(metric)) * 0.04;
                    timeseries.append(variant).append(',').append(week).append(',').append(metric.key()).append(',')
                            .append(mean).append(',').append(mean - halfWidth).append(',').append(mean + halfWidth).append('\n');
                }
            }
        }
        Files.writeString(directory.resolve("timeseries.csv"), timeseries);

        StringBuilder events = new StringBuilder("variant,replication,week,rule,action,target,detail\n");
        String mergeRule = "\"" + MERGE_RULE.replace("\"", "\"\"") + "\"";
        for (String variant : List.of(MERGE, COACH)) {
            for (int replication = 0; replication < REPLICATIONS; replication++) {
                events.append(variant).append(',').append(replication).append(",4,").append(mergeRule)
                        .append(",mergeTeams,\"a,b\",\"a joins b:\nline two, \"\"quoted\"\"\"\n");
            }
        }
        for (int replication = 0; replication < 3; replication++) {
            events.append(COACH).append(',').append(replication).append(",6,").append(COACH_RULE)
                    .append(",coachLeaders,b,coaching for 20 weeks\n");
        }
        Files.writeString(directory.resolve("events.csv"), events);

        String scenario = """
                name: sample-org
                weeks: 10
                replications: 5
                seed: 4242
                variants:
                  - name: status-quo
                    description: nothing changes
                  - name: merge-a-b
                    description: a merges into b in week 4
                  - name: merge-and-coach
                    description: the same merge, lead coached from week 6
                """;
        Files.writeString(directory.resolve("scenario.yaml"), scenario, StandardCharsets.UTF_8);
        ManifestJson.write(new Manifest("9.9.9-test", "sample-org", "scenarios/sample-org.yaml", Manifest.sha256(scenario),
                Map.of("rules/merge.drl", "ab".repeat(32), "rules/coach.drl", "cd".repeat(32)), SEED, REPLICATIONS, 2,
                "17.0.0", Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:04:09Z")),
                directory.resolve("manifest.json"));
        return directory;
    }
}
