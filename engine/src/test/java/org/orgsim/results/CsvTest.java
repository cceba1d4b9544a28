package org.orgsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {
    @TempDir
    Path temp;

    @Test
    void plainFieldsAreLeftAlone() {
        assertEquals("merge-at-26,0.1250,,team a,#1, padded ,-3\n",
                Csv.line("merge-at-26", "0.1250", "", "team a", "#1", " padded ", "-3"));
        assertEquals("x,\n", Csv.line("x", null));
    }

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertEquals("\"team a, team b\"\n", Csv.line("team a, team b"));
        assertEquals("\"cap \"\"WIP\"\"\"\n", Csv.line("cap \"WIP\""));
        assertEquals("\"two\nlines\"\n", Csv.line("two\nlines"));
        assertEquals("\"carriage\rreturn\"\n", Csv.line("carriage\rreturn"));
    }

    @Test
    void rowsEndInALineFeed() throws IOException {
        StringWriter out = new StringWriter();
        try (Csv.Out rows = Csv.writer(out)) {
            rows.row("a", "b,c", "");
            rows.row("d");
        }
        assertEquals("a,\"b,c\",\nd\n", out.toString());
    }

    @Test
    void whatIsWrittenReadsBackWithTheLineEachRecordStartsOn() throws IOException {
        Path file = temp.resolve("t.csv");
        StringWriter out = new StringWriter();
        try (Csv.Out rows = Csv.writer(out)) {
            rows.row("a", "b", "c");
            rows.row("x, y", "say \"hi\"", "two\nlines");
            rows.row("", "", "");
            rows.row("last", "row", "");
        }
        Files.writeString(file, out.toString() + "\n", StandardCharsets.UTF_8);
        List<Csv.Row> rows = Csv.read(file, List.of("a", "b", "c"));
        assertEquals(4, rows.size(), rows.toString());
        assertEquals(List.of("x, y", "say \"hi\"", "two\nlines"), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        assertEquals(List.of("", "", ""), rows.get(2).fields());
        assertEquals(4, rows.get(2).line());
        assertEquals(List.of("last", "row", ""), rows.get(3).fields());
        assertEquals(5, rows.get(3).line());
    }

    @Test
    void badFilesNameTheFileAndThePlace() throws IOException {
        Path file = temp.resolve("bad.csv");
        Files.writeString(file, "a,b\n1,\"open\n2,3\n");
        ResultsFileException unclosed = assertThrows(ResultsFileException.class, () -> Csv.read(file, List.of("a", "b")));
        assertTrue(unclosed.getMessage().startsWith(file + ":"), unclosed.getMessage());

        Files.writeString(file, "x,y\n");
        ResultsFileException header = assertThrows(ResultsFileException.class, () -> Csv.read(file, List.of("a", "b")));
        assertEquals(file + ":1: the header must be a,b, was x,y", header.getMessage());

        Files.write(file, new byte[] {'a', ',', (byte) 0xff, '\n'});
        ResultsFileException binary = assertThrows(ResultsFileException.class, () -> Csv.read(file, List.of("a", "b")));
        assertEquals(file + ": not a UTF-8 text file", binary.getMessage());

        ResultsFileException missing = assertThrows(ResultsFileException.class,
                () -> Csv.read(temp.resolve("none.csv"), List.of("a")));
        assertEquals(temp.resolve("none.csv") + ": not found", missing.getMessage());
    }
}
