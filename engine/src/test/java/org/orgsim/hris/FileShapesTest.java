package org.orgsim.hris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.contract.InputException;

/**
 * Every file shape real exports come in gives the same organization as the plain file: byte order
 * mark, comma / semicolon / tab separators, decimal comma, both date formats, quoted fields with
 * separators, quotes and line breaks, CRLF line ends, blank lines.
 */
class FileShapesTest {
    @TempDir
    Path temp;

    private ImportedOrganization plain() {
        return Imports.run(Imports.write(temp, "plain.csv", Imports.PEOPLE), null, null).organization();
    }

    private static void assertSameOrganization(ImportedOrganization expected, ImportedOrganization actual) {
        assertEquals(expected.levelNames(), actual.levelNames());
        assertEquals(expected.managers(), actual.managers());
        assertEquals(expected.teams(), actual.teams());
    }

    /** The plain file rewritten: another separator, decimal commas, day-first dates, CRLF. */
    private static String dutch(String separator) {
        StringBuilder text = new StringBuilder();
        for (String line : Imports.PEOPLE.strip().split("\n")) {
            String[] cells = line.split(",", -1);
            // hire date yyyy-mm-dd -> dd-mm-yyyy, fte 0.8 -> 0,8
            if (cells[5].matches("\\d{4}-\\d{2}-\\d{2}")) {
                String[] date = cells[5].split("-");
                cells[5] = date[2] + "-" + date[1] + "-" + date[0];
            }
            cells[4] = cells[4].replace('.', ',');
            text.append(String.join(separator, cells)).append("\r\n");
        }
        return text.toString();
    }

    @Test
    void aPlainFileImports() {
        ImportedOrganization organization = plain();
        assertEquals(12, organization.headcount());
        assertEquals(List.of("alpha", "beta"), organization.teams().stream().map(ImportedOrganization.Team::name).toList());
        assertEquals(1, organization.managers().size());
        assertEquals(List.of("director"), organization.levelNames());
        assertEquals(5, organization.teams().get(0).headcount());
        assertEquals(6, organization.teams().get(1).headcount());
    }

    @Test
    void byteOrderMarkSemicolonsDecimalCommaDayFirstDatesAndCrlf() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = dutch(";").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        Imports.Outcome outcome = Imports.run(Imports.write(temp, "dutch.csv", file), null, null);
        assertSameOrganization(plain(), outcome.organization());
        assertTrue(outcome.warnings().stream().noneMatch(w -> w.contains("ignoring")), outcome.warnings().toString());
    }

    @Test
    void commaSeparatedWithAByteOrderMark() {
        Imports.Outcome outcome = Imports.run(Imports.write(temp, "bom.csv", "\uFEFF" + Imports.PEOPLE), null, null);
        assertSameOrganization(plain(), outcome.organization());
    }

    @Test
    void tabSeparated() {
        Imports.Outcome outcome = Imports.run(Imports.write(temp, "tabs.csv", Imports.PEOPLE.replace(',', '\t')), null, null);
        assertSameOrganization(plain(), outcome.organization());
    }

    @Test
    void semicolonsWithPointDecimalsAndIsoDates() {
        Imports.Outcome outcome = Imports.run(Imports.write(temp, "semi.csv", Imports.PEOPLE.replace(',', ';')), null, null);
        assertSameOrganization(plain(), outcome.organization());
    }

    @Test
    void mixedDateFormatsOneDigitDayAndMonthAndATimeOfDay() {
        String text = Imports.PEOPLE
                .replace("2012-03-01", "1-3-2012")
                .replace("2015-06-15", "15/06/2015")
                .replace("2018-09-01", "01.09.2018")
                .replace("2020-01-01", "2020-01-01 00:00:00")
                .replace("2023-05-01", "2023/5/1");
        Imports.Outcome outcome = Imports.run(Imports.write(temp, "dates.csv", text), null, null);
        assertSameOrganization(plain(), outcome.organization());
    }

    @Test
    void quotedFieldsHoldSeparatorsQuotesAndLineBreaks() {
        // Extra columns that orgsim ignores, with everything RFC 4180 allows inside quotes; the
        // team name itself is quoted and holds the separator.
        StringBuilder text = new StringBuilder("employee_id;naam;manager_id;team;role;fte;hire_date;opmerking\n");
        String[] rows = {
            "1001;\"Director; Fictief\";;\"MT\";director;\"1,0\";2010-01-04;\"said \"\"hello\"\"\"",
            "2001;\"Lead\nwith a line break\";1001;\"R&D; lab\";lead;1;2012-03-01;",
            "2002;x;2001;\"R&D; lab\";dev;\"0,8\";2015-06-15;\"two\nline\nremark\"",
            "2003;x;2001;\"R&D; lab\";dev;1;2018-09-01;",
            "2004;x;2001;\"R&D; lab\";dev;1;2020-01-01;\"\"",
        };
        for (String row : rows) {
            text.append(row).append('\n');
        }
        Imports.Outcome outcome = Imports.run(Imports.write(temp, "quoted.csv", text.toString()), null, null);
        ImportedOrganization organization = outcome.organization();
        assertEquals(5, organization.headcount());
        assertEquals("R&D; lab", organization.teams().get(0).name());
        assertEquals(0.8, organization.teams().get(0).members().stream()
                .filter(p -> p.id().equals(Imports.pseudonym("2002"))).findFirst().orElseThrow().fte(), 1e-12);
        assertTrue(outcome.warnings().get(0).contains("\"naam\"") && outcome.warnings().get(0).contains("\"opmerking\""),
                outcome.warnings().toString());
    }

    @Test
    void lineNumbersCountLineBreaksInsideQuotes() {
        String text = "employee_id,naam,manager_id,team,role,fte,hire_date\n"
                + "1,\"a\nb\nc\",,t,lead,1,2020-01-01\n" // lines 2-4
                + "2,x,1,t,dev,1,2020-01-01\n" // line 5
                + "3,x,1,t,dev,7,2020-01-01\n"; // line 6: the FTE is wrong
        InputException problem = assertThrows(InputException.class,
                () -> Imports.run(Imports.write(temp, "lines.csv", text), null, null));
        assertTrue(problem.getMessage().startsWith(temp.resolve("lines.csv") + ":6: the FTE"), problem.getMessage());
    }

    @Test
    void blankLinesRowsOfEmptyCellsAndTrailingSeparatorsAreSkipped() {
        StringBuilder text = new StringBuilder();
        for (String line : Imports.PEOPLE.strip().split("\n")) {
            text.append(line).append(",\n"); // a trailing separator on every line
            if (line.startsWith("2003")) {
                text.append("\n\r\n"); // blank lines
            }
        }
        text.append(",,,,,,,,\n,,,,,,,,\n"); // what spreadsheets leave at the end
        Imports.Outcome outcome = Imports.run(Imports.write(temp, "blank.csv", text.toString()), null, null);
        assertSameOrganization(plain(), outcome.organization());
    }

    @Test
    void crOnlyLineEndsAndNoLineEndAtTheEnd() {
        String text = Imports.PEOPLE.strip().replace("\n", "\r");
        assertSameOrganization(plain(), Imports.run(Imports.write(temp, "mac.csv", text), null, null).organization());
    }

    @Test
    void dutchColumnNamesAndFtePercentages() {
        String text = Imports.PEOPLE.replace("employee_id,manager_id,team,role,fte,hire_date,level,birth_year",
                        "Personeelsnummer,Leidinggevende ID,Team,Functie,FTE,Datum in dienst,Niveau,Geboortejaar")
                .replace(",0.8,", ",80%,");
        Imports.Outcome outcome = Imports.run(Imports.write(temp, "nl.csv", text), null, null);
        assertSameOrganization(plain(), outcome.organization());
        assertTrue(outcome.warnings().stream().noneMatch(w -> w.contains("ignoring")), outcome.warnings().toString());
    }

    @Test
    void surveyWithSemicolonsDecimalCommaAndScalesInTheHeader() {
        Path people = Imports.write(temp, "people.csv", Imports.PEOPLE);
        String survey = "\uFEFFteam;respondenten;bevlogenheid (0-10);werkdruk (0-10);psychologische veiligheid (0-100);"
                + "burnout (0-100)\r\nalpha;4;\"7,5\";5;80;25\r\nbeta;5;4,5;7,5;50;\"40\"\r\n";
        ImportedOrganization organization = Imports.run(people, Imports.write(temp, "survey.csv", survey), null)
                .organization();
        ImportedOrganization.SurveyTargets alpha = organization.teams().get(0).survey();
        assertNotNull(alpha);
        assertEquals(0.75, alpha.engagement(), 1e-12);
        assertEquals(0.5, alpha.workload(), 1e-12);
        assertEquals(0.8, alpha.safety(), 1e-12);
        assertEquals(0.25, alpha.complaints(), 1e-12);
        assertEquals(4, alpha.respondents());
        assertEquals(0.4, organization.teams().get(1).survey().complaints(), 1e-12);
    }

    @Test
    void surveyScaleFromTheScenarioOrAScaleColumn() {
        Path people = Imports.write(temp, "people.csv", Imports.PEOPLE);
        Path survey = Imports.write(temp, "survey.csv", Imports.SURVEY);
        ImportedOrganization fromScenario = Imports.run(people, survey, SurveyScale.ONE_TO_FIVE).organization();
        assertEquals(0.625, fromScenario.teams().get(0).survey().engagement(), 1e-12); // (3.5 - 1) / 4
        Path withColumn = Imports.write(temp, "survey2.csv", Imports.SURVEY.replace("burnout\n", "burnout,scale\n")
                .replace("2.0\n", "2.0,1-5\n").replace("3.0\n", "3.0,1-5\n"));
        ImportedOrganization fromColumn = Imports.run(people, withColumn, null).organization();
        assertEquals(fromScenario.teams(), fromColumn.teams());
    }

    @Test
    void rowOrderDoesNotMatter() {
        List<String> lines = List.of(Imports.PEOPLE.strip().split("\n"));
        StringBuilder reversed = new StringBuilder(lines.get(0)).append('\n');
        for (int index = lines.size() - 1; index > 0; index--) {
            reversed.append(lines.get(index)).append('\n');
        }
        assertSameOrganization(plain(), Imports.run(Imports.write(temp, "reversed.csv", reversed.toString()), null, null)
                .organization());
    }

    @Test
    void ignoredColumnsAreNamedInAWarningAndNeverRead() {
        // A megabyte of "name" in one cell: skipped as it streams past, never an error or a string.
        String huge = "Fictief ".repeat(131_072);
        StringBuilder text = new StringBuilder();
        for (String line : Imports.PEOPLE.strip().split("\n")) {
            text.append(line).append(line.startsWith("employee_id") ? ",name,email"
                    : line.startsWith("1001") ? ",\"" + huge + "\",fictief@example.invalid" : ",,").append('\n');
        }
        Imports.Outcome outcome = Imports.run(Imports.write(temp, "named.csv", text.toString()), null, null);
        assertEquals(12, outcome.organization().headcount());
        assertEquals(1, outcome.warnings().size(), outcome.warnings().toString());
        assertTrue(outcome.warnings().get(0).contains("ignoring columns \"name\", \"email\""), outcome.warnings().get(0));
        assertFalse(outcome.warnings().get(0).contains("Fictief"));
    }
}
