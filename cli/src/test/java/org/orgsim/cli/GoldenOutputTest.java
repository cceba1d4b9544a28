package org.orgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real entry point on a small scenario and compares with committed reference output,
 * number by number with a tolerance (floating point may differ in the last digits between JVMs
 * and processors), text exactly. After an intended model change, regenerate the reference with
 * {@code mvn -pl cli test -Dtest=GoldenOutputTest -Dorgsim.updateGolden=true} and review the diff.
 */
class GoldenOutputTest {
    private static final double RELATIVE_TOLERANCE = 1e-6;
    private static final double ABSOLUTE_TOLERANCE = 1e-9;
    private static final List<String> COMPARED = List.of("summary.json", "timeseries.csv", "runs.csv", "events.csv");

    @TempDir
    Path temp;

    @Test
    void tinyScenarioMatchesTheReferenceOutput() throws IOException {
        Path out = temp.resolve("tiny");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.resource("scenarios/tiny.yaml").toString(),
                "--out", out.toString(), "--quiet");
        assertEquals(0, outcome.status(), outcome.err());
        Path reference = Path.of("src/test/resources/golden/tiny");
        if (Boolean.getBoolean("orgsim.updateGolden")) {
            for (String file : COMPARED) {
                Files.copy(out.resolve(file), reference.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        for (String file : COMPARED) {
            Path expected = reference.resolve(file);
            assertTrue(Files.exists(expected), "reference missing: " + expected + " (generate with -Dorgsim.updateGolden=true)");
            compare(file, Files.readAllLines(expected), Files.readAllLines(out.resolve(file)));
        }
    }

    private static void compare(String file, List<String> expected, List<String> actual) {
        assertEquals(expected.size(), actual.size(), file + ": number of lines");
        for (int line = 0; line < expected.size(); line++) {
            List<String> expectedTokens = tokens(expected.get(line));
            List<String> actualTokens = tokens(actual.get(line));
            String where = file + ":" + (line + 1);
            assertEquals(expectedTokens.size(), actualTokens.size(), where + ": " + actual.get(line));
            for (int index = 0; index < expectedTokens.size(); index++) {
                String want = expectedTokens.get(index);
                String got = actualTokens.get(index);
                if (isNumber(want) && isNumber(got)) {
                    double a = Double.parseDouble(want);
                    double b = Double.parseDouble(got);
                    double allowed = Math.max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)));
                    if (Math.abs(a - b) > allowed) {
                        fail(where + ": expected " + want + " but was " + got + " in: " + actual.get(line));
                    }
                } else {
                    assertEquals(want, got, where);
                }
            }
        }
    }

    /** Splits a line into numbers and the text between them, so numbers can be compared loosely. */
    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inNumber = false;
        for (char c : line.toCharArray()) {
            boolean numeric = Character.isDigit(c) || c == '.' || (c == '-' && !inNumber) || (c == 'E' && inNumber);
            if (numeric != inNumber && current.length() > 0) {
                tokens.add(current.toString());
                current.setLength(0);
            }
            inNumber = numeric;
            current.append(c);
        }
        if (current.length() > 0) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    private static boolean isNumber(String token) {
        try {
            Double.parseDouble(token);
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
