package org.orgsim.report;

import java.util.List;

import org.orgsim.results.ResultsDirectory;

/**
 * The first screen of the report: per alternative variant one sentence in plain words, built from
 * the numbers of the main period ({@link ExecutiveSummary}), with the caveat "projections from a
 * model, not forecasts" beside it rather than at the bottom of the page.
 *
 * <p>Every number in a sentence carries the raw figures it came from ({@code data-metric},
 * {@code data-diff}, {@code data-low}, {@code data-high}, as in {@code summary.json}), so a test can
 * check that the words say what the files say.
 */
final class SummarySection extends ReportSection {
    SummarySection(ResultsDirectory data, Messages messages, StringBuilder html) {
        super("summary", "summary.heading", data, messages, html);
    }

    @Override
    void write() {
        sectionStart();
        html.append("<div class=\"summary-grid\">\n<div class=\"summary-text\">\n");
        List<ResultsDirectory.Variant> alternatives = data.alternatives();
        if (alternatives.isEmpty()) {
            html.append("<p>").append(esc(messages.text("impact.noVariants"))).append("</p>\n");
        } else {
            ImpactBasis basis = new ImpactBasis(data);
            html.append("<p class=\"summary-intro\">").append(esc(messages.text("summary.intro", data.baselineName(),
                    basis.when(messages), messages.integer(data.replications())))).append("</p>\n<ul class=\"summary\">\n");
            ExecutiveSummary summary = new ExecutiveSummary(data, basis);
            for (ResultsDirectory.Variant variant : alternatives) {
                sentence(variant, summary.of(variant));
            }
            html.append("</ul>\n");
        }
        html.append("</div>\n<aside class=\"caveat\" aria-labelledby=\"caveat-title\"><p class=\"warning-title\" id=\"caveat-title\">")
                .append(esc(messages.text("limits.warningTitle"))).append("</p><p>").append(esc(messages.text("summary.caveat")))
                .append(" <a href=\"#limits\">").append(esc(messages.text("summary.caveatMore"))).append("</a></p></aside>\n");
        html.append("</div>\n</section>\n");
    }

    private void sentence(ResultsDirectory.Variant variant, List<ExecutiveSummary.Clause> clauses) {
        html.append("<li data-variant=\"").append(Html.escape(variant.name())).append("\">").append(swatch(variant))
                .append("<strong>").append(user(variant.name())).append("</strong>");
        if (!descriptions.of(variant).isBlank()) {
            html.append(" <span class=\"summary-description\">(").append(user(descriptions.of(variant))).append(")</span>");
        }
        html.append(": ");
        if (clauses.isEmpty()) {
            html.append(esc(messages.text("summary.nothing")));
        }
        // One start month shared by every clause that has one is said once, at the end.
        List<Integer> months = clauses.stream().map(ExecutiveSummary.Clause::fromMonth).filter(m -> m.isPresent())
                .map(m -> m.getAsInt()).distinct().toList();
        boolean sayOnce = months.size() == 1;
        for (int index = 0; index < clauses.size(); index++) {
            if (index > 0) {
                html.append("; ");
            }
            clause(clauses.get(index), !sayOnce);
        }
        if (sayOnce) {
            html.append("<span class=\"onset\" data-month=\"").append(months.get(0)).append("\">")
                    .append(esc(messages.text("summary.allFromMonth", messages.integer(months.get(0))))).append("</span>");
        }
        html.append(".</li>\n");
    }

    private void clause(ExecutiveSummary.Clause clause, boolean withMonth) {
        String name = messages.text("summary.metric." + clause.key());
        String figures = figures(clause);
        String text = messages.text(clause.clear() ? "summary.clause.clear" : "summary.clause.unclear", name, "\uE001");
        html.append("<span class=\"clause ").append(clause.verdict().key()).append("\" data-metric=\"").append(clause.key())
                .append("\" data-verdict=\"").append(clause.verdict().key()).append("\" data-diff=\"")
                .append(clause.comparison().meanDiff()).append("\" data-low=\"").append(clause.comparison().ciLow())
                .append("\" data-high=\"").append(clause.comparison().ciHigh()).append("\">")
                .append(esc(text).replace("\uE001", "<span class=\"figures\">" + esc(figures) + "</span>"));
        clause.segment().ifPresent(segment -> html.append(esc(messages.text("summary.mostly",
                messages.text("summary.segment." + segment.kind() + "." + segment.name())))));
        clause.fromMonth().stream().filter(month -> withMonth).forEach(month -> html.append(esc(messages.text("summary.fromMonth", messages.integer(month)))));
        html.append("</span>");
    }

    /** "+8 points [+5; +11]" or "−1% [−3; +1]": one significant digit of the interval's half-width. */
    private String figures(ExecutiveSummary.Clause clause) {
        double scale = clause.scale();
        double low = clause.comparison().ciLow() * scale;
        double high = clause.comparison().ciHigh() * scale;
        double mean = clause.comparison().meanDiff() * scale;
        int decimals = ExecutiveSummary.decimals((high - low) / 2, mean);
        String unit = messages.text(clause.relative() ? "summary.unit.percent" : clause.share() ? "summary.unit.points"
                : "summary.unit.none");
        String main = messages.signed(mean, decimals) + unit;
        return clause.comparison().hasInterval() ? main + " " + messages.interval(low, high, decimals) : main;
    }
}
