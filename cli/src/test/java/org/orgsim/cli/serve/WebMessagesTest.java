package org.orgsim.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.orgsim.contract.Metric;

/** The page speaks English and Dutch: every key in both, and every key the page uses exists. */
class WebMessagesTest {
    @Test
    void bothLanguagesHaveTheSameKeys() {
        Map<String, String> english = WebMessages.load("en");
        Map<String, String> dutch = WebMessages.load("nl");
        assertEquals(english.keySet(), dutch.keySet());
        for (Metric metric : Metric.all()) {
            assertTrue(english.containsKey("metric." + metric.key()), metric.key());
            assertTrue(english.containsKey("metric." + metric.key() + ".unit"), metric.key());
        }
        assertEquals("Psychologische veiligheid", dutch.get("metric.psych_safety"), "read as UTF-8 with accents intact");
        assertEquals("hiërarchisch", dutch.get("org.hierarchical"));
    }

    /** Issue 16: one set of verdict words in the terminal, the report and the workshop, in both languages. */
    @Test
    void theWorkshopSaysTheReportsVerdictWords() throws IOException {
        for (String language : new String[] {"en", "nl"}) {
            java.util.Properties report = new java.util.Properties();
            try (InputStream in = getClass().getResourceAsStream("/org/orgsim/report/messages_" + language + ".properties")) {
                report.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Map<String, String> page = WebMessages.load(language);
            for (String verdict : new String[] {"better", "worse", "inconclusive"}) {
                assertEquals(report.getProperty("verdict." + verdict), page.get("fork." + verdict), language + " " + verdict);
            }
        }
    }

    @Test
    void everyKeyThePageUsesExists() throws IOException {
        Set<String> keys = WebMessages.load("en").keySet();
        Set<String> used = new TreeSet<>();
        Matcher literal = Pattern.compile("\\bt\\('([a-z_A-Z.]+)'").matcher(resource("web/app.js"));
        while (literal.find()) {
            used.add(literal.group(1));
        }
        Matcher attribute = Pattern.compile("data-msg=\"([a-zA-Z_.]+)\"").matcher(resource("web/index.html"));
        while (attribute.find()) {
            used.add(attribute.group(1));
        }
        assertTrue(used.size() > 40, used.toString());
        used.removeIf(key -> key.endsWith("."));
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(keys);
        assertEquals(Set.of(), missing);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = WebMessages.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
