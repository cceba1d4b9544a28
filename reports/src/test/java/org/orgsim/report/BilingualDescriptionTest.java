package org.orgsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.orgsim.experiment.Experiment;
import org.orgsim.results.Manifest;
import org.orgsim.results.ResultsWriter;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioException;
import org.orgsim.scenario.ScenarioLoader;

/**
 * Issue 16 item 5: descriptions in both languages ({@code description: {en: ..., nl: ...}}), checked
 * by the loader, each shown in its own report.
 */
class BilingualDescriptionTest {
    private static final String SCENARIO = """
            name: two-languages
            description: {en: Two teams merge, nl: Twee teams fuseren}
            weeks: 4
            replications: 2
            seed: 16
            organization:
              teams:
                - {name: alpha, size: 6}
            variants:
              - name: baseline
                description: {en: as it is, nl: zoals het is}
              - name: strained
                description: plain text in one language
                parameters: {stress.baseline: 0.9}
            """;

    @TempDir
    Path temp;

    @Test
    void eachReportShowsTheDescriptionInItsLanguage() throws Exception {
        Path file = Files.writeString(temp.resolve("two.yaml"), SCENARIO);
        Scenario scenario = ScenarioLoader.load(file);
        assertEquals("Two teams merge", scenario.description());
        assertEquals("as it is", scenario.variants().get(0).description());
        Path results = temp.resolve("results");
        ResultsWriter.write(new Experiment(scenario, 1).run(null), new Manifest("test", scenario.name(), file.toString(),
                Manifest.sha256(file), Map.of(), 16, 2, 1, "17", Instant.EPOCH, Instant.EPOCH), results);
        ReportWriter.render(results, Language.ENGLISH);
        ReportWriter.render(results, Language.DUTCH);
        // User text is marked translate="no" (left out of reportText()), so the page is read as written.
        String english = ReportXml.readString(results.resolve(ReportWriter.reportFile(Language.ENGLISH)));
        String dutch = ReportXml.readString(results.resolve(ReportWriter.reportFile(Language.DUTCH)));
        assertTrue(english.contains("<p class=\"description\" translate=\"no\">Two teams merge"), english);
        assertTrue(english.contains("<span translate=\"no\">as it is</span>"), english);
        // (Both texts are also in the copy of the scenario that closes every report.)
        assertFalse(english.contains("<p class=\"description\" translate=\"no\">Twee teams fuseren"));
        assertTrue(dutch.contains("<p class=\"description\" translate=\"no\">Twee teams fuseren"), dutch);
        assertTrue(dutch.contains("<span translate=\"no\">zoals het is</span>"), dutch);
        assertFalse(dutch.contains("<p class=\"description\" translate=\"no\">Two teams merge"));
        assertTrue(dutch.contains("plain text in one language"), "a plain description stays as written");
    }

    @Test
    void theLoaderNamesAnUnknownLanguageAndAMissingOne() {
        Path file = temp.resolve("bad.yaml");
        ScenarioException unknown = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
                SCENARIO.replace("{en: as it is, nl: zoals het is}", "{en: as it is, de: wie es ist}"), file));
        assertTrue(unknown.getMessage().startsWith(file + ": variants[0].description.de is not a known field"),
                unknown.getMessage());
        ScenarioException missing = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
                SCENARIO.replace("{en: Two teams merge, nl: Twee teams fuseren}", "{nl: Twee teams fuseren}"), file));
        assertTrue(missing.getMessage().contains("description.en is missing"), missing.getMessage());
        ScenarioException notText = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
                SCENARIO.replace("{en: as it is, nl: zoals het is}", "{en: as it is, nl: [zoals]}"), file));
        assertTrue(notText.getMessage().contains("variants[0].description.nl must be text"), notText.getMessage());
    }
}
