package org.orgsim.rules;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.scenario.ScenarioException;

/**
 * Each class of typo an analyst makes is refused before anything runs, naming the analyst's own
 * file and line (a decision table: row and column) and the nearest valid name.
 */
class RuleTyposTest {
    private static final String HEADER = "package org.orgsim.rules.mine;\n"
            + "import org.orgsim.model.facts.Team;\n"
            + "import org.orgsim.model.facts.Week;\n"
            + "global org.orgsim.rules.Actions actions;\n";

    @TempDir
    Path folder;

    @Test
    void aMisspeltMetricNameNamesTheLineAndTheNearestMetric() throws IOException {
        Path rule = write("metric-typo.drl", HEADER
                + "rule \"Cap\"\nwhen\n    $team : Team( weeksAbove(\"burnot_rate\", 0.25) >= 4 )\nthen\n"
                + "    actions.setWipLimit($team.getName(), 5);\nend\n");
        String message = refused(rule);
        assertTrue(message.startsWith(rule + ":7:"), message);
        assertTrue(message.contains("did you mean 'burnout_rate'?"), message);
        assertTrue(message.contains("sick_leave"), "lists the valid names: " + message);
    }

    @Test
    void aMisspeltMetricInADecisionTableNamesRowAndColumn() throws IOException {
        String table = Files.readString(RuleFiles.file("burnout-policies.csv")).replace("\"\"burnout_rate\"\"", "\"\"burnot_rate\"\"");
        Path rule = write("table-typo.csv", table);
        String message = refused(rule);
        assertTrue(message.startsWith(rule + ": row 9, column B"), message);
        assertTrue(message.contains("did you mean 'burnout_rate'?"), message);
    }

    @Test
    void aMisspeltMetricInAnXlsxTableNamesSheetAndCell() throws IOException {
        Path rule = folder.resolve("table-typo.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = Files.newOutputStream(rule)) {
            // The library's table, cell by cell, with the typo in the condition of row 9.
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("policies");
            List<String> lines = Files.readAllLines(RuleFiles.file("burnout-policies.csv"));
            for (int index = 0; index < lines.size(); index++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(index);
                List<String> cells = cells(lines.get(index));
                for (int column = 0; column < cells.size(); column++) {
                    if (!cells.get(column).isEmpty()) {
                        row.createCell(column).setCellValue(cells.get(column).replace("burnout_rate", "burnot_rate"));
                    }
                }
            }
            workbook.write(out);
        }
        String message = refused(rule);
        assertTrue(message.startsWith(rule + ": sheet 'policies', cell B9"), message);
        assertTrue(message.contains("did you mean 'burnout_rate'?"), message);
    }

    @Test
    void aMisspeltFieldBecomesOnePlainSentenceWithASuggestion() throws IOException {
        Path rule = write("field-typo.drl", HEADER
                + "rule \"Cap\"\nwhen\n    $team : Team( burnotRate > 0.3 )\nthen\n"
                + "    actions.setWipLimit($team.getName(), 5);\nend\n");
        String message = refused(rule);
        assertTrue(message.startsWith(rule + ":"), message);
        assertTrue(message.contains("Team has no field 'burnotRate'; did you mean 'burnoutRate'?"), message);
    }

    @Test
    void aMisspeltStyleIsRefused() throws IOException {
        Path rule = write("style-typo.drl", HEADER
                + "rule \"Share\"\nwhen\n    $team : Team( )\nthen\n"
                + "    actions.setLeadership($team.getName(), \"horizontl\");\nend\n");
        String message = refused(rule);
        assertTrue(message.startsWith(rule + ":9:"), message);
        assertTrue(message.contains("did you mean 'horizontal'?"), message);
    }

    @Test
    void aMisspeltTeamNameIsRefusedAgainstTheOrganization() throws IOException {
        Path rule = write("team-typo.drl", HEADER
                + "rule \"Merge\"\nwhen\n    Week( number == 26 )\nthen\n"
                + "    actions.mergeTeams(\"north\", \"soth\");\nend\n");
        ScenarioException refused = assertThrows(ScenarioException.class, () -> VariantRuns.prepare(
                new org.orgsim.scenario.Variant("v", "", RuleRuns.northAndSouth(), RuleRuns.shortWarmup(), List.of(rule.toString()))));
        assertTrue(refused.getMessage().startsWith(rule + ":9:"), refused.getMessage());
        assertTrue(refused.getMessage().contains("did you mean 'south'?"), refused.getMessage());
    }

    @Test
    void aTeamSplitOffByARuleIsAKnownName() throws IOException {
        Path rule = write("split.drl", HEADER
                + "rule \"Split\"\nwhen\n    Week( number == 26 )\nthen\n"
                + "    actions.splitTeam(\"north\", \"east\");\nend\n"
                + "rule \"Coach east\"\nwhen\n    Week( number == 30 )\nthen\n"
                + "    actions.coachLeaders(\"east\", 8);\nend\n");
        VariantRuns.prepare(new org.orgsim.scenario.Variant("v", "", RuleRuns.northAndSouth(), RuleRuns.shortWarmup(),
                List.of(rule.toString())));
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static String refused(Path rule) {
        return assertThrows(ScenarioException.class, () -> RuleBook.compile(List.of(rule))).getMessage();
    }

    /** The cells of one CSV line (quotes removed, doubled quotes kept single). */
    private static List<String> cells(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < line.length(); index++) {
            char c = line.charAt(index);
            if (c == '"' && quoted && index + 1 < line.length() && line.charAt(index + 1) == '"') {
                cell.append('"');
                index++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
