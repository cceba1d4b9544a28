package org.orgsim.hris;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.orgsim.hris.Columns.People;
import org.orgsim.contract.InputException;

/**
 * The people file, read in one streaming pass into compact arrays (a few dozen bytes per person,
 * so a file of 100,000 rows takes a few megabytes): every id is pseudonymized as soon as its cell
 * is read, columns orgsim does not use are skipped unread, and every cell is checked, the first
 * problem stopping the import with {@code file:line}.
 *
 * <p>Nothing kept here is a raw id: people are known by their 64-bit pseudonyms and by the line
 * they were read from (line numbers let messages point at a row without showing it).
 */
final class PeopleFile {
    /** The model's largest contract size ({@code people.fte} allows up to 1.2). */
    static final double MAX_FTE = 1.2;
    private static final int EARLIEST_BIRTH_YEAR = 1900;
    /** Values of the role column that mark a team lead (normalized as column names are). */
    private static final Set<String> LEAD_ROLES = Set.of("lead", "team_lead", "teamlead", "team_leader", "teamleader",
            "teamleider", "teamleidster", "team_leider", "teamcoordinator", "team_coordinator", "teamcoördinator");

    final String file;
    int size;
    long[] id = new long[1024];
    /** Pseudonym of the manager; meaningful only where {@link #hasManager} is set. */
    long[] managerId = new long[1024];
    boolean[] hasManager = new boolean[1024];
    /** Index into {@link #teamNames}, or -1 for an empty team cell. */
    int[] team = new int[1024];
    boolean[] roleLead = new boolean[1024];
    double[] fte = new double[1024];
    /** Hire date as days since 1970-01-01. */
    int[] hireDay = new int[1024];
    /** Index into {@link #levelNames}, or -1. */
    int[] level = new int[1024];
    int[] line = new int[1024];
    final List<String> teamNames = new ArrayList<>();
    final List<String> levelNames = new ArrayList<>();

    private final Map<String, Integer> teamIndex = new HashMap<>();
    private final Map<String, Integer> levelIndex = new HashMap<>();
    private final Map<String, Boolean> leadRole = new HashMap<>();
    /** Pseudonym to row, for duplicates and manager look-ups. */
    final Map<Long, Integer> rowOf = new HashMap<>();

    private PeopleFile(String file) {
        this.file = file;
    }

    static PeopleFile read(Path path, String fileForMessages, Pseudonymizer pseudonyms, Consumer<String> warnings) {
        PeopleFile people = new PeopleFile(fileForMessages);
        try (CsvReader csv = CsvReader.open(path, fileForMessages)) {
            Columns.Layout<People> layout = Columns.layout(csv.header(), People.class, fileForMessages, warnings);
            people.readRows(csv, layout, pseudonyms);
        }
        if (people.size == 0) {
            throw new InputException(fileForMessages + ": has a header but no people");
        }
        people.resolveManagers();
        return people;
    }

    private void readRows(CsvReader csv, Columns.Layout<People> layout, Pseudonymizer pseudonyms) {
        int columns = layout.columns();
        String[] cells = new String[People.values().length];
        while (csv.nextRecord()) {
            // First the whole record (only the cells orgsim uses; the others are skipped unread), so
            // that a record with too many fields is reported as such, not as the odd value it shifts.
            java.util.Arrays.fill(cells, "");
            for (int column = 0; column < columns && !csv.atEndOfRecord(); column++) {
                People field = layout.fieldOfColumn().get(column);
                if (field == null) {
                    csv.skipField();
                } else {
                    cells[field.ordinal()] = csv.readField();
                }
            }
            boolean complete = csv.fieldsRead() == columns;
            boolean extraContent = false;
            while (!csv.atEndOfRecord()) {
                extraContent |= csv.skipField(); // beyond the header: fine when empty (a trailing separator)
            }
            if (!csv.recordHasContent()) {
                continue; // a row of empty cells, as spreadsheets leave at the end
            }
            if (!complete || extraContent) {
                throw new InputException(csv.file() + ":" + csv.line() + ": has " + csv.fieldsRead()
                        + " fields where the header has " + columns + fieldCountHint(csv.separator()));
            }
            parse(cells, csv, pseudonyms);
        }
    }

    private void parse(String[] cells, CsvReader csv, Pseudonymizer pseudonyms) {
        int row = size;
        grow();
        line[row] = csv.line();
        String id = cells[People.EMPLOYEE_ID.ordinal()];
        if (id.isEmpty()) {
            throw new InputException(csv.file() + ":" + csv.line() + ": the employee id is empty");
        }
        this.id[row] = pseudonyms.pseudonym(id);
        String manager = cells[People.MANAGER_ID.ordinal()];
        hasManager[row] = !manager.isEmpty();
        managerId[row] = manager.isEmpty() ? 0 : pseudonyms.pseudonym(manager);
        String teamCell = cells[People.TEAM.ordinal()];
        team[row] = teamCell.isEmpty() ? -1 : teamIndex.computeIfAbsent(teamCell, name -> {
            teamNames.add(name);
            return teamNames.size() - 1;
        });
        // Few distinct roles, many rows: normalize each distinct value once.
        roleLead[row] = leadRole.computeIfAbsent(cells[People.ROLE.ordinal()],
                role -> LEAD_ROLES.contains(Columns.normalize(role)));
        String fteCell = cells[People.FTE.ordinal()];
        if (fteCell.isEmpty()) {
            throw new InputException(csv.file() + ":" + csv.line() + ": the FTE is empty");
        }
        fte[row] = fte(fteCell, csv);
        String hireCell = cells[People.HIRE_DATE.ordinal()];
        if (hireCell.isEmpty()) {
            throw new InputException(csv.file() + ":" + csv.line() + ": the hire date is empty");
        }
        hireDay[row] = hireDate(hireCell, csv);
        String levelCell = cells[People.LEVEL.ordinal()];
        if (!levelCell.isEmpty() && !levelIndex.containsKey(levelCell)) {
            requireLevelName(levelCell, csv);
        }
        level[row] = levelCell.isEmpty() ? -1 : levelIndex.computeIfAbsent(levelCell, name -> {
            levelNames.add(name);
            return levelNames.size() - 1;
        });
        int birthYear = birthYear(cells[People.BIRTH_YEAR.ordinal()], csv);
        if (birthYear > 0 && birthYear > LocalDate.ofEpochDay(hireDay[row]).getYear()) {
            throw new InputException(csv.file() + ":" + csv.line() + ": the birth year is after the hire date");
        }
        Integer earlier = rowOf.putIfAbsent(this.id[row], row);
        if (earlier != null) {
            throw new InputException(csv.file() + ":" + csv.line() + ": the employee id of line " + line[earlier]
                    + " appears again (pseudonym " + Pseudonymizer.personId(this.id[row]) + "); every id must be unique");
        }
        size++;
    }

    private static String fieldCountHint(char separator) {
        return separator == ','
                ? " (is there an unquoted ',' inside a value? with ',' as separator, a decimal comma must be quoted: \"0,8\")"
                : " (is there an unquoted '" + (separator == '\t' ? "tab" : String.valueOf(separator))
                        + "' inside a value? put such values in double quotes)";
    }

    private double fte(String cell, CsvReader csv) {
        double value = Cells.number(cell);
        if (Double.isNaN(value)) {
            throw new InputException(csv.file() + ":" + csv.line() + ": the FTE " + Cells.shown(cell)
                    + " is not a number (write 0.8 or 0,8)");
        }
        if (value <= 0 || value > MAX_FTE) {
            String hint = value > MAX_FTE && value <= 60 ? " (FTE is a share of a full-time contract, 1 = full time; "
                    + "hours a week? divide them by the hours of a full-time week)" : "";
            throw new InputException(csv.file() + ":" + csv.line() + ": the FTE must be above 0 and at most "
                    + MAX_FTE + ", was " + Cells.shown(cell) + hint);
        }
        return value;
    }

    private int hireDate(String cell, CsvReader csv) {
        LocalDate date = Cells.date(cell);
        if (date == null) {
            throw new InputException(csv.file() + ":" + csv.line() + ": the hire date " + Cells.shown(cell)
                    + " is not a date (write yyyy-mm-dd or dd-mm-yyyy)");
        }
        return Math.toIntExact(date.toEpochDay());
    }

    private int birthYear(String cell, CsvReader csv) {
        if (cell.isEmpty()) {
            return -1;
        }
        long year = Cells.wholeNumber(cell);
        if (year < EARLIEST_BIRTH_YEAR || year > 2100) {
            throw new InputException(csv.file() + ":" + csv.line() + ": the birth year " + Cells.shown(cell)
                    + " is not a year (a whole number from " + EARLIEST_BIRTH_YEAR + " on)");
        }
        // Checked, then dropped: version 1 has no ageing or retirement, and data that is not
        // needed is not kept (data minimization).
        return (int) year;
    }

    /** Checks that every manager id is somebody's employee id. */
    private void resolveManagers() {
        for (int row = 0; row < size; row++) {
            if (hasManager[row] && !rowOf.containsKey(managerId[row])) {
                throw new InputException(file + ":" + line[row] + ": the manager id is not the employee id of anybody "
                        + "in the file (pseudonym " + Pseudonymizer.personId(managerId[row])
                        + "); leave it empty for somebody at the top");
            }
        }
    }

    /** The longest level name accepted: "senior vice president, operations" fits; a sentence does not. */
    static final int MAX_LEVEL_NAME = 40;

    /**
     * Level names are kept as they are (they appear in outputs: events, career figures, the replay),
     * so a level cell must look like the name of a level, not like data about a person: no e-mail
     * address, no bare number (an id or a salary scale number), not longer than a name. The message
     * never repeats the cell.
     */
    private static void requireLevelName(String cell, CsvReader csv) {
        String problem = cell.contains("@") ? "holds an e-mail address"
                : cell.strip().matches("[0-9 .,\\-/]+") ? "is only a number (an id?)"
                : cell.length() > MAX_LEVEL_NAME ? "is longer than " + MAX_LEVEL_NAME + " characters"
                : null;
        if (problem != null) {
            throw new InputException(csv.file() + ":" + csv.line() + ": the level " + problem
                    + "; a level is a name such as 'manager' or 'director' (the value is not repeated here, for privacy)");
        }
    }

    /** Row of the manager of {@code row}, or -1. */
    int manager(int row) {
        return hasManager[row] ? rowOf.get(managerId[row]) : -1;
    }

    String pseudonym(int row) {
        return Pseudonymizer.personId(id[row]);
    }

    /** "line 12 (P0123...)": how messages point at a person without showing who it is. */
    String describe(int row) {
        return String.format(Locale.ROOT, "line %d (%s)", line[row], pseudonym(row));
    }

    private void grow() {
        if (size < id.length) {
            return;
        }
        int capacity = id.length * 2;
        id = Arrays.copyOf(id, capacity);
        managerId = Arrays.copyOf(managerId, capacity);
        hasManager = Arrays.copyOf(hasManager, capacity);
        team = Arrays.copyOf(team, capacity);
        roleLead = Arrays.copyOf(roleLead, capacity);
        fte = Arrays.copyOf(fte, capacity);
        hireDay = Arrays.copyOf(hireDay, capacity);
        level = Arrays.copyOf(level, capacity);
        line = Arrays.copyOf(line, capacity);
    }
}
