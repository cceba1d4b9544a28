package org.orgsim.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lets a CSV decision table use Dutch column and section headers ({@code Regelset},
 * {@code Regeltabel}, {@code VOORWAARDE}, {@code ACTIE}, ...): each cell that is exactly such a
 * keyword becomes the keyword Drools knows, and nothing else in the table changes (conditions,
 * actions and policy names are left as written).
 */
final class DecisionTableKeywords {
    private static final Map<String, String> DUTCH = Map.ofEntries(
            Map.entry("Regelset", "RuleSet"),
            Map.entry("Importeer", "Import"),
            Map.entry("Variabelen", "Variables"),
            Map.entry("Notities", "Notes"),
            Map.entry("Functies", "Functions"),
            Map.entry("NAAM", "NAME"),
            Map.entry("VOORWAARDE", "CONDITION"),
            Map.entry("ACTIE", "ACTION"),
            Map.entry("PRIORITEIT", "PRIORITY"),
            Map.entry("OMSCHRIJVING", "DESCRIPTION"));
    private static final String DUTCH_TABLE = "Regeltabel";

    private DecisionTableKeywords() {
    }

    /** The table with Dutch keyword cells replaced by Drools' keywords; line breaks kept, so row numbers stay. */
    static String toDrools(String table) {
        String[] lines = table.split("\n", -1);
        StringBuilder out = new StringBuilder(table.length());
        for (int index = 0; index < lines.length; index++) {
            if (index > 0) {
                out.append('\n');
            }
            out.append(translateRow(lines[index]));
        }
        return out.toString();
    }

    private static String translateRow(String row) {
        List<String> cells = cells(row);
        StringBuilder out = new StringBuilder(row.length());
        for (int index = 0; index < cells.size(); index++) {
            if (index > 0) {
                out.append(',');
            }
            out.append(translateCell(cells.get(index)));
        }
        return out.toString();
    }

    private static String translateCell(String cell) {
        String trimmed = cell.strip();
        String carriageReturn = cell.endsWith("\r") ? "\r" : "";
        if (DUTCH.containsKey(trimmed)) {
            return DUTCH.get(trimmed) + carriageReturn;
        }
        if (trimmed.startsWith(DUTCH_TABLE + " ")) {
            return "RuleTable" + trimmed.substring(DUTCH_TABLE.length()) + carriageReturn;
        }
        return cell;
    }

    /** The raw cells of one CSV row, quotes kept: a comma inside quotes does not split. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int index = 0; index < row.length(); index++) {
            char c = row.charAt(index);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(row.substring(start, index));
                start = index + 1;
            }
        }
        cells.add(row.substring(start));
        return cells;
    }
}
