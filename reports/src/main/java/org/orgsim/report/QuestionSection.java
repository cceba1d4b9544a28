package org.orgsim.report;

import org.orgsim.results.ResultsDirectory;

/**
 * The question section: what was compared, over which horizon, how often, with which seed, and
 * the variants with their descriptions.
 */
final class QuestionSection extends ReportSection {
    QuestionSection(ResultsDirectory data, Messages messages, StringBuilder html) {
        super("question", "question.heading", data, messages, html);
    }

    @Override
    void write() {
        sectionStart();
        html.append("<p class=\"lead\">").append(withUser("question.intro", data.baselineName())).append("</p>\n");
        if (!descriptions.scenario().isBlank()) {
            html.append("<p class=\"description\" translate=\"no\">").append(Html.escape(descriptions.scenario())).append("</p>\n");
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
            html.append("</th><td>").append(descriptions.of(variant).isBlank() ? esc(messages.text("question.noDescription"))
                    : user(descriptions.of(variant))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private void fact(String key, String valueHtml) {
        html.append("<div><dt>").append(esc(messages.text(key))).append("</dt><dd>").append(valueHtml).append("</dd></div>\n");
    }
}
