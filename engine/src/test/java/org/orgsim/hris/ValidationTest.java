package org.orgsim.hris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orgsim.contract.InputException;

/**
 * Each validation case stops the import with one message that names {@code file:line}, and no
 * message ever shows a raw id (or a cell that may be a name): people are named by line and
 * pseudonym.
 */
class ValidationTest {
    private static final List<String> RAW_IDS = Stream.of(Imports.PEOPLE.split("\n")).skip(1)
            .map(line -> line.split(",")[0]).toList();

    @TempDir
    Path temp;

    static Stream<Arguments> badPeopleFiles() {
        String p = Imports.PEOPLE;
        return Stream.of(
                bad("duplicate id", p.replace("3006,3001", "2003,3001"), 13,
                        "the employee id of line 5 appears again (pseudonym " + Imports.pseudonym("2003") + ")"),
                bad("manager id not found", p.replace("3004,3001", "3004,9999"), 11,
                        "the manager id is not the employee id of anybody in the file (pseudonym "
                                + Imports.pseudonym("9999") + ")"),
                bad("own manager", p.replace("3005,3001", "3005,3005"), 12,
                        "reporting cycle: line 12 (" + Imports.pseudonym("3005") + ") is their own manager"),
                bad("FTE above the maximum", p.replace(",0.6,", ",1.5,"), 10, "the FTE must be above 0 and at most 1.2, was \"1.5\""),
                bad("FTE of zero", p.replace(",0.6,", ",0,"), 10, "the FTE must be above 0 and at most 1.2, was \"0\""),
                bad("FTE in hours", p.replace(",0.6,", ",24,"), 10, "hours a week?"),
                bad("FTE not a number", p.replace(",0.6,", ",0.6.1,"), 10, "the FTE \"0.6.1\" is not a number"),
                bad("FTE empty", p.replace(",0.6,", ",,"), 10, "the FTE is empty"),
                bad("impossible date", p.replace("2016-07-01", "31-02-2016"), 10,
                        "the hire date \"31-02-2016\" is not a date (write yyyy-mm-dd or dd-mm-yyyy)"),
                bad("month out of range", p.replace("2016-07-01", "2016-13-01"), 10, "is not a date"),
                bad("US date", p.replace("2016-07-01", "07/31/2016"), 10, "is not a date"),
                bad("hire date empty", p.replace("2016-07-01", ""), 10, "the hire date is empty"),
                bad("employee id empty", p.replace("3003,3001", ",3001"), 10, "the employee id is empty"),
                bad("team empty", p.replace("3003,3001,beta", "3003,3001,"), 10, "the team is empty"),
                bad("birth year after hiring", p.replace(",1988\n", ",2017\n"), 10, "the birth year is after the hire date"),
                bad("birth year not a year", p.replace(",1988\n", ",88\n"), 10, "the birth year \"88\" is not a year"),
                bad("more fields than the header", p.replace(",0.6,", ",0,6,"), 10,
                        "has 9 fields where the header has 8 (is there an unquoted ',' inside a value?"),
                bad("fewer fields than the header", p.replace("3003,3001,beta,analyst,0.6,2016-07-01,,1988", "3003,3001,beta"),
                        10, "has 3 fields where the header has 8"),
                bad("unclosed quote", p.replace("3003,3001,beta", "3003,3001,\"beta"), 10,
                        "a quoted field that starts on this line is never closed"),
                bad("no employee id column", p.replace("employee_id,", "number,"), 1,
                        "has no employee_id column (looked for: employee_id, "),
                bad("no hire date column", p.replace(",hire_date,", ",started,"), 1, "has no hire_date column"),
                bad("a column twice", p.replace(",level,", ",personeelsnummer,"), 1,
                        "columns 1 (\"employee_id\") and 7 (\"personeelsnummer\") both hold the employee_id"),
                bad("header only", p.lines().findFirst().orElseThrow() + "\n", 0, "has a header but no people"),
                bad("fewer than five people", String.join("\n", p.lines().limit(5).toList()) + "\n", 0,
                        "has 4 people; an imported organization needs at least 5"));
    }

    private static Arguments bad(String name, String people, int line, String message) {
        return Arguments.of(name, people, line, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPeopleFiles")
    void badPeopleFileStopsTheImportWithFileAndLine(String name, String people, int line, String message) {
        Path file = Imports.write(temp, "people.csv", people);
        InputException problem = assertThrows(InputException.class, () -> Imports.run(file, null, null));
        String expectedStart = file + (line > 0 ? ":" + line : "") + ": ";
        assertTrue(problem.getMessage().startsWith(expectedStart), problem.getMessage());
        assertTrue(problem.getMessage().contains(message), problem.getMessage());
        assertNoRawId(problem.getMessage());
    }

    @Test
    void aReportingCycleIsToldByLinesAndPseudonymsOnly() {
        // 2001 -> 3004 -> 3001 -> 2001 (the director drops out of the chain above them)
        String people = Imports.PEOPLE.replace("2001,1001,alpha", "2001,3004,alpha").replace("3001,1001,beta", "3001,2001,beta");
        Path file = Imports.write(temp, "people.csv", people);
        InputException problem = assertThrows(InputException.class, () -> Imports.run(file, null, null));
        assertEquals(file + ":3: reporting cycle: line 3 (" + Imports.pseudonym("2001") + ") -> line 11 ("
                + Imports.pseudonym("3004") + ") -> line 8 (" + Imports.pseudonym("3001") + ") -> line 3 ("
                + Imports.pseudonym("2001") + ") (each reports to the next); somebody in it must report to somebody "
                + "outside it, or to nobody", problem.getMessage());
        assertNoRawId(problem.getMessage());
    }

    @Test
    void aCellThatMayBeANameIsNeverShown() {
        // A shifted column puts a name where the hire date belongs.
        Path file = Imports.write(temp, "people.csv", Imports.PEOPLE.replace("2016-07-01", "Jan de Vries"));
        InputException problem = assertThrows(InputException.class, () -> Imports.run(file, null, null));
        assertTrue(problem.getMessage().contains(":10: the hire date a value that is not shown here"), problem.getMessage());
        assertFalse(problem.getMessage().contains("Vries"));
    }

    @Test
    void aFileWithoutAHeaderLineIsToldWithoutItsFirstEmployee() {
        String rows = Imports.PEOPLE.lines().skip(1).map(line -> "Jan de Vries,jan.devries@example.invalid," + line)
                .reduce("", (text, line) -> text + line + "\n");
        Path file = Imports.write(temp, "people.csv", rows);
        InputException problem = assertThrows(InputException.class, () -> Imports.run(file, null, null));
        assertTrue(problem.getMessage().startsWith(file + ":1: has no employee_id column"), problem.getMessage());
        assertTrue(problem.getMessage().contains("the first line looks like data, not a header: 10 fields"), problem.getMessage());
        for (String personal : List.of("Vries", "@", "example", "management", "director")) {
            assertFalse(problem.getMessage().contains(personal), problem.getMessage());
        }
        assertNoRawId(problem.getMessage());
    }

    @Test
    void aSystemFileGivenAsPeopleFileIsNotEchoed() {
        Path file = Imports.write(temp, "passwd", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
        InputException problem = assertThrows(InputException.class, () -> Imports.run(file, null, null));
        assertTrue(problem.getMessage().startsWith(file + ":1: has no employee_id column"), problem.getMessage());
        assertFalse(problem.getMessage().contains("root") || problem.getMessage().contains("/bin"), problem.getMessage());
    }

    @Test
    void aLevelThatIsNotALevelNameIsRefusedWithoutShowingIt() {
        for (String level : List.of("jan.devries@example.invalid", "40711", "an employee who prefers a very long free-text description")) {
            Path file = Imports.write(temp, "people.csv", Imports.PEOPLE.replace("2010-01-04,director", "2010-01-04," + level));
            InputException problem = assertThrows(InputException.class, () -> Imports.run(file, null, null), level);
            assertTrue(problem.getMessage().startsWith(file + ":2: the level "), problem.getMessage());
            assertFalse(problem.getMessage().contains(level), problem.getMessage());
        }
    }

    @Test
    void aFileThatIsNotUtf8() {
        byte[] latin1 = Imports.PEOPLE.replace("analyst", "analist \u00e9").getBytes(StandardCharsets.ISO_8859_1);
        Path file = Imports.write(temp, "people.csv", latin1);
        InputException problem = assertThrows(InputException.class, () -> Imports.run(file, null, null));
        assertTrue(problem.getMessage().startsWith(file + ":"), problem.getMessage());
        assertTrue(problem.getMessage().contains("is not UTF-8 text (save the file as \"CSV UTF-8\")"), problem.getMessage());
    }

    @Test
    void aLatin1ByteIsReportedAtItsOwnLine() {
        // Line 11 of the file (3004, an analyst): the reader decodes in blocks, the message must not say line 1.
        byte[] latin1 = Imports.PEOPLE.replace("3004,3001,beta,analyst", "3004,3001,beta,analist \u00e9")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = Imports.write(temp, "people.csv", latin1);
        InputException problem = assertThrows(InputException.class, () -> Imports.run(file, null, null));
        assertEquals(file + ":11: is not UTF-8 text (save the file as \"CSV UTF-8\")", problem.getMessage());
    }

    @Test
    void aMissingFile() {
        Path missing = temp.resolve("nowhere.csv");
        InputException problem = assertThrows(InputException.class, () -> Imports.run(missing, null, null));
        assertEquals(missing + ": file not found", problem.getMessage());
    }

    static Stream<Arguments> badSurveys() {
        String s = Imports.SURVEY;
        return Stream.of(
                Arguments.of("a team that does not exist", s.replace("beta,", "gamma,"), 3,
                        "team \"gamma\" is not a team of the people file"),
                Arguments.of("a team twice", s + "alpha,3,3,3,3,3\n", 4, "the team of line 2 has a second row"),
                Arguments.of("a score off the scale", s.replace("3.5,3.0", "5.5,3.0"), 2,
                        "the engagement score must be on the scale 1-5, was \"5.5\""),
                Arguments.of("a score that is not a number", s.replace("3.5,3.0", "high,3.0"), 2,
                        "the engagement score a value that is not shown here"),
                Arguments.of("respondents not a whole number", s.replace("beta,5,", "beta,4.5,"), 3,
                        "respondents must be a whole number of 0 or more, was \"4.5\""),
                Arguments.of("an unknown scale in a column", s.replace("burnout\n", "burnout,scale\n")
                        .replace("2.0\n", "2.0,1-7\n").replace("3.0\n", "3.0,1-5\n"), 2, "the scale \"1-7\" is not one of 1-5, 0-10, 0-100"),
                Arguments.of("an unknown scale in the header", s.replace("engagement,", "engagement (1-7),"), 1,
                        "the engagement column declares the scale 1-7, which is not one of 1-5, 0-10, 0-100"),
                Arguments.of("no score column", "team,respondents\nalpha,4\n", 1, "has no score column"),
                Arguments.of("no respondents column", s.replace("respondents", "answers"), 1, "has no respondents column"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSurveys")
    void badSurveyStopsTheImportWithFileAndLine(String name, String survey, int line, String message) {
        Path people = Imports.write(temp, "people.csv", Imports.PEOPLE);
        Path file = Imports.write(temp, "survey.csv", survey);
        InputException problem = assertThrows(InputException.class,
                () -> Imports.run(people, file, SurveyScale.ONE_TO_FIVE));
        assertTrue(problem.getMessage().startsWith(file + ":" + line + ": "), problem.getMessage());
        assertTrue(problem.getMessage().contains(message), problem.getMessage());
    }

    @Test
    void aScoreWithoutADeclaredScale() {
        Path people = Imports.write(temp, "people.csv", Imports.PEOPLE);
        Path survey = Imports.write(temp, "survey.csv", Imports.SURVEY);
        InputException problem = assertThrows(InputException.class, () -> Imports.run(people, survey, null));
        assertTrue(problem.getMessage().startsWith(survey + ":2: the engagement score has no declared scale"),
                problem.getMessage());
    }

    @Test
    void aTeamWithoutSurveyDataStartsFromDefaultsWithAWarning() {
        Path people = Imports.write(temp, "people.csv", Imports.PEOPLE);
        Path survey = Imports.write(temp, "survey.csv", Imports.SURVEY.replace("beta,5,2.5,4.0,3.0,3.0\n", ""));
        Imports.Outcome outcome = Imports.run(people, survey, SurveyScale.ONE_TO_FIVE);
        assertNull(outcome.organization().teams().get(1).survey());
        assertTrue(outcome.warnings().contains(survey + ": no survey data for 1 team (beta); it starts from the model's "
                + "defaults"), outcome.warnings().toString());
    }

    @Test
    void blankScoresAndNoRespondentsFallBackToDefaults() {
        Path people = Imports.write(temp, "people.csv", Imports.PEOPLE);
        Path survey = Imports.write(temp, "survey.csv", Imports.SURVEY.replace("alpha,4,3.5,3.0", "alpha,4,,3.0")
                .replace("beta,5,", "beta,0,"));
        Imports.Outcome outcome = Imports.run(people, survey, SurveyScale.ONE_TO_FIVE);
        assertTrue(Double.isNaN(outcome.organization().teams().get(0).survey().engagement()));
        assertEquals(0.5, outcome.organization().teams().get(0).survey().workload(), 1e-12);
        assertNull(outcome.organization().teams().get(1).survey());
        assertTrue(outcome.warnings().contains(survey + ":3: no respondents; the team starts from the model's defaults"),
                outcome.warnings().toString());
    }

    @Test
    void moreRespondentsThanPeopleIsAWarningWithoutFigures() {
        Path people = Imports.write(temp, "people.csv", Imports.PEOPLE);
        Path survey = Imports.write(temp, "survey.csv", Imports.SURVEY.replace("alpha,4,", "alpha,9,"));
        Imports.Outcome outcome = Imports.run(people, survey, SurveyScale.ONE_TO_FIVE);
        String warning = outcome.warnings().stream().filter(w -> w.contains("more respondents")).findFirst().orElseThrow();
        assertEquals(survey + ":2: more respondents than people in the team (is the survey from another date than the "
                + "export?)", warning);
    }

    @Test
    void smallTeamsAreNamedInAWarning() {
        String people = Imports.PEOPLE.replace("2004,2001,alpha", "2004,2001,gamma").replace("2005,2001,alpha", "2005,2001,gamma");
        Imports.Outcome outcome = Imports.run(Imports.write(temp, "people.csv", people), null, null);
        // alpha keeps its lead and two members: a team of 3
        ImportedOrganization.Team alpha = outcome.organization().teams().get(0);
        assertEquals("alpha", alpha.name());
        assertEquals(3, alpha.headcount());
        assertTrue(outcome.warnings().stream().anyMatch(w -> w.contains("teams of fewer than 5 people (alpha, gamma)")),
                outcome.warnings().toString());
    }

    private static void assertNoRawId(String fullMessage) {
        // The temporary folder's random name may contain any digits: look only past the folders.
        String message = fullMessage.replaceAll("(/[^/\\s:]+)+/", "/");
        for (String id : RAW_IDS) {
            Matcher matcher = Pattern.compile("(?<![0-9A-Za-z.])" + id + "(?![0-9A-Za-z])").matcher(message);
            assertFalse(matcher.find(), "raw id " + id + " in: " + message);
        }
        assertFalse(message.contains("9999"), message);
    }
}
