package org.orgsim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.orgsim.results.ResultsDirectory;
import org.orgsim.results.SegmentFigures;
import org.orgsim.contract.Metric;
import org.orgsim.results.PairedComparison;

/**
 * "Who bears the cost" (issue 15): for every alternative variant, the paired impact on each segment
 * of the people of week 0 (team age, role, tenure, then each team), over the horizon period, for the
 * headline human metrics; segments sorted by size, largest first. A segment under the small-group
 * rule is named, below its table, without any figure.
 */
final class SegmentsSection extends ReportSection {
    /** The human metrics shown per segment, in column order. */
    static final List<Metric> COLUMNS = List.of(Metric.BURNOUT_RATE, Metric.ENGAGEMENT, Metric.ATTRITION,
            Metric.SICK_LEAVE, Metric.STRESS);
    /** Kinds in the order a reader asks about them: the question (team age) first. */
    static final List<String> KIND_ORDER = List.of("team_age", "role", "tenure", "team");
    /** More teams than this and the per-team table is folded away (an HTML details element, no script). */
    static final int TEAMS_SHOWN_OPEN = 12;

    private final SegmentFigures segments;

    SegmentsSection(ResultsDirectory data, Messages messages, StringBuilder html) {
        super("segments", "segments.heading", data, messages, html);
        this.segments = data.segments();
    }

    @Override
    void write() {
        sectionStart();
        List<ResultsDirectory.Variant> alternatives = data.alternatives();
        if (segments.isEmpty()) {
            html.append("<p>").append(esc(messages.text("segments.none"))).append("</p>\n</section>\n");
            return;
        }
        if (alternatives.isEmpty()) {
            html.append("<p>").append(esc(messages.text("impact.noVariants"))).append("</p>\n</section>\n");
            return;
        }
        html.append("<p>").append(esc(messages.text("segments.intro", data.baselineName(), messages.integer(data.weeks()),
                messages.integer(data.replications())))).append("</p>\n");
        html.append("<p class=\"how-to-read\">").append(esc(messages.text("segments.howToRead"))).append("</p>\n");
        for (ResultsDirectory.Variant variant : alternatives) {
            html.append("<h3 class=\"segment-variant\" data-variant=\"").append(Html.escape(variant.name())).append("\">")
                    .append(swatch(variant)).append(user(variant.name())).append("</h3>\n");
            List<SegmentFigures.Segment> ofVariant = segments.of(variant.name());
            for (String kind : KIND_ORDER) {
                table(variant, kind, ofVariant.stream().filter(segment -> segment.kind().equals(kind)).toList());
            }
        }
        html.append("</section>\n");
    }

    private void table(ResultsDirectory.Variant variant, String kind, List<SegmentFigures.Segment> ofKind) {
        if (ofKind.isEmpty()) {
            return;
        }
        List<SegmentFigures.Segment> shown = new ArrayList<>(ofKind.stream().filter(segment -> !segment.suppressed()).toList());
        // Largest first; the file's order (stable sort) among equals.
        shown.sort(Comparator.comparingDouble(SegmentFigures.Segment::people).reversed());
        List<String> withheld = ofKind.stream().filter(SegmentFigures.Segment::suppressed).map(SegmentFigures.Segment::name).toList();
        String kindName = messages.text("segments.kind." + kind);
        boolean folded = kind.equals("team") && shown.size() > TEAMS_SHOWN_OPEN;
        if (folded) {
            html.append("<details class=\"segment-teams\"><summary>")
                    .append(esc(messages.text("segments.teamsFolded", messages.integer(shown.size())))).append("</summary>\n");
        }
        if (!shown.isEmpty()) {
            html.append("<div class=\"table-scroll\">\n<table class=\"impact segments\" data-kind=\"").append(kind)
                    .append("\" data-variant=\"").append(Html.escape(variant.name())).append("\">\n<caption>")
                    .append(esc(messages.text("segments.caption", kindName, variant.name()))).append("</caption>\n<thead>\n<tr><th scope=\"col\">")
                    .append(esc(kindName)).append("</th><th scope=\"col\">").append(esc(messages.text("segments.people"))).append("</th>");
            for (Metric metric : COLUMNS) {
                html.append("<th scope=\"col\" data-metric=\"").append(metric.key()).append("\">")
                        .append(esc(MetricView.name(messages, metric))).append("<span class=\"unit\">")
                        .append(esc(MetricView.differenceUnit(messages, metric))).append(" · ")
                        .append(esc(MetricView.direction(messages, metric))).append("</span></th>");
            }
            html.append("</tr>\n</thead>\n<tbody>\n");
            for (SegmentFigures.Segment segment : shown) {
                html.append("<tr data-segment=\"").append(Html.escape(segment.name())).append("\"><th scope=\"row\">")
                        .append(kind.equals("team") ? user(segment.name()) : esc(label(kind, segment.name())))
                        .append("</th><td class=\"people\">").append(esc(messages.number(segment.people(), segment.people() % 1 == 0 ? 0 : 1)))
                        .append("</td>");
                for (Metric metric : COLUMNS) {
                    cell(segment, metric);
                }
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table>\n</div>\n");
        }
        if (!withheld.isEmpty()) {
            List<String> names = withheld.stream().map(name -> kind.equals("team") ? name : label(kind, name)).toList();
            html.append("<p class=\"withheld\" data-kind=\"").append(kind).append("\">")
                    .append(kind.equals("team") ? withUser("segments.withheld", messages.list(names))
                            : esc(messages.text("segments.withheld", messages.list(names)))).append("</p>\n");
        }
        if (folded) {
            html.append("</details>\n");
        }
    }

    /** The name of a fixed segment (team age, role, tenure) in the report's language. */
    private String label(String kind, String name) {
        String key = "segments." + kind + "." + name;
        return messages.has(key) ? messages.text(key) : name;
    }

    private void cell(SegmentFigures.Segment segment, Metric metric) {
        PairedComparison comparison = segment.versus().getOrDefault(metric,
                new PairedComparison(Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        Verdict verdict = Verdict.of(comparison, metric);
        double scale = MetricView.scale(metric);
        int decimals = Messages.decimalsFor(comparison.halfWidth() * scale, comparison.meanDiff() * scale);
        html.append("<td class=\"cell ").append(verdict.key()).append("\" data-metric=\"").append(metric.key())
                .append("\" data-verdict=\"").append(verdict.key()).append("\"><span class=\"diff\">")
                .append(esc(messages.signed(comparison.meanDiff() * scale, decimals))).append("</span>");
        if (comparison.hasInterval()) {
            html.append(" <span class=\"ci\">").append(esc(messages.interval(comparison.ciLow() * scale,
                    comparison.ciHigh() * scale, decimals))).append("</span>");
        }
        html.append(" <span class=\"verdict\"><span class=\"icon\" aria-hidden=\"true\">").append(verdict.icon())
                .append("</span> ").append(esc(messages.text("verdict." + verdict.key()))).append("</span></td>");
    }
}
