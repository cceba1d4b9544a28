package org.orgsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import org.orgsim.contract.Metric;

/**
 * Every language has every text, translated where a translation differs, and a Dutch report shows
 * no English label and writes numbers the Dutch way.
 */
class MessagesTest {
    /**
     * Keys whose Dutch text is rightly the same as the English one (the same word in both
     * languages, or only a placeholder and a symbol).
     */
    private static final Set<String> SAME_IN_DUTCH = Set.of("question.scenario", "question.variant",
            "question.replicationsValue", "impact.variant", "timeline.variant", "chart.week", "chart.markerLabel",
            "manifest.scenarioName", "manifest.threads", "when.week", "segments.caption", "segments.kind.team",
            "segments.role.manager", "summary.clause.clear", "summary.unit.none",
            "summary.unit.percent");

    /** English labels that are also ordinary Dutch words ("Stress verhoogt de kans op ziekmelding"). */
    private static final Set<String> ALSO_DUTCH = Set.of("Stress");

    @TempDir
    Path temp;

    private static Set<String> keys(Language language) {
        return new TreeSet<>(Messages.load(language).keySet());
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() {
        Set<String> english = keys(Language.ENGLISH);
        assertTrue(english.size() > 100, "the English bundle is loaded: " + english.size());
        for (Language language : Language.values()) {
            assertEquals(Set.of(), Messages.missingKeys(language), language + " lacks keys");
            Set<String> extra = new TreeSet<>(keys(language));
            extra.removeAll(english);
            assertEquals(Set.of(), extra, language + " has keys English does not");
            new Messages(language);
        }
    }

    @Test
    void everyMetricHasANameUnitAndMechanismInEveryLanguage() {
        for (Language language : Language.values()) {
            Messages messages = new Messages(language);
            for (Metric metric : Metric.all()) {
                for (String part : List.of("name", "unit", "mechanism")) {
                    String key = "metric." + metric.key() + "." + part;
                    assertTrue(messages.has(key), language + " lacks " + key + ": add it to every messages_*.properties");
                    assertFalse(messages.text(key).isBlank(), key);
                }
            }
        }
    }

    @Test
    void dutchTextsAreTranslationsNotCopies() {
        ResourceBundle english = Messages.load(Language.ENGLISH);
        ResourceBundle dutch = Messages.load(Language.DUTCH);
        List<String> untranslated = new ArrayList<>();
        for (String key : keys(Language.ENGLISH)) {
            if (english.getString(key).equals(dutch.getString(key)) != SAME_IN_DUTCH.contains(key)) {
                untranslated.add(key);
            }
        }
        assertEquals(List.of(), untranslated, "the same text in Dutch as in English (or a stale allow-list entry)");
    }

    @Test
    void placeholdersMatchBetweenLanguages() {
        ResourceBundle english = Messages.load(Language.ENGLISH);
        ResourceBundle dutch = Messages.load(Language.DUTCH);
        Pattern placeholder = Pattern.compile("\\{\\d}");
        for (String key : keys(Language.ENGLISH)) {
            assertEquals(placeholders(placeholder, english.getString(key)), placeholders(placeholder, dutch.getString(key)), key);
        }
    }

    private static Set<String> placeholders(Pattern placeholder, String text) {
        Set<String> found = new TreeSet<>();
        placeholder.matcher(text).results().forEach(match -> found.add(match.group()));
        return found;
    }

    @Test
    void anUnknownKeyFailsLoudly() {
        assertThrows(MissingResourceException.class, () -> new Messages(Language.DUTCH).text("no.such.key"));
    }

    @Test
    void numbersFollowTheLanguage() {
        Messages english = new Messages(Language.ENGLISH);
        Messages dutch = new Messages(Language.DUTCH);
        assertEquals("−1,234.50", english.number(-1234.5, 2));
        assertEquals("−1.234,50", dutch.number(-1234.5, 2));
        assertEquals("+0.25", english.signed(0.25, 2));
        assertEquals("+0,25", dutch.signed(0.25, 2));
        assertEquals("0.00", english.signed(-0.001, 2), "no sign on a value that rounds to zero");
        assertEquals("[−0,10; +0,30]", dutch.interval(-0.1, 0.3, 2));
        assertEquals("[−0.10; +0.30]", english.interval(-0.1, 0.3, 2));
        assertEquals("–", dutch.number(Double.NaN, 2));
        assertEquals(3, Messages.decimalsFor(0.05, 0.1));
        assertEquals(0, Messages.decimalsFor(300, 810));
        assertEquals(2, Messages.decimalsFor(Double.NaN, 1.23));
        assertEquals(Language.DUTCH, Language.fromTag("NL"));
        assertThrows(IllegalArgumentException.class, () -> Language.fromTag("de"));
    }

    @Test
    void dutchReportHasNoEnglishLabelAndDutchNumbers() throws Exception {
        Path directory = SampleResults.write(temp.resolve("results"));
        ReportWriter.render(directory, Language.DUTCH);
        ReportXml report = ReportXml.read(directory.resolve(ReportWriter.reportFile(Language.DUTCH)));
        assertEquals("nl", report.one("/html").getAttribute("lang"));
        String text = report.reportText();

        ResourceBundle english = Messages.load(Language.ENGLISH);
        ResourceBundle dutch = Messages.load(Language.DUTCH);
        List<String> leaked = new ArrayList<>();
        for (String key : keys(Language.ENGLISH)) {
            if (SAME_IN_DUTCH.contains(key)) {
                continue;
            }
            // Each literal piece of the English text between placeholders: a whole label, or a
            // phrase long enough not to be a Dutch word by accident.
            for (String piece : english.getString(key).split("\\{\\d}")) {
                String trimmed = piece.strip();
                boolean wholeLabel = !english.getString(key).contains("{") && trimmed.length() >= 3;
                if ((wholeLabel || trimmed.length() >= 12) && !dutch.getString(key).contains(trimmed)
                        && !ALSO_DUTCH.contains(trimmed)
                        // a metric key is also a chart's file name (charts/attrition.png), in every language
                        && Metric.byKey(trimmed).isEmpty()
                        && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(trimmed) + "(?![\\p{L}])").matcher(text).find()) {
                    leaked.add(key + ": " + trimmed);
                }
            }
        }
        assertEquals(List.of(), leaked, "English text in the Dutch report");
        for (String heading : List.of("The question", "Impact versus the baseline", "Week by week", "Trade-off",
                "Intervention timeline", "What this does and does not tell you", "Manifest", "Human impact",
                "Efficiency impact", "better", "worse", "inconclusive", "Projections from a model")) {
            assertFalse(text.contains(heading), "English heading in the Dutch report: " + heading);
        }
        List<String> headings = report.all("//h2").stream().map(Element::getTextContent).toList();
        assertEquals(List.of("In het kort", "De vraag", "Effect ten opzichte van de uitgangssituatie", "Wie betaalt de prijs", "Week na week",
                "Afweging: efficiëntie tegenover mensen", "Tijdlijn van de interventies", "Wat dit wel en niet zegt",
                "Verantwoording: hoe deze resultaten zijn gemaakt"), headings);

        // Decimal commas in the text, grouped thousands with a point; the files keep '.'.
        Element stress = report.one("//table[@id='impact-table']/tbody/tr[@data-metric='stress']/td[@data-variant='merge-a-b']");
        assertEquals("+0,100 [+0,050; +0,150] ✗ slechter", ReportXml.normalized(stress.getTextContent()));
        Element cost = report.one("//table[@id='impact-table']/tbody/tr[@data-metric='cost']/td[@data-variant='merge-and-coach']");
        assertTrue(ReportXml.normalized(cost.getTextContent()).startsWith("−1.200 [−1.680; −720]"), cost.getTextContent());
        assertTrue(ReportXml.readString(directory.resolve("summary.json")).contains("0.1"));
        String svg = ReportXml.readString(directory.resolve("charts.nl/stress.svg"));
        assertTrue(svg.contains(">Werkstress<"), "chart titles are translated too");
        assertTrue(svg.contains("0,3"), "chart axes use the decimal comma");
        String tradeOff = ReportXml.readString(directory.resolve("charts.nl/trade-off.svg"));
        assertTrue(tradeOff.contains("Verandering burn-outklachten (procentpunten)"), "rotated axis label is text, translated");
        assertNotEquals(-1, tradeOff.indexOf("meer productie, minder burn-out"));
    }
}
