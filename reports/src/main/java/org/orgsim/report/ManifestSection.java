package org.orgsim.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.orgsim.results.Manifest;
import org.orgsim.results.ResultsDirectory;

/**
 * The manifest: what it takes to reproduce the run (versions, file hashes, seed, replications),
 * the command that does, and the scenario text as run.
 */
final class ManifestSection extends ReportSection {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    ManifestSection(ResultsDirectory data, Messages messages, StringBuilder html) {
        super("manifest", "manifest.heading", data, messages, html);
    }

    @Override
    void write() {
        sectionStart();
        if (data.manifest().isEmpty()) {
            html.append("<p id=\"manifest-missing\">").append(esc(messages.text("manifest.missing"))).append("</p>\n");
        } else {
            Manifest manifest = data.manifest().get();
            html.append("<table class=\"manifest\" id=\"manifest-table\">\n<caption>").append(esc(messages.text("manifest.caption")))
                    .append("</caption>\n<thead><tr><th scope=\"col\">").append(esc(messages.text("manifest.field")))
                    .append("</th><th scope=\"col\">").append(esc(messages.text("manifest.value"))).append("</th></tr></thead>\n<tbody>\n");
            rowHtml(esc(messages.text("manifest.version")), user(manifest.orgsimVersion()));
            row(messages.text("manifest.scenarioName"), user(manifest.scenarioName()));
            row(messages.text("manifest.scenarioFile"), manifest.scenarioFile() == null ? Messages.UNDEFINED
                    : "<code translate=\"no\">" + Html.escape(manifest.scenarioFile()) + "</code>");
            row(messages.text("manifest.scenarioSha"), "<code class=\"hash\" translate=\"no\">" + Html.escape(manifest.scenarioSha256()) + "</code>");
            if (manifest.ruleFileSha256().isEmpty()) {
                row(messages.text("manifest.noRules"), Messages.UNDEFINED);
            }
            manifest.ruleFileSha256().forEach((file, hash) -> rowHtml(withUser("manifest.ruleSha", file),
                    "<code class=\"hash\" translate=\"no\">" + Html.escape(hash) + "</code>"));
            row(messages.text("manifest.seed"), "<code>" + manifest.seed() + "</code>");
            row(messages.text("manifest.replications"), messages.integer(manifest.replications()));
            row(messages.text("manifest.threads"), messages.integer(manifest.threads()));
            row(messages.text("manifest.java"), Html.escape(manifest.javaVersion()));
            row(messages.text("manifest.started"), TIME.format(manifest.started()));
            row(messages.text("manifest.finished"), TIME.format(manifest.finished()));
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

    private void row(String label, String valueHtml) {
        rowHtml(Html.escape(label), valueHtml);
    }

    private void rowHtml(String labelHtml, String valueHtml) {
        html.append("<tr><th scope=\"row\">").append(labelHtml).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }
}
