package org.orgsim.report;

import java.util.ArrayList;
import java.util.List;

import org.orgsim.contract.Metric;
import org.orgsim.results.PairedComparison;
import org.orgsim.results.ResultsDirectory;

/**
 * The impact table: per alternative variant and metric, the paired difference from the baseline
 * over the main period ({@link ImpactBasis}) with its 95% interval and a verdict, human metrics
 * first, then efficiency with the per-head figures next to the totals.
 */
final class ImpactSection extends ReportSection {
    ImpactSection(ResultsDirectory data, Messages messages, StringBuilder html) {
        super("impact", "impact.heading", data, messages, html);
    }

    /** One column of the table: a metric, or a per-head figure next to the efficiency totals. */
    private record Column(String key, String name, String differenceUnit, Metric.Direction direction, double scale,
                          boolean groupStart) {
    }

    @Override
    void write() {
        sectionStart();
        List<ResultsDirectory.Variant> alternatives = data.alternatives();
        if (alternatives.isEmpty()) {
            html.append("<p>").append(esc(messages.text("impact.noVariants"))).append("</p>\n</section>\n");
            return;
        }
        ImpactBasis basis = new ImpactBasis(data);
        html.append("<p>").append(esc(messages.text("impact.intro", data.baselineName(), basis.when(messages),
                messages.integer(data.replications())))).append("</p>\n");
        html.append("<p class=\"how-to-read\">").append(esc(messages.text("impact.howToRead"))).append("</p>\n");
        if (alternatives.stream().anyMatch(variant -> variant.sizeChangedByDesign().isPresent())) {
            html.append("<p class=\"how-to-read\" id=\"impact-by-design\">").append(esc(messages.text("impact.byDesign")))
                    .append("</p>\n");
        }
        List<Column> human = MetricView.group(Metric.Group.HUMAN).stream().map(metric -> column(metric, false)).toList();
        List<Metric> efficiencyMetrics = MetricView.group(Metric.Group.EFFICIENCY);
        List<Column> efficiency = new ArrayList<>();
        for (Metric metric : efficiencyMetrics) {
            efficiency.add(column(metric, metric == efficiencyMetrics.get(0)));
        }
        for (String key : basis.perHead()) {
            efficiency.add(new Column(key, messages.text("measure." + key + ".name"), messages.text("measure." + key + ".unit"),
                    key.startsWith("cost") ? Metric.Direction.LOWER_IS_BETTER : Metric.Direction.HIGHER_IS_BETTER, 1, false));
        }
        html.append("<div class=\"table-scroll\">\n<table class=\"impact\" id=\"impact-table\">\n<caption>")
                .append(esc(messages.text("impact.caption"))).append("</caption>\n")
                .append("<colgroup><col class=\"variant-col\"/></colgroup>\n")
                .append("<colgroup class=\"group-human\" span=\"").append(human.size()).append("\"></colgroup>\n")
                .append("<colgroup class=\"group-efficiency\" span=\"").append(efficiency.size()).append("\"></colgroup>\n")
                .append("<thead>\n<tr><td class=\"corner\"></td><th scope=\"colgroup\" colspan=\"").append(human.size())
                .append("\" class=\"group-human\">").append(esc(messages.text("impact.human")))
                .append("</th><th scope=\"colgroup\" colspan=\"").append(efficiency.size())
                .append("\" class=\"group-efficiency\">").append(esc(messages.text("impact.efficiency"))).append("</th></tr>\n<tr><th scope=\"col\">")
                .append(esc(messages.text("impact.variant"))).append("</th>");
        List<Column> columns = new ArrayList<>(human);
        columns.addAll(efficiency);
        for (Column column : columns) {
            html.append("<th scope=\"col\" data-metric=\"").append(column.key()).append("\"")
                    .append(column.groupStart() ? " class=\"group-start\"" : "").append(">")
                    .append(esc(column.name())).append("<span class=\"unit\">")
                    .append(esc(column.differenceUnit())).append(" · ")
                    .append(esc(messages.text(column.direction() == Metric.Direction.HIGHER_IS_BETTER ? "impact.higherBetter"
                            : "impact.lowerBetter"))).append("</span></th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (ResultsDirectory.Variant variant : alternatives) {
            html.append("<tr data-variant=\"").append(Html.escape(variant.name())).append("\"><th scope=\"row\">")
                    .append(swatch(variant)).append(user(variant.name()));
            if (!variant.description().isBlank()) {
                html.append("<span class=\"variant-description\" translate=\"no\">").append(Html.escape(variant.description())).append("</span>");
            }
            html.append("</th>");
            for (Column column : columns) {
                cell(basis, variant, column);
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private Column column(Metric metric, boolean groupStart) {
        return new Column(metric.key(), MetricView.name(messages, metric), MetricView.differenceUnit(messages, metric),
                metric.direction(), MetricView.scale(metric), groupStart);
    }

    private void cell(ImpactBasis basis, ResultsDirectory.Variant variant, Column column) {
        PairedComparison comparison = basis.versus(variant, column.key())
                .orElse(new PairedComparison(Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        Verdict verdict = basis.byDesign(variant, column.key()) && comparison.hasInterval() ? Verdict.BY_DESIGN
                : Verdict.of(comparison, column.direction());
        double scale = column.scale();
        int decimals = Messages.decimalsFor(comparison.halfWidth() * scale, comparison.meanDiff() * scale);
        html.append("<td class=\"cell ").append(verdict.key()).append(column.groupStart() ? " group-start" : "")
                .append("\" data-metric=\"").append(column.key()).append("\" data-verdict=\"").append(verdict.key()).append("\">")
                .append("<span class=\"diff\">").append(esc(messages.signed(comparison.meanDiff() * scale, decimals))).append("</span>");
        if (comparison.hasInterval()) {
            html.append(" <span class=\"ci\">").append(esc(messages.interval(comparison.ciLow() * scale,
                    comparison.ciHigh() * scale, decimals))).append("</span>");
        }
        html.append(" <span class=\"verdict\"><span class=\"icon\" aria-hidden=\"true\">").append(verdict.icon())
                .append("</span> ").append(esc(messages.text("verdict." + verdict.key()))).append("</span></td>");
    }
}
