package org.orgsim.report;

import java.util.List;
import java.util.Map;

import org.orgsim.results.ResultsDirectory;

/**
 * Writes the text of {@code report.html}: one self-contained page (CSS and SVG charts inline, no
 * script, no external resource) that is also well-formed XML, so tests can check its structure
 * with an XML parser.
 *
 * <p>This class writes the frame (head, header with table of contents, footer); the sections, in
 * order, are {@link SummarySection}, {@link QuestionSection}, {@link ImpactSection}, {@link SegmentsSection}, {@link TrendsSection},
 * {@link TradeOffSection}, {@link TimelineSection}, {@link LimitsSection} and {@link ManifestSection}.
 */
final class HtmlReport {
    /** How many of the largest standardized differences "what drives the differences" lists. */
    static final int DRIVERS = Driver.SHOWN;

    private HtmlReport() {
    }

    /**
     * The page for {@code data}; {@code charts} holds a chart per headline metric (keyed by metric
     * key) and, when defined, {@link ReportWriter#TRADE_OFF_CHART}.
     */
    static String render(ResultsDirectory data, Messages messages, Map<String, ChartImage> charts) {
        StringBuilder html = new StringBuilder(1 << 20);
        List<ReportSection> sections = List.of(new SummarySection(data, messages, html), new QuestionSection(data, messages, html),
                new ImpactSection(data, messages, html), new SegmentsSection(data, messages, html), new TrendsSection(data, messages, html, charts),
                new TradeOffSection(data, messages, html, charts), new TimelineSection(data, messages, html),
                new DiscoverySection(data, messages, html), new LimitsSection(data, messages, html),
                new ManifestSection(data, messages, html));
        String lang = messages.language().tag();
        String title = messages.text("report.title", data.scenarioName());
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"orgsim\"/>\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n")
                .append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n");
        html.append("<header class=\"page-header\">\n<p class=\"kicker\">").append(Html.escape(messages.text("report.kicker")))
                .append("</p>\n<h1>").append(ReportSection.withUser(messages, "report.title", data.scenarioName())).append("</h1>\n");
        navigation(html, messages, sections);
        html.append("</header>\n<main>\n");
        for (ReportSection section : sections) {
            section.write();
        }
        html.append("</main>\n<footer class=\"page-footer\"><p>").append(Html.escape(messages.text("report.footer")))
                .append("</p></footer>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The table of contents, built from the sections themselves so that it cannot miss one. */
    private static void navigation(StringBuilder html, Messages messages, List<ReportSection> sections) {
        html.append("<nav aria-label=\"").append(Html.escape(messages.text("report.nav"))).append("\"><ol class=\"toc\">");
        for (ReportSection section : sections) {
            html.append("<li><a href=\"#").append(section.id()).append("\">").append(Html.escape(messages.text(section.headingKey())))
                    .append("</a></li>");
        }
        html.append("</ol></nav>\n");
    }
}
