package org.orgsim.hris;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.orgsim.contract.InputException;

/**
 * The columns orgsim reads from the people file and the survey file, each with its English name
 * and the aliases real exports use (many of them Dutch). Header cells are compared after
 * normalization: case, accents, spaces, hyphens and dots do not matter ("Datum in dienst",
 * "datum_in_dienst" and "DATUM-IN-DIENST" are the same column). {@code docs/scenarios.md} lists
 * the same names; keep the two in step.
 */
final class Columns {
    /** A column of the people file. */
    enum People implements Field {
        EMPLOYEE_ID(true, "employee_id", "employeeid", "employee_number", "employee_no", "personnel_number", "person_id",
                "emp_id", "id", "medewerker_id", "medewerkerid", "medewerkernummer", "personeelsnummer", "personeelsnr",
                "werknemer_id", "werknemersnummer"),
        // Not "manager" or "leidinggevende" alone: such columns often hold the manager's name.
        MANAGER_ID(true, "manager_id", "managerid", "manager_number", "supervisor_id", "reports_to_id",
                "leidinggevende_id", "manager_nummer", "leidinggevende_nummer", "personeelsnummer_leidinggevende"),
        TEAM(true, "team", "team_name", "teamnaam", "team_naam"),
        ROLE(true, "role", "rol", "functie", "function", "job_title", "functienaam", "functie_naam"),
        FTE(true, "fte", "deeltijdfactor", "parttime_factor", "part_time_factor", "contract_fte", "fte_contract"),
        HIRE_DATE(true, "hire_date", "start_date", "date_hired", "employment_start", "datum_in_dienst", "in_dienst",
                "indienst", "datum_indiensttreding", "indiensttreding", "startdatum", "in_dienst_datum"),
        LEVEL(false, "level", "management_level", "niveau", "laag", "managementlaag"),
        BIRTH_YEAR(false, "birth_year", "year_of_birth", "geboortejaar");

        private final boolean required;
        private final List<String> names;

        People(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }

        @Override
        public boolean required() {
            return required;
        }

        @Override
        public List<String> names() {
            return names;
        }
    }

    /** A column of the survey file. */
    enum Survey implements Field {
        TEAM(true, "team", "team_name", "teamnaam", "team_naam"),
        RESPONDENTS(true, "respondents", "responses", "n", "respondenten", "aantal_respondenten", "aantal"),
        ENGAGEMENT(false, "engagement", "work_engagement", "bevlogenheid", "betrokkenheid"),
        WORKLOAD(false, "workload", "work_pressure", "werkdruk", "werkbelasting"),
        PSYCH_SAFETY(false, "psych_safety", "psychological_safety", "psychologische_veiligheid"),
        BURNOUT(false, "burnout", "burnout_complaints", "burn_out", "burn_out_complaints", "burnoutklachten",
                "burn_out_klachten", "uitputting"),
        SCALE(false, "scale", "schaal");

        private final boolean required;
        private final List<String> names;

        Survey(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }

        @Override
        public boolean required() {
            return required;
        }

        @Override
        public List<String> names() {
            return names;
        }
    }

    interface Field {
        boolean required();

        /** The documented name first, then its aliases; all normalized. */
        List<String> names();
    }

    /** "engagement (1-5)", "werkdruk [0-10]": a scale after the name, in brackets. */
    private static final Pattern SCALE_SUFFIX = Pattern.compile("(.*?)\\s*[(\\[]\\s*([0-9]+\\s*[-–]\\s*[0-9]+)\\s*[)\\]]\\s*");

    /**
     * How a file's header maps onto fields.
     *
     * @param fieldOfColumn for every column, the field it holds, or null for a column that is ignored
     * @param scaleOfColumn for every column, the scale its header declares ("1-5"), or null
     */
    record Layout<F extends Enum<F> & Field>(List<F> fieldOfColumn, List<String> scaleOfColumn) {
        int columns() {
            return fieldOfColumn.size();
        }

        boolean has(F field) {
            return fieldOfColumn.contains(field);
        }

        /** The scale the header declares for a field, or null. */
        String scale(F field) {
            int column = fieldOfColumn.indexOf(field);
            return column < 0 ? null : scaleOfColumn.get(column);
        }
    }

    private Columns() {
    }

    /**
     * Maps a header onto the fields; warns about every column that is ignored (naming the column,
     * never its content) and fails on a missing required column or a field given twice.
     */
    static <F extends Enum<F> & Field> Layout<F> layout(List<String> header, Class<F> fields, String file,
                                                        Consumer<String> warnings) {
        Map<String, F> byName = Arrays.stream(fields.getEnumConstants())
                .flatMap(field -> field.names().stream().map(name -> Map.entry(name, field)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<F> fieldOfColumn = new ArrayList<>();
        List<String> scaleOfColumn = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            String cell = header.get(column);
            String scale = null;
            Matcher withScale = SCALE_SUFFIX.matcher(cell);
            if (withScale.matches()) {
                cell = withScale.group(1);
                scale = withScale.group(2).replaceAll("\\s", "").replace('–', '-');
            }
            F field = byName.get(normalize(cell));
            if (field != null && fieldOfColumn.contains(field)) {
                int first = fieldOfColumn.indexOf(field);
                throw new InputException(file + ":1: columns " + (first + 1) + " (" + quote(header.get(first))
                        + ") and " + (column + 1) + " (" + quote(header.get(column)) + ") both hold the "
                        + field.names().get(0) + "; keep one of them");
            }
            fieldOfColumn.add(field);
            scaleOfColumn.add(field == null ? null : scale);
            if (field == null) {
                ignored.add(header.get(column).isEmpty() ? "column " + (column + 1) + " (no name)"
                        : looksLikeData(header.get(column)) ? "column " + (column + 1) + " (its name looks like data)"
                        : quote(header.get(column)));
            }
        }
        for (F field : fields.getEnumConstants()) {
            if (field.required() && !fieldOfColumn.contains(field)) {
                // Never the header's cells: in a file without a header line they are an employee's
                // data (id, name, e-mail), and messages end up in terminals, logs and tickets.
                throw new InputException(file + ":1: has no " + field.names().get(0) + " column (looked for: "
                        + String.join(", ", field.names()) + "); "
                        + (header.stream().anyMatch(Columns::looksLikeData)
                                ? "the first line looks like data, not a header: " + header.size() + " fields"
                                : "the header has " + header.size() + " fields, orgsim recognised "
                                        + recognised(fieldOfColumn)));
            }
        }
        if (!ignored.isEmpty()) {
            warnings.accept(file + ": ignoring column" + (ignored.size() == 1 ? " " : "s ") + String.join(", ", ignored)
                    + " (not used by orgsim; their cells are skipped unread)");
        }
        return new Layout<>(fieldOfColumn, scaleOfColumn);
    }

    /**
     * Whether a header cell looks like a value rather than a column name: an e-mail address, a
     * number or id with digits, a date, or text longer than a column name; such a cell is never
     * quoted in a message.
     */
    static boolean looksLikeData(String cell) {
        return cell.contains("@") || cell.chars().filter(Character::isDigit).count() >= 3 || cell.length() > 40;
    }

    private static String recognised(List<? extends Field> fieldOfColumn) {
        List<String> names = fieldOfColumn.stream().filter(java.util.Objects::nonNull).map(field -> field.names().get(0)).toList();
        return names.isEmpty() ? "none of them" : String.join(", ", names);
    }

    /** Lower case, no accents, runs of spaces, hyphens, dots and slashes as one underscore. */
    static String normalize(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).strip().replaceAll("[\\s\\-./]+", "_").replaceAll("^_|_$", "");
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }
}
