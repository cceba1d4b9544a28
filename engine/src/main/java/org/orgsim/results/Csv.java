package org.orgsim.results;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The one CSV codec of the results folder, over Jackson's CSV module: RFC 4180 (comma-separated;
 * a field with a comma, quote or line break quoted, an inner quote doubled), except that lines end
 * in {@code \n} on every platform so that the files are byte-identical wherever they are written.
 * Rule names, targets and details are free text, so any field may need quoting; only those that
 * need it are quoted, so a file reads the same as it did when it was written by hand-rolled code.
 */
final class Csv {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\n");

    /** One record read back: its fields and the 1-based line it starts on, so errors can name the place. */
    record Row(int line, List<String> fields) {
    }

    private Csv() {
    }

    /** Rows written one at a time into {@code out}, which the caller closes. */
    static Out writer(Writer out) throws IOException {
        return new Out(MAPPER.writerFor(String[].class).with(SCHEMA).writeValues(out));
    }

    /** A sink of rows; {@code null} fields are written empty. */
    static final class Out implements Closeable {
        private final SequenceWriter rows;

        private Out(SequenceWriter rows) {
            this.rows = rows;
        }

        void row(String... fields) throws IOException {
            rows.write(withoutNulls(fields));
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }

    /** The text of one written row, with its line feed. */
    static String line(String... fields) {
        try {
            return MAPPER.writerFor(String[].class).with(SCHEMA).writeValueAsString(withoutNulls(fields));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot write a CSV row", impossible);
        }
    }

    /** Jackson leaves a trailing null out of the row; an empty field keeps the column count. */
    private static String[] withoutNulls(String[] fields) {
        for (int index = 0; index < fields.length; index++) {
            if (fields[index] == null) {
                String[] copy = fields.clone();
                for (int rest = index; rest < copy.length; rest++) {
                    copy[rest] = copy[rest] == null ? "" : copy[rest];
                }
                return copy;
            }
        }
        return fields;
    }

    /**
     * Every record of {@code file} (blank lines skipped), the first being {@code header}.
     *
     * @throws ResultsFileException if the file is missing, unreadable, not UTF-8, badly quoted, or
     *                              does not start with {@code header}
     */
    static List<Row> read(Path file, List<String> header) {
        List<Row> rows = parse(file, readUtf8(file));
        if (rows.isEmpty() || !rows.get(0).fields().equals(header)) {
            throw new ResultsFileException(file, 1, "the header must be " + String.join(",", header)
                    + (rows.isEmpty() ? ", the file is empty" : ", was " + String.join(",", rows.get(0).fields())));
        }
        return rows;
    }

    /**
     * The fields of a data row, checked to be {@code expected} many.
     *
     * @throws ResultsFileException naming the row's line otherwise
     */
    static List<String> fields(Path file, Row row, int expected) {
        if (row.fields().size() != expected) {
            throw new ResultsFileException(file, row.line(), "expected " + expected + " fields, found "
                    + row.fields().size());
        }
        return row.fields();
    }

    /** Records of {@code text}, read with Jackson's streaming parser so each knows the line it starts on. */
    static List<Row> parse(Path file, String text) {
        List<Row> rows = new ArrayList<>();
        // WRAP_AS_ARRAY makes the file one outer array of records; a record starts on the line of
        // its first field, and a record that cannot be read is named by that line.
        int line = 1;
        try (CsvParser parser = (CsvParser) MAPPER.createParser(text)) {
            parser.setSchema(CsvSchema.emptySchema());
            int depth = 0;
            List<String> fields = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    depth++;
                    fields.clear();
                } else if (token == JsonToken.END_ARRAY) {
                    if (depth-- == 2) {
                        rows.add(new Row(line, List.copyOf(fields)));
                        line = parser.currentLocation().getLineNr();
                    }
                } else {
                    if (fields.isEmpty()) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    fields.add(parser.getValueAsString(""));
                }
            }
        } catch (JsonProcessingException malformed) {
            throw new ResultsFileException(file, line, "not valid CSV: " + malformed.getOriginalMessage(), malformed);
        } catch (IOException unreadable) {
            throw new ResultsFileException(file, "cannot be read: " + unreadable, unreadable);
        }
        return rows;
    }

    /** The text of a results file, decoded strictly as UTF-8. */
    static String readText(Path file) {
        return readUtf8(file);
    }

    /** Strict decoding, so a binary or mis-encoded file is reported rather than read as garbage. */
    private static String readUtf8(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ResultsFileException(file, "not found");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException notText) {
            throw new ResultsFileException(file, "not a UTF-8 text file", notText);
        } catch (IOException unreadable) {
            throw new ResultsFileException(file, "cannot be read: " + unreadable, unreadable);
        }
    }
}
