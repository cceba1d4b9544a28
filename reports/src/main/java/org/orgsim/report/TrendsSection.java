package org.orgsim.report;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.orgsim.contract.Metric;
import org.orgsim.results.ResultsDirectory;

/**
 * The weekly charts: one figure per headline metric, the SVG inline (with a text alternative) and
 * the weeks in which interventions fired listed beside them.
 */
final class TrendsSection extends ReportSection {
    private final Map<String, ChartImage> charts;

    /** {@code charts} holds a chart per headline metric, keyed by metric key. */
    TrendsSection(ResultsDirectory data, Messages messages, StringBuilder html, Map<String, ChartImage> charts) {
        super("trends", "trends.heading", data, messages, html);
        this.charts = charts;
    }

    @Override
    void write() {
        sectionStart();
        html.append("<p>").append(esc(messages.text("trends.intro", messages.integer(data.replications())))).append("</p>\n");
        SortedMap<Integer, Set<String>> markers = MarkerWeeks.byWeek(data);
        String markerText = markers.isEmpty() ? messages.text("trends.noMarkers")
                : messages.text("trends.markers", MarkerWeeks.ranges(markers.keySet()));
        if (!markers.isEmpty()) {
            html.append("<ul class=\"marker-weeks\">");
            markers.forEach((week, variants) -> html.append("<li data-week=\"").append(week).append("\">")
                    .append(esc(messages.text("chart.week"))).append(' ').append(week).append(": ")
                    .append(user(String.join(", ", variants))).append("</li>"));
            html.append("</ul>\n");
        }
        String variantNames = messages.list(data.variants().stream().map(ResultsDirectory.Variant::name).toList());
        String weeksAttribute = String.join(" ", markers.keySet().stream().map(String::valueOf).toList());
        html.append("<div class=\"charts\">\n");
        for (Metric metric : MetricView.HEADLINE) {
            ChartImage chart = charts.get(metric.key());
            String id = "chart-" + Html.id(metric.key());
            html.append("<figure class=\"chart\" id=\"").append(id).append("\" data-metric=\"").append(metric.key())
                    .append("\" data-marker-weeks=\"").append(weeksAttribute).append("\">\n")
                    .append(chart.inlineSvg(id + "-title", messages.text("trends.alt", MetricView.name(messages, metric),
                            data.weeks(), variantNames)))
                    .append("\n<figcaption>").append(esc(messages.text("trends.caption", MetricView.name(messages, metric),
                            MetricView.unit(messages, metric)))).append(' ').append(esc(markerText))
                    .append(" <span class=\"files\">").append(ReportWriter.chartsDirectory(messages.language())).append('/').append(chart.id())
                    .append(".png, ").append(ReportWriter.chartsDirectory(messages.language())).append('/').append(chart.id())
                    .append(".svg</span></figcaption>\n</figure>\n");
        }
        html.append("</div>\n</section>\n");
    }
}
