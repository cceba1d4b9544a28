package org.orgsim.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orgsim.model.facts.Team;
import org.orgsim.scenario.ScenarioException;

/**
 * Checks, before anything runs, the names a rule file writes as text literals: metric names given
 * to a team's history ({@code weeksAbove("burnout_rate", 0.3)}), leadership styles given to
 * {@code setLeadership}, and, when the organization is known, team names given to actions. Drools
 * cannot see these (they are strings), so a typo would otherwise pass {@code validate} and stop the
 * run weeks later with an internal file name. A problem names the user's own file and line (for a
 * CSV decision table: row and column) and suggests the nearest valid name.
 */
final class RuleReferences {
    private static final Pattern METRIC_ARGUMENT =
            Pattern.compile("\\b(weeksAbove|weeksBelow|weeksAboveSinceStart|weeksBelowSinceStart|value|current)\\s*\\(\\s*(\"{1,2})([^\"]*)\\2(?=\\s*[,)])");
    private static final Pattern STYLE_ARGUMENT =
            Pattern.compile("\\bsetLeadership\\s*\\((?:[^,()]|\\(\\))*,\\s*(\"{1,2})([^\"]*)\\1(?=\\s*[,)])");
    private static final Pattern TEAM_ARGUMENT = Pattern.compile(
            "\\bactions\\s*\\.\\s*(mergeTeams|splitTeam|setLeadership|hire|layOff|coachLeaders|setDemand|setWipLimit|grantRecoveryLeave|adoptAiSupport)"
                    + "\\s*\\(\\s*(\"{1,2})([^\"]*)\\2(?=\\s*[,)])");
    private static final Pattern SECOND_TEAM_ARGUMENT =
            Pattern.compile("\\bactions\\s*\\.\\s*(mergeTeams|movePerson)\\s*\\((?:[^,()]|\\(\\))*,\\s*(\"{1,2})([^\"]*)\\2(?=\\s*[,)])");
    private static final Pattern NEW_TEAM = Pattern.compile("\\bsplitTeam\\s*\\((?:[^,()]|\\(\\))*,\\s*(\"{1,2})([^\"]*)\\1(?=\\s*[,)])");
    private static final Set<String> STYLES = Set.of("hierarchical", "horizontal");
    private static final Set<String> ACCEPTS_EVERY_TEAM =
            Set.of("coachLeaders", "setDemand", "setWipLimit", "grantRecoveryLeave", "adoptAiSupport");

    private RuleReferences() {
    }

    /** Checks metric names and styles in one rule file (text formats only; .xlsx cells are checked by the table's own compile). */
    static void check(Path file, byte[] content) {
        forEachLine(file, content, (where, line) -> {
            Matcher metric = METRIC_ARGUMENT.matcher(line);
            while (metric.find()) {
                String name = metric.group(3);
                if (!Team.HISTORY_METRICS.contains(name)) {
                    throw new ScenarioException(where.at(line, metric.start(3)) + ": " + metric.group(1) + "(\"" + name
                            + "\", ...): no team metric named '" + name + "'" + suggestion(name, Team.HISTORY_METRICS)
                            + " (team metrics: " + String.join(", ", Team.HISTORY_METRICS) + ")");
                }
            }
            Matcher style = STYLE_ARGUMENT.matcher(line);
            while (style.find()) {
                String name = style.group(2);
                if (!STYLES.contains(name.toLowerCase(Locale.ROOT))) {
                    throw new ScenarioException(where.at(line, style.start(2)) + ": setLeadership(..., \"" + name
                            + "\"): the style is \"hierarchical\" or \"horizontal\"" + suggestion(name, STYLES));
                }
            }
        });
    }

    /**
     * Checks team names written as literals in the first argument of a team action (and the target
     * of a merge or move) against the organization's teams and the teams any rule of the same
     * variant splits off.
     */
    static void checkTeams(List<Path> files, Collection<String> teams) {
        Set<String> known = new TreeSet<>(teams);
        for (Path file : files) {
            byte[] content = RuleBook.read(file);
            forEachLine(file, content, (where, line) -> {
                Matcher created = NEW_TEAM.matcher(line);
                while (created.find()) {
                    known.add(created.group(2));
                }
            });
        }
        for (Path file : files) {
            byte[] content = RuleBook.read(file);
            forEachLine(file, content, (where, line) -> {
                for (Pattern pattern : List.of(TEAM_ARGUMENT, SECOND_TEAM_ARGUMENT)) {
                    Matcher team = pattern.matcher(line);
                    while (team.find()) {
                        String action = team.group(1);
                        String name = team.group(3);
                        boolean wildcard = name.equals("*") && ACCEPTS_EVERY_TEAM.contains(action) && pattern == TEAM_ARGUMENT;
                        if (action.equals("movePerson") && pattern == TEAM_ARGUMENT) {
                            continue;
                        }
                        if (!wildcard && !known.contains(name) && !name.contains("{")) {
                            throw new ScenarioException(where.at(line, team.start(3)) + ": " + action + "(\"" + name
                                    + "\"...): the organization has no team named '" + name + "'" + suggestion(name, known));
                        }
                    }
                }
            });
        }
    }

    private interface LineVisitor {
        void visit(Place where, String line);
    }

    /** Where a line is, as the user sees the file: line (and, in a CSV table, row and column). */
    private record Place(Path file, int line, boolean table, String cell) {
        Place(Path file, int line, boolean table) {
            this(file, line, table, null);
        }

        String at(String text, int offset) {
            if (cell != null) {
                return file + ": " + cell;
            }
            if (!table) {
                return file + ":" + line + ":" + (offset + 1);
            }
            return file + ": row " + line + ", column " + column(text, offset);
        }

        /** The spreadsheet column letter of the cell that holds {@code offset}. */
        private static String column(String row, int offset) {
            int cell = 0;
            boolean quoted = false;
            for (int index = 0; index < offset && index < row.length(); index++) {
                char c = row.charAt(index);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    cell++;
                }
            }
            StringBuilder letters = new StringBuilder();
            for (int n = cell + 1; n > 0; n = (n - 1) / 26) {
                letters.insert(0, (char) ('A' + (n - 1) % 26));
            }
            return letters.toString();
        }
    }

    private static void forEachLine(Path file, byte[] content, LineVisitor visitor) {
        boolean table = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            forEachCell(file, content, visitor);
            return;
        }
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\\R", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            String code = table ? line : withoutLineComment(line);
            visitor.visit(new Place(file, index + 1, table), code);
        }
    }

    /** Every text cell of every sheet of a workbook, each as its own "line", named by sheet and cell. */
    private static void forEachCell(Path file, byte[] content, LineVisitor visitor) {
        org.apache.poi.ss.usermodel.Workbook workbook;
        try {
            workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(content));
        } catch (java.io.IOException | RuntimeException unreadable) {
            return; // not a workbook orgsim can read: the table compiler says so with its own message
        }
        try (workbook) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            String name = "sheet '" + sheet.getSheetName() + "', cell "
                                    + new org.apache.poi.ss.util.CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false);
                            visitor.visit(new Place(file, 0, false, name), cell.getStringCellValue());
                        }
                    }
                }
            }
        } catch (java.io.IOException closing) {
            // Read from memory: closing cannot fail in a way that matters.
        }
    }

    /** A line without its trailing {@code //} comment (outside string literals): comments may name anything. */
    private static String withoutLineComment(String line) {
        boolean quoted = false;
        for (int index = 0; index + 1 < line.length(); index++) {
            char c = line.charAt(index);
            if (c == '"' && (index == 0 || line.charAt(index - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && c == '/' && line.charAt(index + 1) == '/') {
                return line.substring(0, index);
            }
        }
        String trimmed = line.stripLeading();
        return trimmed.startsWith("#") ? "" : line;
    }

    /** "; did you mean 'x'?" for the nearest name within a small edit distance, else "". */
    static String suggestion(String written, Collection<String> valid) {
        String best = valid.stream().min(Comparator.comparingInt((String name) -> distance(written.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder())).orElse(null);
        if (best == null || distance(written.toLowerCase(Locale.ROOT), best.toLowerCase(Locale.ROOT)) > Math.max(2, best.length() / 3)) {
            return "";
        }
        return "; did you mean '" + best + "'?";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
