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
    private record Column(String key, String name, String unit, Metric.Direction direction, double scale, boolean share) {
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
        List<Column> human = MetricView.group(Metric.Group.HUMAN).stream().map(metric -> column(metric)).toList();
        List<Column> efficiency = new ArrayList<>(MetricView.group(Metric.Group.EFFICIENCY).stream()
                .map(metric -> column(metric)).toList());
        for (String key : basis.perHead()) {
            efficiency.add(new Column(key, messages.text("measure." + key + ".name"), messages.text("measure." + key + ".unit"),
                    key.startsWith("cost") ? Metric.Direction.LOWER_IS_BETTER : Metric.Direction.HIGHER_IS_BETTER, 1, false));
        }
        // Metrics in rows and variants in columns: a table as tall as the list of metrics and only as
        // wide as the variants, so it fits a laptop screen and a portrait or landscape page.
        int width = 2 + alternatives.size();
        html.append("<div class=\"table-scroll\">\n<table class=\"impact\" id=\"impact-table\">\n<caption>")
                .append(esc(messages.text("impact.caption"))).append("</caption>\n")
                .append("<colgroup><col class=\"metric-col\"/><col class=\"baseline-col\"/></colgroup>\n")
                .append("<colgroup span=\"").append(alternatives.size()).append("\" class=\"variant-cols\"></colgroup>\n")
                .append("<thead>\n<tr><th scope=\"col\">").append(esc(messages.text("impact.metric")))
                .append("</th><th scope=\"col\" class=\"baseline-head\">").append(withUser("impact.baselineColumn", data.baselineName()))
                .append("</th>");
        for (ResultsDirectory.Variant variant : alternatives) {
            html.append("<th scope=\"col\" data-variant=\"").append(Html.escape(variant.name())).append("\">")
                    .append(swatch(variant)).append(user(variant.name()));
            if (!descriptions.of(variant).isBlank()) {
                html.append("<span class=\"variant-description\" translate=\"no\">").append(Html.escape(descriptions.of(variant)))
                        .append("</span>");
            }
            html.append("</th>");
        }
        html.append("</tr>\n</thead>\n");
        block("human", "impact.human", human, width, basis, alternatives);
        block("efficiency", "impact.efficiency", efficiency, width, basis, alternatives);
        html.append("</table>\n</div>\n</section>\n");
    }

    /** One group of rows under its heading row: the human metrics, or efficiency with the per-head figures. */
    private void block(String group, String headingKey, List<Column> rows, int width, ImpactBasis basis,
                       List<ResultsDirectory.Variant> alternatives) {
        html.append("<tbody class=\"group-").append(group).append("\">\n<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"")
                .append(width).append("\" id=\"impact-").append(group).append("\">").append(esc(messages.text(headingKey)))
                .append("</th></tr>\n");
        for (Column row : rows) {
            html.append("<tr data-metric=\"").append(row.key()).append("\"><th scope=\"row\">").append(esc(row.name()))
                    .append("<span class=\"unit\">").append(esc(row.unit())).append(" · ")
                    .append(esc(messages.text(row.direction() == Metric.Direction.HIGHER_IS_BETTER ? "impact.higherBetter"
                            : "impact.lowerBetter"))).append("</span></th>");
            double base = basis.baseline(row.key()).mean() * row.scale();
            html.append("<td class=\"base\">").append(esc(messages.number(base, Messages.decimalsFor(Double.NaN, base))))
                    .append("</td>");
            for (ResultsDirectory.Variant variant : alternatives) {
                cell(basis, variant, row);
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n");
    }

    private Column column(Metric metric) {
        return new Column(metric.key(), MetricView.name(messages, metric), MetricView.unit(messages, metric),
                metric.direction(), MetricView.scale(metric), metric.isShare());
    }

    private void cell(ImpactBasis basis, ResultsDirectory.Variant variant, Column column) {
        PairedComparison comparison = basis.versus(variant, column.key())
                .orElse(new PairedComparison(Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        Verdict verdict = basis.byDesign(variant, column.key()) && comparison.hasInterval() ? Verdict.BY_DESIGN
                : Verdict.of(comparison, column.direction());
        double scale = column.scale();
        int decimals = Messages.decimalsFor(comparison.halfWidth() * scale, comparison.meanDiff() * scale);
        html.append("<td class=\"cell ").append(verdict.key())
                .append("\" data-variant=\"").append(Html.escape(variant.name())).append("\" data-metric=\"").append(column.key())
                .append("\" data-verdict=\"").append(verdict.key()).append("\">")
                .append("<span class=\"diff\">").append(esc(messages.signed(comparison.meanDiff() * scale, decimals)))
                .append(column.share() ? "<span class=\"pp\">\u00a0" + esc(messages.text("unit.ppShort")) + "</span>" : "").append("</span>");
        if (comparison.hasInterval()) {
            html.append(" <span class=\"ci\">").append(esc(messages.interval(comparison.ciLow() * scale,
                    comparison.ciHigh() * scale, decimals))).append("</span>");
        }
        html.append(" <span class=\"verdict\"><span class=\"icon\" aria-hidden=\"true\">").append(verdict.icon())
                .append("</span> ").append(esc(messages.text("verdict." + verdict.key()))).append("</span></td>");
    }
}
