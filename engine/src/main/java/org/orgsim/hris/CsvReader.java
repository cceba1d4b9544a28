package org.orgsim.hris;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.orgsim.contract.InputException;

/**
 * Reads a CSV file record by record and field by field, the way exports from HR systems and Excel
 * write them (RFC 4180): UTF-8 with or without a byte order mark; comma, semicolon or tab as the
 * separator, detected from the header line; fields in double quotes may hold separators, line
 * breaks and doubled quotes; lines end in CRLF, LF or CR.
 *
 * <p>Why field by field: a column the caller does not need (a name, an e-mail address) is skipped
 * character by character as it streams past and never becomes a string, so personal data that
 * orgsim does not use is never held in memory beyond the read buffer. Only the header is kept.
 *
 * <p>Line numbers are those an editor shows: a record is reported at the line it starts on, and a
 * quoted line break inside a field moves later records down, as it does in the editor.
 */
final class CsvReader implements Closeable {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int BUFFER = 1 << 16;

    private final String file;
    private final Reader reader;
    private final char[] buffer = new char[BUFFER];
    private int position;
    private int limit;
    private boolean endOfFile;

    private char separator;
    private List<String> header;

    /** Line the current character is on (1-based). */
    private int line = 1;
    /** Line the current record started on. */
    private int recordLine;
    /** True once the current record's last field has been read. */
    private boolean recordDone = true;
    private int fieldsInRecord;
    private boolean recordHasContent;
    private final StringBuilder field = new StringBuilder();

    /** The file read, to find the line of a byte that is not UTF-8; null when unknown. */
    private Path path;

    private CsvReader(String file, Reader reader) {
        this.file = file;
        this.reader = reader;
    }

    /**
     * Opens a file and reads its header. Bad input (missing file, not UTF-8, no header) is a
     * {@link InputException} naming the file.
     */
    static CsvReader open(Path path, String fileForMessages) {
        if (Files.isDirectory(path)) {
            throw new InputException(fileForMessages + ": cannot be read: it is a directory");
        }
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (NoSuchFileException missing) {
            throw new InputException(fileForMessages + ": file not found");
        } catch (AccessDeniedException denied) {
            throw new InputException(fileForMessages + ": cannot be read: permission denied");
        } catch (IOException failure) {
            throw new InputException(fileForMessages + ": cannot be read: " + failure.getMessage());
        }
        // Strict decoding: a file saved as Windows-1252 fails here, with its line, instead of
        // turning accented team names into replacement characters that then fail to match.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CsvReader csv = new CsvReader(fileForMessages, new InputStreamReader(in, decoder));
        csv.path = path;
        try {
            csv.readHeader();
        } catch (RuntimeException failure) {
            csv.close();
            throw failure;
        }
        return csv;
    }

    String file() {
        return file;
    }

    /** The header's cells, trimmed, without a byte order mark. */
    List<String> header() {
        return header;
    }

    char separator() {
        return separator;
    }

    /** The line the current record starts on. */
    int line() {
        return recordLine;
    }

    /**
     * Moves to the next record that has any content (blank lines and lines of separators only are
     * skipped). Call after the previous record's fields have been read or skipped.
     *
     * @return false at the end of the file
     */
    boolean nextRecord() {
        while (true) {
            skipRestOfRecord();
            if (!fill()) {
                return false;
            }
            recordLine = line;
            recordDone = false;
            fieldsInRecord = 0;
            recordHasContent = false;
            char c = buffer[position];
            if (c == '\n' || c == '\r') {
                consumeLineBreak();
                recordDone = true;
                continue;
            }
            return true;
        }
    }

    /** True when the current record has no more fields. */
    boolean atEndOfRecord() {
        return recordDone;
    }

    /** Fields read or skipped so far in the current record. */
    int fieldsRead() {
        return fieldsInRecord;
    }

    /** True when some field read or skipped so far in this record was not empty. */
    boolean recordHasContent() {
        return recordHasContent;
    }

    /**
     * The next field of the current record, trimmed; "" when the record has no more fields.
     */
    String readField() {
        field.setLength(0);
        readField(true);
        return field.toString().strip();
    }

    /**
     * Skips the next field without keeping its characters anywhere.
     *
     * @return true when the skipped field was not empty
     */
    boolean skipField() {
        return readField(false);
    }

    /** Skips whatever is left of the current record, counting its fields. */
    void skipRestOfRecord() {
        while (!recordDone) {
            readField(false);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing was written; a failure to close a file we only read changes nothing
        }
    }

    /** Reads one field into {@link #field} when keep is set; returns whether it had any character. */
    private boolean readField(boolean keep) {
        if (recordDone) {
            return false;
        }
        fieldsInRecord++;
        boolean content = false;
        if (!fill()) {
            recordDone = true;
            return false;
        }
        if (buffer[position] == '"') {
            int openedOn = line;
            position++;
            while (true) {
                if (!fill()) {
                    throw new InputException(file + ":" + openedOn + ": a quoted field that starts on this line "
                            + "is never closed (a missing \")");
                }
                char c = buffer[position++];
                if (c == '"') {
                    if (fill() && buffer[position] == '"') {
                        position++;
                        content = true;
                        if (keep) {
                            field.append('"');
                        }
                        continue;
                    }
                    break;
                }
                if (c == '\n' || (c == '\r' && !(fill() && buffer[position] == '\n'))) {
                    line++;
                }
                content = true;
                if (keep) {
                    field.append(c);
                }
            }
        }
        // Unquoted text, or what follows a closing quote (taken as it is, as spreadsheets do).
        while (fill()) {
            char c = buffer[position];
            if (c == separator) {
                position++;
                recordHasContent |= content;
                return content;
            }
            if (c == '\n' || c == '\r') {
                consumeLineBreak();
                recordDone = true;
                recordHasContent |= content;
                return content;
            }
            position++;
            if (!Character.isWhitespace(c)) {
                content = true;
            }
            if (keep) {
                field.append(c);
            }
        }
        recordDone = true;
        recordHasContent |= content;
        return content;
    }

    private void consumeLineBreak() {
        char c = buffer[position++];
        if (c == '\r' && fill() && buffer[position] == '\n') {
            position++;
        }
        line++;
    }

    /** Makes sure a character is available at {@link #position}; false at the end of the file. */
    private boolean fill() {
        if (position < limit) {
            return true;
        }
        if (endOfFile) {
            return false;
        }
        try {
            int read;
            do {
                read = reader.read(buffer, 0, buffer.length);
            } while (read == 0);
            if (read < 0) {
                endOfFile = true;
                return false;
            }
            position = 0;
            limit = read;
            return true;
        } catch (CharacterCodingException notUtf8) {
            long badLine = path == null ? 0 : Utf8Lines.firstInvalidLine(path);
            throw new InputException(file + ":" + (badLine > 0 ? badLine : line)
                    + ": is not UTF-8 text (save the file as \"CSV UTF-8\")");
        } catch (IOException failure) {
            throw new InputException(file + ": cannot be read: " + failure.getMessage());
        }
    }

    /**
     * Reads the header line, after an optional byte order mark, and takes as separator the one of
     * ';', ',' and tab that occurs most often in it outside quotes (',' if none does).
     */
    private void readHeader() {
        if (fill() && buffer[position] == BYTE_ORDER_MARK) {
            position++;
        }
        StringBuilder text = new StringBuilder();
        boolean quoted = false;
        while (fill()) {
            char c = buffer[position];
            if (!quoted && (c == '\n' || c == '\r')) {
                consumeLineBreak();
                break;
            }
            position++;
            if (c == '"') {
                quoted = !quoted;
            }
            text.append(c);
        }
        if (text.toString().isBlank()) {
            throw new InputException(file + ":1: has no header line (the first line must name the columns)");
        }
        separator = detectSeparator(text);
        header = splitHeader(text.toString(), separator);
    }

    private static char detectSeparator(CharSequence headerLine) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int index = 0; index < headerLine.length(); index++) {
            char c = headerLine.charAt(index);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ';') {
                    semicolons++;
                } else if (c == ',') {
                    commas++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }

    private static List<String> splitHeader(String headerLine, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < headerLine.length(); index++) {
            char c = headerLine.charAt(index);
            if (c == '"') {
                if (quoted && index + 1 < headerLine.length() && headerLine.charAt(index + 1) == '"') {
                    cell.append('"');
                    index++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == separator && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return List.copyOf(cells);
    }
}
