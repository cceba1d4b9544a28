package org.orgsim.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orgsim.contract.Metric;
import org.orgsim.scenario.Parameter;

/**
 * Keeps {@code docs/model.md} in step with the code: every parameter key and every metric name must
 * be documented (written in backticks, as in the parameter table and the metric definitions), the
 * ODD+D headings must be there, and the parameter table must show each parameter's current default.
 * Each failure lists everything that is missing, so one run says what to add.
 */
class ModelDocumentationTest {

    /** The top-level sections of the ODD+D layout (Müller et al. 2013). */
    private static final List<String> HEADINGS = List.of("Overview", "Design concepts", "Details", "Decision-making");

    private static Path modelDoc;
    private static String text;

    @BeforeAll
    static void readModelDoc() throws IOException {
        modelDoc = locateModelDoc();
        text = Files.readString(modelDoc, StandardCharsets.UTF_8);
    }

    /**
     * Walks up from the working directory (the module directory under Maven, the repository root
     * in an IDE) to the first folder that holds both {@code docs/model.md} and {@code engine/}.
     */
    private static Path locateModelDoc() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve("model.md");
            if (Files.isRegularFile(candidate) && Files.isDirectory(dir.resolve("engine"))) {
                return candidate;
            }
        }
        return fail("no folder containing docs/model.md and engine/ found above " + start);
    }

    @Test
    void everyParameterKeyIsDocumented() {
        List<String> missing = new ArrayList<>();
        for (Parameter parameter : Parameter.values()) {
            if (!text.contains("`" + parameter.key() + "`")) {
                missing.add(parameter.key());
            }
        }
        assertTrue(missing.isEmpty(), () -> modelDoc + " does not document these parameter keys (write each as `key`, "
                + "with a row in the parameter table): " + String.join(", ", missing));
    }

    @Test
    void everyMetricIsDocumented() {
        List<String> missing = new ArrayList<>();
        for (Metric metric : Metric.all()) {
            if (!text.contains("`" + metric.key() + "`")) {
                missing.add(metric.key());
            }
        }
        assertTrue(missing.isEmpty(), () -> modelDoc + " does not define these metrics (write each as `name`): "
                + String.join(", ", missing));
    }

    @Test
    void theOddPlusDSectionsArePresent() {
        List<String> headings = text.lines()
                .filter(line -> line.startsWith("#"))
                .map(line -> line.toLowerCase(Locale.ROOT))
                .toList();
        List<String> missing = new ArrayList<>();
        for (String heading : HEADINGS) {
            String wanted = heading.toLowerCase(Locale.ROOT);
            if (headings.stream().noneMatch(line -> line.contains(wanted))) {
                missing.add(heading);
            }
        }
        assertTrue(missing.isEmpty(), () -> modelDoc + " lacks these ODD+D headings (a Markdown heading line "
                + "containing the word): " + String.join(", ", missing));
    }

    /**
     * The parameter table has one row per key, {@code | `key` | default | ...}; when a default
     * changes in {@link Parameter}, the documented default must change with it.
     */
    @Test
    void theParameterTableShowsTheCurrentDefaults() {
        List<String> problems = new ArrayList<>();
        List<String> rows = text.lines().map(String::strip).filter(line -> line.startsWith("|")).toList();
        for (Parameter parameter : Parameter.values()) {
            String prefix = "| `" + parameter.key() + "` |";
            List<String> matching = rows.stream().filter(row -> row.startsWith(prefix)).toList();
            if (matching.size() != 1) {
                problems.add(parameter.key() + ": expected one table row starting with " + prefix + ", found "
                        + matching.size());
                continue;
            }
            String[] cells = matching.get(0).split("\\|");
            String documented = cells.length > 2 ? cells[2].strip() : "";
            String expected = plain(parameter.defaultValue());
            if (!documented.equals(expected)) {
                problems.add(parameter.key() + ": default documented as '" + documented + "', code says " + expected);
            }
        }
        assertTrue(problems.isEmpty(), () -> modelDoc + " parameter table is out of step with Parameter.java:\n  "
                + String.join("\n  ", problems));
    }

    /** A default as the table writes it: plain decimal notation, no trailing zeros (36, 0.5, 1000000). */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
