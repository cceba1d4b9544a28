package org.orgsim.cli.serve;

import static org.orgsim.cli.serve.Json.number;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orgsim.contract.InputException;
import org.orgsim.contract.Metric;
import org.orgsim.results.Estimate;
import org.orgsim.results.Results;
import org.orgsim.results.ResultsDirectory;
import org.orgsim.results.VariantResults;
import org.orgsim.workshop.Fork;
import org.orgsim.workshop.RecordedRun;

/**
 * The answers over replications: the recorded mean series of a variant, and forks — submitted to
 * {@link ForkJobs}, then their progress and, once done, their series beside the recorded ones.
 * Every series is written the same way, one {@code [week, mean, low, high]} row per recorded week
 * (the 95% interval), so the page draws recorded and forked runs alike. Requests arrive checked
 * ({@link ApiRequests}).
 */
final class SeriesAnswers {
    private final RecordedRun recorded;
    private final ResultsDirectory recordedResults;
    private final ForkJobs forks;

    SeriesAnswers(RecordedRun recorded, ResultsDirectory recordedResults, ForkJobs forks) {
        this.recorded = recorded;
        this.recordedResults = recordedResults;
        this.forks = forks;
    }

    /** The recorded mean and 95% interval per week of every metric of a variant. */
    ObjectNode recorded(String variant) {
        ObjectNode answer = Json.MAPPER.createObjectNode();
        answer.put("variant", variant);
        ObjectNode metrics = answer.putObject("metrics");
        Map<String, List<ResultsDirectory.Point>> series = recordedResults.variant(variant)
                .map(ResultsDirectory.Variant::series).orElse(Map.of());
        for (Map.Entry<String, List<ResultsDirectory.Point>> metric : series.entrySet()) {
            ArrayNode points = metrics.putArray(metric.getKey());
            for (ResultsDirectory.Point point : metric.getValue()) {
                Estimate estimate = point.estimate();
                row(points, point.week(), estimate.mean(), estimate.ciLow(), estimate.ciHigh());
            }
        }
        return answer;
    }

    /** Plans a fork and starts it in the background; the answer is its first status. */
    ObjectNode submit(ApiRequests.ForkRequest request) {
        Fork fork;
        try {
            fork = Fork.plan(recorded, request.variant(), request.week(), request.files(), request.replications());
        } catch (InputException failure) {
            throw ApiException.badRequest(failure.getMessage());
        }
        ForkJobs.Job job = forks.submit(fork, String.join(", ", request.names()));
        return status(job);
    }

    /** Where a fork got, and its series once done. */
    ObjectNode fork(String id) {
        return status(forks.job(id).orElseThrow(() -> ApiException.notFound("no fork '" + ApiRequests.shorten(id) + "'")));
    }

    private static ObjectNode status(ForkJobs.Job job) {
        Fork fork = job.fork();
        ObjectNode status = Json.MAPPER.createObjectNode();
        status.put("id", job.id());
        status.put("state", job.state().name().toLowerCase(Locale.ROOT));
        status.put("finished", job.finished());
        status.put("total", job.total());
        status.put("week", fork.fork().addedFromWeek());
        status.put("variant", fork.base().name());
        status.put("forkVariant", fork.fork().name());
        status.put("rules", job.ruleFile());
        status.put("replications", fork.scenario().replications());
        if (job.problem() != null) {
            status.put("error", job.problem());
        }
        Results results = job.results();
        if (results != null) {
            ObjectNode result = status.putObject("result");
            VariantResults base = results.variant(fork.base().name()).orElseThrow();
            VariantResults forked = results.variant(fork.fork().name()).orElseThrow();
            List<Metric> metrics = fork.base().metrics();
            result.set("recorded", weekly(base, metrics));
            result.set("forked", weekly(forked, metrics));
            result.put("finalWeek", forked.weeks());
            result.put("newRuleFirings", newRuleFirings(base, forked, fork.fork().addedFromWeek()));
            ObjectNode differences = result.putObject("vsRecorded");
            for (Metric metric : metrics) {
                forked.versusBaseline(metric).ifPresent(comparison -> {
                    ObjectNode node = differences.putObject(metric.key());
                    number(node, "meanDiff", comparison.meanDiff());
                    number(node, "low", comparison.ciLow());
                    number(node, "high", comparison.ciHigh());
                    number(node, "probBetter", comparison.probBetter());
                });
            }
        }
        return status;
    }

    /**
     * How often, over all runs, a rule acted in the fork from the fork week on that never acted in the
     * recorded variant: zero means the added rules never fired, so the fork cannot differ by them
     * and the page says so instead of showing only zero differences.
     */
    static int newRuleFirings(VariantResults base, VariantResults forked, int forkWeek) {
        java.util.Set<String> recordedRules = new java.util.HashSet<>();
        for (int replication = 0; replication < base.replications(); replication++) {
            base.events(replication).forEach(event -> recordedRules.add(event.rule()));
        }
        int firings = 0;
        for (int replication = 0; replication < forked.replications(); replication++) {
            for (var event : forked.events(replication)) {
                if (event.week() >= forkWeek && !recordedRules.contains(event.rule())) {
                    firings++;
                }
            }
        }
        return firings;
    }

    /**
     * A variant of a fork's results as series. The recorded side comes from the fork's results too
     * (the fork reruns it with the same seed and replications), so the two sides compare like with like.
     */
    private static ObjectNode weekly(VariantResults variant, List<Metric> metrics) {
        ObjectNode series = Json.MAPPER.createObjectNode();
        for (Metric metric : metrics) {
            ArrayNode points = series.putArray(metric.key());
            for (int week = 0; week <= variant.weeks(); week += variant.recordEvery()) {
                Estimate estimate = variant.weekly(week, metric);
                row(points, week, estimate.mean(), estimate.ciLow(), estimate.ciHigh());
            }
        }
        return series;
    }

    private static void row(ArrayNode points, int week, double mean, double low, double high) {
        ArrayNode row = points.addArray();
        row.add(week);
        number(row, mean);
        number(row, low);
        number(row, high);
    }
}
