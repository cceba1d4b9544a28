package org.orgsim.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV dialect the engine writes (RFC 4180: comma-separated, fields with a comma, quote or
 * line break quoted, a quote inside doubled). Each record remembers the line it starts on, so that an
 * error can name the place.
 */
final class CsvReader {
    /** One record: its fields and the 1-based line it starts on. */
    record Row(int line, List<String> fields) {
    }

    private CsvReader() {
    }

    /**
     * Splits {@code text} into records; a blank line is skipped.
     *
     * @throws IllegalArgumentException if a quoted field is not closed, naming its line
     */
    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        int length = text.length();
        for (int index = 0; index < length; index++) {
            char c = text.charAt(index);
            if (quoted) {
                if (c == '"') {
                    if (index + 1 < length && text.charAt(index + 1) == '"') {
                        field.append('"');
                        index++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && index + 1 < length && text.charAt(index + 1) == '\n') {
                    index++;
                }
                if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
                    fields.add(field.toString());
                    rows.add(new Row(rowLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                fieldStarted = false;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + rowLine + ": a quoted field is not closed");
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }
}
