package org.orgsim.report;

import java.util.List;

import org.orgsim.contract.Metric;
import org.orgsim.results.PairedComparison;
import org.orgsim.results.ResultsDirectory;

/**
 * What the results do and do not tell: the warning that these are projections of a model, the
 * metrics that drive the differences (see {@link Driver}), the model's assumptions and how to read
 * the uncertainty.
 */
final class LimitsSection extends ReportSection {
    LimitsSection(ResultsDirectory data, Messages messages, StringBuilder html) {
        super("limits", "limits.heading", data, messages, html);
    }

    @Override
    void write() {
        sectionStart();
        html.append("<div class=\"warning\" role=\"note\" id=\"projection-warning\"><p class=\"warning-title\">")
                .append("<span aria-hidden=\"true\">⚠ </span>").append(esc(messages.text("limits.warningTitle")))
                .append("</p><p>").append(esc(messages.text("limits.warning"))).append("</p></div>\n");
        html.append("<h3>").append(esc(messages.text("limits.drivers"))).append("</h3>\n");
        List<Driver> drivers = Driver.ranked(data);
        if (drivers.isEmpty()) {
            html.append("<p id=\"drivers-none\">").append(esc(messages.text("limits.noDrivers"))).append("</p>\n");
        } else {
            drivers(drivers);
        }
        html.append("<h3>").append(esc(messages.text("limits.assumptions"))).append("</h3>\n<ul class=\"assumptions\">\n");
        // The assumptions are numbered messages, so a language can list more of them without a code change.
        for (int index = 1; messages.has("limits.assumption" + index); index++) {
            html.append("<li>").append(esc(messages.text("limits.assumption" + index))).append("</li>\n");
        }
        html.append("</ul>\n<h3>").append(esc(messages.text("limits.uncertainty"))).append("</h3>\n<p>")
                .append(esc(messages.text("limits.uncertaintyText"))).append("</p>\n<p>")
                .append(esc(messages.text("limits.more"))).append("</p>\n</section>\n");
    }

    /** The drivers table: per metric, the standardized difference of each alternative and the mechanism behind it. */
    private void drivers(List<Driver> drivers) {
        html.append("<p>").append(esc(messages.text("limits.driversIntro"))).append("</p>\n")
                .append("<div class=\"table-scroll\">\n<table class=\"drivers\" id=\"drivers-table\">\n<caption>")
                .append(esc(messages.text("limits.driversCaption"))).append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(esc(messages.text("limits.driverMetric"))).append("</th>");
        for (ResultsDirectory.Variant variant : data.alternatives()) {
            html.append("<th scope=\"col\">").append(swatch(variant)).append(user(variant.name()))
                    .append("<span class=\"unit\">").append(esc(messages.text("limits.driverCell"))).append("</span></th>");
        }
        html.append("<th scope=\"col\">").append(esc(messages.text("limits.driverMechanism"))).append("</th></tr></thead>\n<tbody>\n");
        for (Driver driver : drivers) {
            Metric metric = driver.metric();
            html.append("<tr data-metric=\"").append(metric.key()).append("\"><th scope=\"row\">")
                    .append(esc(MetricView.name(messages, metric))).append("<span class=\"unit\">")
                    .append(esc(MetricView.differenceUnit(messages, metric))).append("</span></th>");
            for (ResultsDirectory.Variant variant : data.alternatives()) {
                cell(driver, variant);
            }
            html.append("<td>").append(esc(MetricView.mechanism(messages, metric))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n");
    }

    /** The standardized difference first (what ranks the drivers), then the difference in the metric's own unit. */
    private void cell(Driver driver, ResultsDirectory.Variant variant) {
        Metric metric = driver.metric();
        double scale = MetricView.scale(metric);
        PairedComparison comparison = variant.versus(metric)
                .orElse(new PairedComparison(Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        Verdict verdict = Verdict.of(comparison, metric);
        int decimals = Messages.decimalsFor(comparison.halfWidth() * scale, comparison.meanDiff() * scale);
        html.append("<td class=\"cell ").append(verdict.key()).append("\"><span class=\"diff\">")
                .append(esc(messages.signed(driver.standardized().get(variant.name()), 1)))
                .append("</span> <span class=\"ci\">").append(esc(messages.signed(comparison.meanDiff() * scale, decimals)));
        if (comparison.hasInterval()) {
            html.append(' ').append(esc(messages.interval(comparison.ciLow() * scale, comparison.ciHigh() * scale, decimals)));
        }
        html.append("</span> <span class=\"verdict\"><span class=\"icon\" aria-hidden=\"true\">").append(verdict.icon())
                .append("</span> ").append(esc(messages.text("verdict." + verdict.key()))).append("</span></td>");
    }
}
