package org.orgsim.results;

import java.io.IOException;
import java.io.Writer;

/**
 * CSV rows as RFC 4180 has them, except that lines end in {@code \n} on every platform so that the
 * files are byte-identical wherever they are written. Rule names, targets and details are free text,
 * so any field may need quoting.
 */
final class Csv {
    private Csv() {
    }

    static void row(Writer out, String... fields) throws IOException {
        for (int index = 0; index < fields.length; index++) {
            if (index > 0) {
                out.write(',');
            }
            out.write(field(fields[index]));
        }
        out.write('\n');
    }

    /** The field, quoted (with inner quotes doubled) when it contains a comma, a quote or a line break. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
