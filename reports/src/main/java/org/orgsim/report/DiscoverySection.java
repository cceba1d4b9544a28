package org.orgsim.report;

import java.util.Locale;
import java.util.Optional;

import org.orgsim.discovery.Discovery;
import org.orgsim.results.ResultsDirectory;

/**
 * "When does this intervention fail?": the boxes {@code orgsim discover} found over the sweep
 * ({@code discovery.csv}), per variant, with their coverage and density. Written only when the
 * results directory holds a discovery; {@code orgsim discover} re-renders the report after writing it.
 */
final class DiscoverySection extends ReportSection {
    private final Optional<Discovery.Found> found;

    DiscoverySection(ResultsDirectory data, Messages messages, StringBuilder html) {
        super("discovery", "discovery.heading", data, messages, html);
        this.found = data.directory() == null ? Optional.empty() : Discovery.read(data.directory());
    }

    @Override
    void write() {
        if (found.isEmpty()) {
            return;
        }
        Discovery.Found discovery = found.get();
        sectionStart();
        String side = messages.text(discovery.vsBaseline() ? "discovery.versusBaseline" : "discovery.level");
        html.append("<p>").append(esc(messages.text("discovery.intro", discovery.metric(), side,
                String.format(Locale.ROOT, "%s", org.orgsim.results.Numbers.format(discovery.worseThan()))))).append("</p>\n");
        if (discovery.boxes().isEmpty()) {
            html.append("<p>").append(esc(messages.text("discovery.none"))).append("</p>\n</section>\n");
            return;
        }
        html.append("<div class=\"table-scroll\">\n<table class=\"discovery\" id=\"discovery-table\">\n<thead><tr>")
                .append("<th scope=\"col\">").append(esc(messages.text("discovery.variant"))).append("</th>")
                .append("<th scope=\"col\">").append(esc(messages.text("discovery.ranges"))).append("</th>")
                .append("<th scope=\"col\">").append(esc(messages.text("discovery.coverage"))).append("</th>")
                .append("<th scope=\"col\">").append(esc(messages.text("discovery.density"))).append("</th>")
                .append("<th scope=\"col\">").append(esc(messages.text("discovery.mass"))).append("</th></tr></thead>\n<tbody>\n");
        for (Discovery.ChosenBox box : discovery.boxes()) {
            html.append("<tr><td>").append(user(box.variant())).append(" · ").append(box.box()).append("</td><td>")
                    .append(esc(box.ranges().isEmpty() ? messages.text("discovery.anywhere") : String.join("; ", box.ranges())))
                    .append("</td><td>").append(percent(box.coverage())).append("</td><td>").append(percent(box.density()))
                    .append("</td><td>").append(percent(box.mass())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n<p>").append(esc(messages.text("discovery.howToRead"))).append("</p>\n</section>\n");
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
