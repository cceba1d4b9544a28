package org.orgsim.report;

import java.util.List;
import java.util.Map;

import org.orgsim.contract.Metric;
import org.orgsim.results.Estimate;
import org.orgsim.results.ResultsDirectory;

/**
 * The trade-off: each alternative's change in throughput against its change in burnout complaints,
 * as a chart and, for readers who cannot see the chart, as a table of the same numbers.
 */
final class TradeOffSection extends ReportSection {
    private final Map<String, ChartImage> charts;

    /** {@code charts} holds {@link ReportWriter#TRADE_OFF_CHART} when the trade-off is defined. */
    TradeOffSection(ResultsDirectory data, Messages messages, StringBuilder html, Map<String, ChartImage> charts) {
        super("tradeoff", "tradeoff.heading", data, messages, html);
        this.charts = charts;
    }

    @Override
    void write() {
        sectionStart();
        List<ReportCharts.TradeOffPoint> points = ReportCharts.tradeOffPoints(data);
        ChartImage chart = charts.get(ReportWriter.TRADE_OFF_CHART);
        if (data.alternatives().isEmpty()) {
            html.append("<p>").append(esc(messages.text("impact.noVariants"))).append("</p>\n</section>\n");
            return;
        }
        if (points.isEmpty() || chart == null) {
            html.append("<p>").append(esc(messages.text("tradeoff.undefined", new ImpactBasis(data).when(messages))))
                    .append("</p>\n</section>\n");
            return;
        }
        ImpactBasis basis = new ImpactBasis(data);
        Estimate baseThroughput = basis.baseline(Metric.THROUGHPUT.key());
        html.append("<p>").append(esc(messages.text("tradeoff.intro", basis.when(messages),
                messages.number(baseThroughput.mean(), Messages.decimalsFor(Double.NaN, baseThroughput.mean())))))
                .append("</p>\n");
        String id = "chart-" + ReportWriter.TRADE_OFF_CHART;
        html.append("<figure class=\"chart tradeoff\" id=\"").append(id).append("\">\n")
                .append(chart.inlineSvg(id + "-title", messages.text("tradeoff.alt")))
                .append("\n<figcaption>").append(esc(messages.text("tradeoff.subtitle")))
                .append(" <span class=\"files\">").append(ReportWriter.chartsDirectory(messages.language())).append('/').append(chart.id())
                    .append(".png, ").append(ReportWriter.chartsDirectory(messages.language())).append('/').append(chart.id())
                .append(".svg</span></figcaption>\n</figure>\n");
        html.append("<table class=\"numbers\" id=\"tradeoff-table\">\n<caption>").append(esc(messages.text("tradeoff.tableCaption")))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(esc(messages.text("impact.variant")))
                .append("</th><th scope=\"col\">").append(esc(messages.text("tradeoff.x"))).append("</th><th scope=\"col\">")
                .append(esc(messages.text("tradeoff.y"))).append("</th></tr></thead>\n<tbody>\n");
        for (ReportCharts.TradeOffPoint point : points) {
            int xDecimals = Messages.decimalsFor((point.xHigh() - point.xLow()) / 2, point.x());
            int yDecimals = Messages.decimalsFor((point.yHigh() - point.yLow()) / 2, point.y());
            html.append("<tr><th scope=\"row\">").append(swatch(data.variants().get(point.variantIndex())))
                    .append(user(point.variant())).append("</th><td>")
                    .append(esc(messages.signed(point.x(), xDecimals))).append(' ')
                    .append(esc(messages.interval(point.xLow(), point.xHigh(), xDecimals))).append("</td><td>")
                    .append(esc(messages.signed(point.y(), yDecimals))).append(' ')
                    .append(esc(messages.interval(point.yLow(), point.yHigh(), yDecimals))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }
}
