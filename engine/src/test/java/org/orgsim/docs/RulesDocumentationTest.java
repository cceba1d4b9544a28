package org.orgsim.docs;

import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.rules.RuleBook;
import org.orgsim.rules.VariantRuns;
import org.orgsim.scenario.LeadershipStyle;
import org.orgsim.scenario.ManagementLayer;
import org.orgsim.scenario.OrganizationSpec;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import org.orgsim.scenario.TeamSpec;
import org.orgsim.scenario.Variant;

class RulesDocumentationTest {
    @TempDir Path temp;
    static final String HEADER = "package org.orgsim.rules.library;\nimport org.orgsim.model.facts.*;\nglobal org.orgsim.rules.Actions actions;\n";

    Variant variant(Path... files) {
        OrganizationSpec org = new OrganizationSpec(List.of(new TeamSpec("north", 8, LeadershipStyle.HIERARCHICAL, 156),
                new TeamSpec("south", 8, LeadershipStyle.HIERARCHICAL, 156)), List.of(new ManagementLayer("manager", 2)));
        return new Variant("probe", "", org, ParameterSet.defaults().with(Parameter.WARMUP_WEEKS, 8),
                java.util.Arrays.stream(files).map(Path::toString).toList());
    }

    void probe(String label, Runnable r) {
        try { r.run(); System.out.println("PROBE " + label + ": OK"); }
        catch (Throwable t) { System.out.println("PROBE " + label + ": " + t.getClass().getName() + ": " + t.getMessage()); }
    }

    @Test
    void probes() throws Exception {
        Path bad = temp.resolve("badmetric.drl");
        Files.writeString(bad, HEADER + "rule \"Bad metric\"\nwhen\n $t : Team( weeksAbove(\"burnot_rate\", 0.3) >= 4 )\nthen\n actions.setWipLimit($t.getName(), 5);\nend\n");
        probe("bad metric", () -> VariantRuns.prepare(variant(bad)).run(1, 0, 4));
        Path a = temp.resolve("a.drl");
        Path b = temp.resolve("b.drl");
        Files.writeString(a, HEADER + "rule \"Same\"\nwhen\n Week( number == 2 )\nthen\n actions.hire(\"north\", 1);\nend\n");
        Files.writeString(b, HEADER + "rule \"Same\"\nwhen\n Week( number == 3 )\nthen\n actions.hire(\"south\", 1);\nend\n");
        probe("duplicate names", () -> System.out.println(RuleBook.compile(List.of(a, b)).rulesByFile()));
        Path star = temp.resolve("star.drl");
        Files.writeString(star, HEADER + "rule \"Star merge\"\nwhen\n Week( number == 2 )\nthen\n actions.hire(\"*\", 1);\nend\n");
        probe("star hire", () -> VariantRuns.prepare(variant(star)).run(1, 0, 4));
        Path self = temp.resolve("self.drl");
        Files.writeString(self, HEADER + "rule \"Self merge\"\nwhen\n Week( number == 2 )\nthen\n actions.mergeTeams(\"north\", \"north\");\nend\n");
        probe("self merge", () -> VariantRuns.prepare(variant(self)).run(1, 0, 4));
        Path twice = temp.resolve("twice.drl");
        Files.writeString(twice, HEADER + "rule \"Merge\"\nwhen\n Week( number == 2 )\nthen\n actions.mergeTeams(\"north\", \"south\");\nend\n"
                + "rule \"Cap south\"\nsalience -1\nwhen\n Week( number == 2 )\nthen\n actions.setWipLimit(\"south\", 3);\nend\n");
        probe("act on merged-away", () -> VariantRuns.prepare(variant(twice)).run(1, 0, 4));
        // xlsx from the library csv
        Path csv = Path.of("").toAbsolutePath().getParent().resolve("rules/burnout-policies.csv");
        List<String> lines = Files.readAllLines(csv);
        Path xlsx = temp.resolve("burnout-policies.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet("policies");
            int r = 0;
            for (String line : lines) {
                var row = sheet.createRow(r++);
                List<String> cells = parse(line);
                for (int c = 0; c < cells.size(); c++) if (!cells.get(c).isEmpty()) row.createCell(c).setCellValue(cells.get(c));
            }
            try (var out = new FileOutputStream(xlsx.toFile())) { book.write(out); }
        }
        probe("xlsx", () -> System.out.println(RuleBook.compile(List.of(xlsx)).rulesByFile()));
        probe("csv", () -> System.out.println(RuleBook.compile(List.of(csv)).rulesByFile()));
    }

    static List<String> parse(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cell.append('"'); i++; }
                else if (ch == '"') quoted = false;
                else cell.append(ch);
            } else if (ch == '"') quoted = true;
            else if (ch == ',') { cells.add(cell.toString()); cell.setLength(0); }
            else cell.append(ch);
        }
        cells.add(cell.toString());
        return cells;
    }
}
