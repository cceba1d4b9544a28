package org.orgsim.report;

import java.util.ArrayList;
import java.util.List;

import org.orgsim.model.Metric;
import org.orgsim.results.PairedComparison;
import org.orgsim.results.ResultsDirectory;

/**
 * The impact table: per alternative variant and metric, the final-week difference from the
 * baseline with its 95% interval and a verdict, human metrics first, then efficiency.
 */
final class ImpactSection extends ReportSection {
    ImpactSection(ResultsDirectory data, Messages messages, StringBuilder html) {
        super("impact", "impact.heading", data, messages, html);
    }

    @Override
    void write() {
        sectionStart();
        List<ResultsDirectory.Variant> alternatives = data.alternatives();
        if (alternatives.isEmpty()) {
            html.append("<p>").append(esc(messages.text("impact.noVariants"))).append("</p>\n</section>\n");
            return;
        }
        html.append("<p>").append(esc(messages.text("impact.intro", data.baselineName(), messages.integer(data.weeks()),
                messages.integer(data.replications())))).append("</p>\n");
        html.append("<p class=\"how-to-read\">").append(esc(messages.text("impact.howToRead"))).append("</p>\n");
        List<Metric> human = MetricView.group(Metric.Group.HUMAN);
        List<Metric> efficiency = MetricView.group(Metric.Group.EFFICIENCY);
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
        List<Metric> columns = new ArrayList<>(human);
        columns.addAll(efficiency);
        for (Metric metric : columns) {
            html.append("<th scope=\"col\" data-metric=\"").append(metric.key()).append("\"")
                    .append(metric == efficiency.get(0) ? " class=\"group-start\"" : "").append(">")
                    .append(esc(MetricView.name(messages, metric))).append("<span class=\"unit\">")
                    .append(esc(MetricView.differenceUnit(messages, metric))).append(" · ")
                    .append(esc(MetricView.direction(messages, metric))).append("</span></th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (ResultsDirectory.Variant variant : alternatives) {
            html.append("<tr data-variant=\"").append(Html.escape(variant.name())).append("\"><th scope=\"row\">")
                    .append(swatch(variant)).append(user(variant.name()));
            if (!variant.description().isBlank()) {
                html.append("<span class=\"variant-description\" translate=\"no\">").append(Html.escape(variant.description())).append("</span>");
            }
            html.append("</th>");
            for (Metric metric : columns) {
                cell(variant, metric, metric == efficiency.get(0));
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private void cell(ResultsDirectory.Variant variant, Metric metric, boolean groupStart) {
        PairedComparison comparison = variant.versus(metric).orElse(new PairedComparison(Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        Verdict verdict = Verdict.of(comparison, metric);
        double scale = MetricView.scale(metric);
        int decimals = Messages.decimalsFor(comparison.halfWidth() * scale, comparison.meanDiff() * scale);
        html.append("<td class=\"cell ").append(verdict.key()).append(groupStart ? " group-start" : "")
                .append("\" data-metric=\"").append(metric.key()).append("\" data-verdict=\"").append(verdict.key()).append("\">")
                .append("<span class=\"diff\">").append(esc(messages.signed(comparison.meanDiff() * scale, decimals))).append("</span>");
        if (comparison.hasInterval()) {
            html.append(" <span class=\"ci\">").append(esc(messages.interval(comparison.ciLow() * scale,
                    comparison.ciHigh() * scale, decimals))).append("</span>");
        }
        html.append(" <span class=\"verdict\"><span class=\"icon\" aria-hidden=\"true\">").append(verdict.icon())
                .append("</span> ").append(esc(messages.text("verdict." + verdict.key()))).append("</span></td>");
    }
}
