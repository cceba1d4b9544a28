package org.orgsim.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.orgsim.model.Metric;
import org.orgsim.results.Estimate;
import org.orgsim.results.Manifest;
import org.orgsim.results.PairedComparison;
import org.orgsim.results.StudentT;

/**
 * Writes the text of {@code report.html}: one self-contained page (CSS and SVG charts inline, no
 * script, no external resource) that is also well-formed XML, so tests can check its structure
 * with an XML parser.
 *
 * <p>Sections, in order: the question; the impact table; the weekly charts; the trade-off chart; the
 * intervention timeline; what the results do and do not tell; the manifest.
 */
final class HtmlReport {
    /** How many of the largest standardized differences "what drives the differences" lists. */
    static final int DRIVERS = 5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final ResultsDirectory data;
    private final Messages messages;
    private final Map<String, ChartImage> charts;
    private final StringBuilder html = new StringBuilder(1 << 20);

    private HtmlReport(ResultsDirectory data, Messages messages, Map<String, ChartImage> charts) {
        this.data = data;
        this.messages = messages;
        this.charts = charts;
    }

    /**
     * The page for {@code data}; {@code charts} holds a chart per headline metric (keyed by metric
     * key) and, when defined, {@link ReportWriter#TRADE_OFF_CHART}.
     */
    static String render(ResultsDirectory data, Messages messages, Map<String, ChartImage> charts) {
        HtmlReport report = new HtmlReport(data, messages, charts);
        report.page();
        return report.html.toString();
    }

    /** Every week in which some intervention fired, with the variants in which it did. */
    static SortedMap<Integer, Set<String>> markerWeeks(ResultsDirectory data) {
        SortedMap<Integer, Set<String>> weeks = new TreeMap<>();
        for (ResultsDirectory.Event event : data.events()) {
            weeks.computeIfAbsent(event.week(), week -> new LinkedHashSet<>()).add(event.variant());
        }
        return weeks;
    }

    private void page() {
        String lang = messages.language().tag();
        String title = messages.text("report.title", data.scenarioName());
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"orgsim\"/>\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n")
                .append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n");
        html.append("<header class=\"page-header\">\n<p class=\"kicker\">").append(esc(messages.text("report.kicker")))
                .append("</p>\n<h1>").append(withUser("report.title", data.scenarioName())).append("</h1>\n");
        navigation();
        html.append("</header>\n<main>\n");
        question();
        impact();
        trends();
        tradeOff();
        timeline();
        limits();
        manifest();
        html.append("</main>\n<footer class=\"page-footer\"><p>").append(esc(messages.text("report.footer")))
                .append("</p></footer>\n</body>\n</html>\n");
    }

    private void navigation() {
        html.append("<nav aria-label=\"").append(esc(messages.text("report.nav"))).append("\"><ol class=\"toc\">");
        String[][] entries = {{"question", "question.heading"}, {"impact", "impact.heading"}, {"trends", "trends.heading"},
                {"tradeoff", "tradeoff.heading"}, {"timeline", "timeline.heading"}, {"limits", "limits.heading"},
                {"manifest", "manifest.heading"}};
        for (String[] entry : entries) {
            html.append("<li><a href=\"#").append(entry[0]).append("\">").append(esc(messages.text(entry[1])))
                    .append("</a></li>");
        }
        html.append("</ol></nav>\n");
    }

    private void sectionStart(String id, String headingKey) {
        html.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-heading\">\n<h2 id=\"")
                .append(id).append("-heading\">").append(esc(messages.text(headingKey))).append("</h2>\n");
    }

    private void question() {
        sectionStart("question", "question.heading");
        html.append("<p class=\"lead\">").append(withUser("question.intro", data.baselineName())).append("</p>\n");
        if (!data.description().isBlank()) {
            html.append("<p class=\"description\" translate=\"no\">").append(Html.escape(data.description())).append("</p>\n");
        }
        html.append("<dl class=\"facts\">\n");
        fact("question.scenario", "<span class=\"name\" translate=\"no\">" + Html.escape(data.scenarioName()) + "</span>");
        long months = Math.round(data.weeks() * 12.0 / 52.0);
        fact("question.horizon", esc(messages.text("question.horizonValue", messages.integer(data.weeks()),
                messages.integer(months))));
        fact("question.replications", esc(messages.text("question.replicationsValue", messages.integer(data.replications()))));
        fact("question.seed", data.seed().map(seed -> "<code>" + seed + "</code>").orElse(Messages.UNDEFINED));
        html.append("</dl>\n<p class=\"crn\">").append(esc(messages.text("question.crn"))).append("</p>\n");
        html.append("<table class=\"variants\" id=\"variants-table\">\n<caption>").append(esc(messages.text("question.variantsCaption")))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(esc(messages.text("question.variant")))
                .append("</th><th scope=\"col\">").append(esc(messages.text("question.variantDescription")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (ResultsDirectory.Variant variant : data.variants()) {
            html.append("<tr><th scope=\"row\">").append(swatch(variant)).append(user(variant.name()));
            if (variant.baseline()) {
                html.append(" <span class=\"tag\">").append(esc(messages.text("question.baselineTag"))).append("</span>");
            }
            html.append("</th><td>").append(variant.description().isBlank() ? esc(messages.text("question.noDescription"))
                    : user(variant.description())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private void fact(String key, String valueHtml) {
        html.append("<div><dt>").append(esc(messages.text(key))).append("</dt><dd>").append(valueHtml).append("</dd></div>\n");
    }

    /** A small coloured square in the variant's chart colour, hidden from screen readers. */
    private String swatch(ResultsDirectory.Variant variant) {
        int index = data.variants().indexOf(variant);
        java.awt.Color colour = ReportCharts.colour(index);
        return String.format("<span class=\"swatch\" aria-hidden=\"true\" style=\"background:#%06x\"></span>",
                colour.getRGB() & 0xFFFFFF);
    }

    private void impact() {
        sectionStart("impact", "impact.heading");
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
                impactCell(variant, metric, metric == efficiency.get(0));
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private void impactCell(ResultsDirectory.Variant variant, Metric metric, boolean groupStart) {
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

    private void trends() {
        sectionStart("trends", "trends.heading");
        html.append("<p>").append(esc(messages.text("trends.intro", messages.integer(data.replications())))).append("</p>\n");
        SortedMap<Integer, Set<String>> markers = markerWeeks(data);
        String markerText = markers.isEmpty() ? messages.text("trends.noMarkers")
                : messages.text("trends.markers", weekRanges(markers.keySet()));
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
                    .append(" <span class=\"files\">charts/").append(chart.id()).append(".png, charts/").append(chart.id())
                    .append(".svg</span></figcaption>\n</figure>\n");
        }
        html.append("</div>\n</section>\n");
    }

    /** Weeks as ranges, e.g. {@code 3–5, 9, 12}. */
    static String weekRanges(Set<Integer> weeks) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer previous = null;
        for (int week : new TreeSet<>(weeks)) {
            if (previous != null && week == previous + 1) {
                previous = week;
                continue;
            }
            if (start != null) {
                parts.add(start.equals(previous) ? start.toString() : start + "–" + previous);
            }
            start = week;
            previous = week;
        }
        if (start != null) {
            parts.add(start.equals(previous) ? start.toString() : start + "–" + previous);
        }
        return String.join(", ", parts);
    }

    private void tradeOff() {
        sectionStart("tradeoff", "tradeoff.heading");
        List<ReportCharts.TradeOffPoint> points = ReportCharts.tradeOffPoints(data);
        ChartImage chart = charts.get(ReportWriter.TRADE_OFF_CHART);
        if (data.alternatives().isEmpty()) {
            html.append("<p>").append(esc(messages.text("impact.noVariants"))).append("</p>\n</section>\n");
            return;
        }
        if (points.isEmpty() || chart == null) {
            html.append("<p>").append(esc(messages.text("tradeoff.undefined", data.weeks()))).append("</p>\n</section>\n");
            return;
        }
        Estimate baseThroughput = data.baseline().finalEstimate(Metric.THROUGHPUT);
        html.append("<p>").append(esc(messages.text("tradeoff.intro", data.weeks(),
                messages.number(baseThroughput.mean(), Messages.decimalsFor(Double.NaN, baseThroughput.mean())))))
                .append("</p>\n");
        String id = "chart-" + ReportWriter.TRADE_OFF_CHART;
        html.append("<figure class=\"chart tradeoff\" id=\"").append(id).append("\">\n")
                .append(chart.inlineSvg(id + "-title", messages.text("tradeoff.alt")))
                .append("\n<figcaption>").append(esc(messages.text("tradeoff.subtitle")))
                .append(" <span class=\"files\">charts/").append(chart.id()).append(".png, charts/").append(chart.id())
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

    /** Per variant and rule: the actions, the weeks with their counts, and the runs it fired in. */
    private static final class RuleActivity {
        final String rule;
        final Set<String> actions = new LinkedHashSet<>();
        final SortedMap<Integer, Integer> weeks = new TreeMap<>();
        final Set<Integer> runs = new TreeSet<>();
        int times;

        RuleActivity(String rule) {
            this.rule = rule;
        }
    }

    private void timeline() {
        sectionStart("timeline", "timeline.heading");
        if (!data.hasEventsFile()) {
            html.append("<p>").append(esc(messages.text("timeline.noEventsFile"))).append("</p>\n</section>\n");
            return;
        }
        if (data.events().isEmpty()) {
            html.append("<p id=\"timeline-none\">").append(esc(messages.text("timeline.none"))).append("</p>\n</section>\n");
            return;
        }
        html.append("<p>").append(esc(messages.text("timeline.intro", messages.integer(data.replications())))).append("</p>\n");
        html.append("<div class=\"table-scroll\">\n<table class=\"timeline\" id=\"timeline-table\">\n<caption>")
                .append(esc(messages.text("timeline.caption"))).append("</caption>\n<thead><tr>");
        for (String key : List.of("timeline.variant", "timeline.rule", "timeline.action", "timeline.weeks",
                "timeline.times", "timeline.perRun", "timeline.runs")) {
            html.append("<th scope=\"col\">").append(esc(messages.text(key))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (ResultsDirectory.Variant variant : data.variants()) {
            Map<String, RuleActivity> rules = new LinkedHashMap<>();
            for (ResultsDirectory.Event event : data.events()) {
                if (event.variant().equals(variant.name())) {
                    RuleActivity activity = rules.computeIfAbsent(event.rule(), RuleActivity::new);
                    activity.actions.add(event.action());
                    activity.weeks.merge(event.week(), 1, Integer::sum);
                    activity.runs.add(event.replication());
                    activity.times++;
                }
            }
            List<RuleActivity> ordered = new ArrayList<>(rules.values());
            ordered.sort(Comparator.comparing((RuleActivity activity) -> activity.weeks.firstKey())
                    .thenComparing(activity -> activity.rule));
            for (RuleActivity activity : ordered) {
                html.append("<tr data-variant=\"").append(Html.escape(variant.name())).append("\"><td>")
                        .append(swatch(variant)).append(user(variant.name())).append("</td><th scope=\"row\">")
                        .append(user(activity.rule)).append("</th><td><code translate=\"no\">")
                        .append(Html.escape(String.join(", ", activity.actions))).append("</code></td><td class=\"weeks\">");
                List<String> weeks = new ArrayList<>();
                activity.weeks.forEach((week, count) -> weeks.add(week + " (" + messages.integer(count) + "×)"));
                html.append(Html.escape(weeks.size() <= 12 ? String.join(", ", weeks) : weekRanges(activity.weeks.keySet())))
                        .append("</td><td class=\"number\">").append(messages.integer(activity.times))
                        .append("</td><td class=\"number\">")
                        .append(esc(messages.number((double) activity.times / data.replications(), 2)))
                        .append("</td><td class=\"number\">").append(messages.integer(activity.runs.size())).append(" / ")
                        .append(messages.integer(data.replications())).append("</td></tr>\n");
            }
        }
        html.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    /**
     * A metric among the largest differences: its standardized difference per alternative variant
     * (NaN where there is no spread to standardize by).
     */
    record Driver(Metric metric, Map<String, Double> standardized, double largest) {
    }

    /**
     * The metrics on which some variant differs from the baseline by more than chance (interval on
     * one side of zero), largest first by the mean paired difference over the pooled standard
     * deviation of the two variants' final values (Cohen's d; the standard deviations recovered from
     * the 95% intervals of the final values, sd = half-width × √n / t).
     */
    static List<Driver> drivers(ResultsDirectory data) {
        int n = data.replications();
        if (n < 2) {
            return List.of();
        }
        double factor = Math.sqrt(n) / StudentT.criticalValue95(n - 1);
        ResultsDirectory.Variant baseline = data.baseline();
        List<Driver> drivers = new ArrayList<>();
        for (Metric metric : Metric.all()) {
            Map<String, Double> standardized = new LinkedHashMap<>();
            double largest = 0;
            for (ResultsDirectory.Variant variant : data.alternatives()) {
                PairedComparison comparison = variant.versus(metric).orElse(null);
                double sdBaseline = baseline.finalEstimate(metric).halfWidth() * factor;
                double sdVariant = variant.finalEstimate(metric).halfWidth() * factor;
                double pooled = Math.sqrt((sdBaseline * sdBaseline + sdVariant * sdVariant) / 2);
                double d = comparison != null && Double.isFinite(pooled) && pooled > 0 ? comparison.meanDiff() / pooled : Double.NaN;
                standardized.put(variant.name(), d);
                Verdict verdict = comparison == null ? Verdict.UNKNOWN : Verdict.of(comparison, metric);
                if ((verdict == Verdict.BETTER || verdict == Verdict.WORSE) && Double.isFinite(d)) {
                    largest = Math.max(largest, Math.abs(d));
                }
            }
            if (largest > 0) {
                drivers.add(new Driver(metric, standardized, largest));
            }
        }
        drivers.sort(Comparator.comparingDouble((Driver driver) -> -driver.largest()));
        return drivers.subList(0, Math.min(DRIVERS, drivers.size()));
    }

    private void limits() {
        sectionStart("limits", "limits.heading");
        html.append("<div class=\"warning\" role=\"note\" id=\"projection-warning\"><p class=\"warning-title\">")
                .append("<span aria-hidden=\"true\">⚠ </span>").append(esc(messages.text("limits.warningTitle")))
                .append("</p><p>").append(esc(messages.text("limits.warning"))).append("</p></div>\n");
        html.append("<h3>").append(esc(messages.text("limits.drivers"))).append("</h3>\n");
        List<Driver> drivers = drivers(data);
        if (drivers.isEmpty()) {
            html.append("<p id=\"drivers-none\">").append(esc(messages.text("limits.noDrivers"))).append("</p>\n");
        } else {
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
                double scale = MetricView.scale(metric);
                html.append("<tr data-metric=\"").append(metric.key()).append("\"><th scope=\"row\">")
                        .append(esc(MetricView.name(messages, metric))).append("<span class=\"unit\">")
                        .append(esc(MetricView.differenceUnit(messages, metric))).append("</span></th>");
                for (ResultsDirectory.Variant variant : data.alternatives()) {
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
                html.append("<td>").append(esc(MetricView.mechanism(messages, metric))).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n</div>\n");
        }
        html.append("<h3>").append(esc(messages.text("limits.assumptions"))).append("</h3>\n<ul class=\"assumptions\">\n");
        for (int index = 1; messages.has("limits.assumption" + index); index++) {
            html.append("<li>").append(esc(messages.text("limits.assumption" + index))).append("</li>\n");
        }
        html.append("</ul>\n<h3>").append(esc(messages.text("limits.uncertainty"))).append("</h3>\n<p>")
                .append(esc(messages.text("limits.uncertaintyText"))).append("</p>\n<p>")
                .append(esc(messages.text("limits.more"))).append("</p>\n</section>\n");
    }

    private void manifest() {
        sectionStart("manifest", "manifest.heading");
        if (data.manifest().isEmpty()) {
            html.append("<p id=\"manifest-missing\">").append(esc(messages.text("manifest.missing"))).append("</p>\n");
        } else {
            Manifest manifest = data.manifest().get();
            html.append("<table class=\"manifest\" id=\"manifest-table\">\n<caption>").append(esc(messages.text("manifest.caption")))
                    .append("</caption>\n<thead><tr><th scope=\"col\">").append(esc(messages.text("manifest.field")))
                    .append("</th><th scope=\"col\">").append(esc(messages.text("manifest.value"))).append("</th></tr></thead>\n<tbody>\n");
            manifestRowHtml(esc(messages.text("manifest.version")), user(manifest.orgsimVersion()));
            manifestRow(messages.text("manifest.scenarioName"), user(manifest.scenarioName()));
            manifestRow(messages.text("manifest.scenarioFile"), manifest.scenarioFile() == null ? Messages.UNDEFINED
                    : "<code translate=\"no\">" + Html.escape(manifest.scenarioFile()) + "</code>");
            manifestRow(messages.text("manifest.scenarioSha"), "<code class=\"hash\" translate=\"no\">" + Html.escape(manifest.scenarioSha256()) + "</code>");
            if (manifest.ruleFileSha256().isEmpty()) {
                manifestRow(messages.text("manifest.noRules"), Messages.UNDEFINED);
            }
            manifest.ruleFileSha256().forEach((file, hash) -> manifestRowHtml(withUser("manifest.ruleSha", file),
                    "<code class=\"hash\" translate=\"no\">" + Html.escape(hash) + "</code>"));
            manifestRow(messages.text("manifest.seed"), "<code>" + manifest.seed() + "</code>");
            manifestRow(messages.text("manifest.replications"), messages.integer(manifest.replications()));
            manifestRow(messages.text("manifest.threads"), messages.integer(manifest.threads()));
            manifestRow(messages.text("manifest.java"), Html.escape(manifest.javaVersion()));
            manifestRow(messages.text("manifest.started"), TIME.format(manifest.started()));
            manifestRow(messages.text("manifest.finished"), TIME.format(manifest.finished()));
            html.append("</tbody>\n</table>\n");
            String scenarioFile = manifest.scenarioFile() == null ? "scenario.yaml" : manifest.scenarioFile();
            html.append("<p>").append(esc(messages.text("manifest.reproduce"))).append(": <code class=\"command\">./orgsim run ")
                    .append(Html.escape(scenarioFile)).append(" --seed ").append(manifest.seed()).append(" --replications ")
                    .append(manifest.replications()).append("</code></p>\n");
        }
        data.scenarioText().ifPresent(text -> html.append("<details class=\"scenario-text\"><summary>")
                .append(esc(messages.text("manifest.scenarioText"))).append("</summary><pre translate=\"no\">").append(Html.escape(text))
                .append("</pre></details>\n"));
        html.append("</section>\n");
    }

    private void manifestRow(String label, String valueHtml) {
        manifestRowHtml(Html.escape(label), valueHtml);
    }

    private void manifestRowHtml(String labelHtml, String valueHtml) {
        html.append("<tr><th scope=\"row\">").append(labelHtml).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }

    private static String esc(String text) {
        return Html.escape(text);
    }

    /**
     * Text the user wrote (names, descriptions, rule names, paths), marked {@code translate="no"}:
     * it stays as written in every report language, and translation tools leave it alone.
     */
    private static String user(String text) {
        return "<span translate=\"no\">" + Html.escape(text) + "</span>";
    }

    /** The message {@code key} with its placeholder {@code {0}} filled by user text, as HTML. */
    private String withUser(String key, String userText) {
        String marker = "\uE000";
        return esc(messages.text(key, marker)).replace(marker, user(userText));
    }

    /** The sorted set of marker weeks, for the charts. */
    static SortedSet<Integer> weeksOnly(ResultsDirectory data) {
        return new TreeSet<>(markerWeeks(data).keySet());
    }
}
