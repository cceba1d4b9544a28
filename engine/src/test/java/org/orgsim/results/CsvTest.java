package org.orgsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void plainFieldsAreLeftAlone() {
        assertEquals("merge-at-26", Csv.field("merge-at-26"));
        assertEquals("", Csv.field(""));
        assertEquals("", Csv.field(null));
    }

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertEquals("\"team a, team b\"", Csv.field("team a, team b"));
        assertEquals("\"cap \"\"WIP\"\"\"", Csv.field("cap \"WIP\""));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("\"carriage\rreturn\"", Csv.field("carriage\rreturn"));
    }

    @Test
    void rowsEndInALineFeed() throws IOException {
        StringWriter out = new StringWriter();
        Csv.row(out, "a", "b,c", "");
        assertEquals("a,\"b,c\",\n", out.toString());
    }
}
