package org.orgsim.report;

import org.orgsim.results.ResultsDirectory;

/**
 * One section of {@code report.html}: a {@code <section>} with an id (the target of the page's table
 * of contents) and a heading, appended to the page being built.
 *
 * <p>Holds the helpers every section uses, so that escaping, user text and the variant colour
 * swatches are written the same way throughout the page.
 */
abstract class ReportSection {
    protected final ResultsDirectory data;
    protected final Messages messages;
    protected final StringBuilder html;
    protected final Descriptions descriptions;
    private final String id;
    private final String headingKey;

    ReportSection(String id, String headingKey, ResultsDirectory data, Messages messages, StringBuilder html) {
        this.id = id;
        this.headingKey = headingKey;
        this.data = data;
        this.messages = messages;
        this.html = html;
        this.descriptions = new Descriptions(data, messages.language());
    }

    /** Appends the whole section, from {@code <section>} to {@code </section>}. */
    abstract void write();

    /** The section's element id, which the table of contents links to. */
    final String id() {
        return id;
    }

    /** The message key of the section's heading, also its entry in the table of contents. */
    final String headingKey() {
        return headingKey;
    }

    /** Opens the section and writes its heading; the section itself closes it. */
    protected final void sectionStart() {
        html.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-heading\">\n<h2 id=\"")
                .append(id).append("-heading\">").append(esc(messages.text(headingKey))).append("</h2>\n");
    }

    /** A small coloured square in the variant's chart colour, hidden from screen readers. */
    protected final String swatch(ResultsDirectory.Variant variant) {
        int index = data.variants().indexOf(variant);
        java.awt.Color colour = ReportCharts.colour(index);
        return String.format("<span class=\"swatch\" aria-hidden=\"true\" style=\"background:#%06x\"></span>",
                colour.getRGB() & 0xFFFFFF);
    }

    /** The message {@code key} with its placeholder {@code {0}} filled by user text, as HTML. */
    protected final String withUser(String key, String userText) {
        return withUser(messages, key, userText);
    }

    static String withUser(Messages messages, String key, String userText) {
        // The user text is escaped on its own and marked translate="no", so it goes in after the message is
        // escaped, in place of a private-use character that no message contains.
        String marker = "\uE000";
        return esc(messages.text(key, marker)).replace(marker, user(userText));
    }

    static String esc(String text) {
        return Html.escape(text);
    }

    /**
     * Text the user wrote (names, descriptions, rule names, paths), marked {@code translate="no"}:
     * it stays as written in every report language, and translation tools leave it alone.
     */
    static String user(String text) {
        return "<span translate=\"no\">" + Html.escape(text) + "</span>";
    }
}
