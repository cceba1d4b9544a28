package org.orgsim.results;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.orgsim.contract.Metric;
import org.orgsim.model.SeriesLayout;
import org.orgsim.scenario.Period;

/**
 * The {@code summary.json} of the output contract. Its shape is what users script against, so keys
 * are only ever added: the contract's keys plus {@code description} and {@code seed} at the top
 * level, and {@code precision} after {@code replications} when the scenario asked for
 * {@code replications: auto} ({@code replications} is then the number used). Variants appear in
 * scenario order and metrics in {@link Metric} order: the metrics the scenario records, then its
 * extra series ({@code competence_level_<name>} in a scenario with careers). After the final-week
 * fields, each variant has {@code sizeByDesign} (not the baseline) and {@code periods}: per period
 * (the horizon first, then the scenario's own) its weeks and the {@link PeriodMeasures} in the
 * shapes of {@code metrics} and {@code vsBaseline}.
 */
final class SummaryJson {
    private SummaryJson() {
    }

    static ObjectNode of(Results results) {
        ObjectNode root = Json.object();
        root.put("scenario", results.scenarioName());
        root.put("description", results.description());
        root.put("replications", results.replications());
        if (results.precision() != null) {
            root.set("precision", precisionNode(results.precision()));
        }
        root.put("weeks", results.weeks());
        root.put("seed", results.seed());
        root.put("baseline", results.baselineName());
        ObjectNode variants = root.putObject("variants");
        for (VariantResults variant : results.variants()) {
            variants.set(variant.name(), variantNode(variant, results.layout()));
        }
        return root;
    }

    private static ObjectNode precisionNode(PrecisionOutcome outcome) {
        ObjectNode node = Json.object();
        ObjectNode target = node.putObject("target");
        ArrayNode metrics = target.putArray("metrics");
        outcome.target().metrics().forEach(metric -> metrics.add(metric.key()));
        target.set("relativeHalfWidth", Json.number(outcome.target().relativeHalfWidth()));
        target.set("absoluteHalfWidth", Json.number(outcome.target().absoluteHalfWidth()));
        target.put("batch", outcome.target().batch());
        target.put("minimum", outcome.target().minimum());
        target.put("maximum", outcome.target().maximum());
        node.put("met", outcome.met());
        ObjectNode worst = node.putObject("worst");
        worst.put("variant", outcome.worst().variant());
        worst.put("metric", outcome.worst().metric().key());
        worst.set("halfWidth", Json.number(outcome.worst().halfWidth()));
        worst.set("allowed", Json.number(outcome.worst().allowed()));
        return node;
    }

    private static ObjectNode variantNode(VariantResults variant, SeriesLayout layout) {
        ObjectNode node = Json.object();
        ObjectNode metrics = node.putObject("metrics");
        for (SeriesLayout.Series series : layout.series()) {
            Estimate estimate = variant.finalEstimate(series.column());
            ObjectNode entry = metrics.putObject(series.key());
            entry.set("mean", Json.number(estimate.mean()));
            entry.set("ci95", Json.interval(estimate.ciLow(), estimate.ciHigh()));
        }
        if (!variant.isBaseline()) {
            ObjectNode versus = node.putObject("vsBaseline");
            for (SeriesLayout.Series series : layout.series()) {
                PairedComparison paired = variant.versusBaseline(series.column()).orElseThrow();
                ObjectNode entry = versus.putObject(series.key());
                entry.set("meanDiff", Json.number(paired.meanDiff()));
                entry.set("ci95", Json.interval(paired.ciLow(), paired.ciHigh()));
                entry.set("probBetter", Json.number(paired.probBetter()));
            }
        }
        variant.periods().ifPresent(figures -> periods(node, variant, figures));
        SegmentsJson.addTo(node, variant.segments());
        return node;
    }

    /**
     * {@code sizeByDesign} (every variant but the baseline) and {@code periods.<name>} with the
     * period's {@code weeks}, {@code metrics} and {@code vsBaseline}, in the shapes of the
     * final-week fields.
     */
    private static void periods(ObjectNode node, VariantResults variant, PeriodResults figures) {
        if (!variant.isBaseline()) {
            node.put("sizeByDesign", figures.sizeByDesign().isPresent());
            figures.sizeByDesign().ifPresent(reason -> node.put("sizeByDesignReason", reason));
        }
        ObjectNode periods = node.putObject("periods");
        List<PeriodMeasures.Measure> measures = figures.measures().measures();
        for (int period = 0; period < figures.periods().size(); period++) {
            Period one = figures.periods().get(period);
            ObjectNode periodNode = periods.putObject(one.name());
            periodNode.putArray("weeks").add(one.first()).add(one.last());
            ObjectNode metrics = periodNode.putObject("metrics");
            for (int measure = 0; measure < measures.size(); measure++) {
                Estimate estimate = figures.estimate(period, measure);
                ObjectNode entry = metrics.putObject(measures.get(measure).key());
                entry.set("mean", Json.number(estimate.mean()));
                entry.set("ci95", Json.interval(estimate.ciLow(), estimate.ciHigh()));
            }
            if (!variant.isBaseline()) {
                ObjectNode versus = periodNode.putObject("vsBaseline");
                for (int measure = 0; measure < measures.size(); measure++) {
                    PairedComparison paired = figures.versusBaseline(period, measure).orElseThrow();
                    ObjectNode entry = versus.putObject(measures.get(measure).key());
                    entry.set("meanDiff", Json.number(paired.meanDiff()));
                    entry.set("ci95", Json.interval(paired.ciLow(), paired.ciHigh()));
                    entry.set("probBetter", Json.number(paired.probBetter()));
                }
            }
        }
    }
}
