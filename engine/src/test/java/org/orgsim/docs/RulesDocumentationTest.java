package org.orgsim.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.model.facts.Candidate;
import org.orgsim.model.facts.Level;
import org.orgsim.model.facts.Organization;
import org.orgsim.model.facts.Person;
import org.orgsim.model.facts.Review;
import org.orgsim.model.facts.RuleParameter;
import org.orgsim.model.facts.Team;
import org.orgsim.model.facts.Vacancy;
import org.orgsim.model.facts.Week;
import org.orgsim.rules.Actions;
import org.orgsim.rules.RuleBook;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ScenarioException;

/**
 * Keeps {@code docs/rules.md} ("How to write an intervention") in step with the code: every action
 * of the action API is documented in backticks, every file of the rule library is described, every
 * getter and method of the fact classes is named, every team history metric, every DSL sentence and
 * every intervention parameter appears, and the worked examples are real rule files that compile.
 * Each failure lists everything that is missing, so one run says what to add.
 *
 * <p>Code blocks marked {@code drl}, {@code dslr} or {@code csv} in the document are complete rule
 * files and are compiled as such; blocks marked {@code dsl} are sentences added to a copy of
 * {@code rules/orgsim.dsl} before the {@code dslr} blocks are compiled. Fragments go in unmarked
 * blocks.
 */
class RulesDocumentationTest {

    /** The fact classes rules see, whose every public getter and method must be documented. */
    private static final List<Class<?>> FACTS = List.of(Week.class, Team.class, Person.class, Level.class,
            Organization.class, Review.class, Vacancy.class, Candidate.class, RuleParameter.class);

    /** Parameters that belong to the interventions; rules.md explains the action that uses each. */
    private static final List<String> INTERVENTION_PREFIXES = List.of("coaching.", "layoff.", "ai.", "rules.");

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern DSL_ENTRY = Pattern.compile("^\\[(condition|consequence)\\]\\[[^\\]]*\\](.+?)=.*$");

    private static Path root;
    private static Path rulesDoc;
    private static String text;
    /** The inline code spans of the document (outside fenced blocks). */
    private static List<String> codeSpans;
    /** The fenced code blocks of the document, with their language mark ("" when unmarked). */
    private static List<CodeBlock> blocks;

    private record CodeBlock(String language, String content, int line) {
    }

    @BeforeAll
    static void readRulesDoc() throws IOException {
        rulesDoc = locateRulesDoc();
        root = rulesDoc.getParent().getParent();
        text = Files.readString(rulesDoc, StandardCharsets.UTF_8);
        parse(text);
    }

    /**
     * Walks up from the working directory (the module directory under Maven, the repository root
     * in an IDE) to the first folder that holds {@code docs/rules.md}, {@code rules/} and {@code engine/}.
     */
    private static Path locateRulesDoc() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve("rules.md");
            if (Files.isRegularFile(candidate) && Files.isDirectory(dir.resolve("rules"))
                    && Files.isDirectory(dir.resolve("engine"))) {
                return candidate;
            }
        }
        return fail("no folder containing docs/rules.md, rules/ and engine/ found above " + start);
    }

    /** Splits the document into fenced code blocks and the inline code spans of the prose. */
    private static void parse(String markdown) {
        List<CodeBlock> found = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        StringBuilder block = null;
        String language = "";
        int start = 0;
        String[] lines = markdown.split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            String stripped = line.strip();
            if (stripped.startsWith("```")) {
                if (block == null) {
                    block = new StringBuilder();
                    language = stripped.substring(3).strip();
                    start = index + 1;
                } else {
                    found.add(new CodeBlock(language, block.toString(), start));
                    block = null;
                }
                continue;
            }
            if (block != null) {
                block.append(line).append('\n');
            } else {
                prose.append(line).append('\n');
            }
        }
        if (block != null) {
            fail(rulesDoc + ": the code block opened at line " + start + " is never closed");
        }
        blocks = List.copyOf(found);
        List<String> spans = new ArrayList<>();
        Matcher matcher = CODE_SPAN.matcher(prose);
        while (matcher.find()) {
            spans.add(matcher.group(1));
        }
        codeSpans = List.copyOf(spans);
    }

    private static boolean containsWord(String haystack, String word) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(word) + "(?![A-Za-z0-9_])").matcher(haystack).find();
    }

    private static boolean inBackticks(String word) {
        return codeSpans.stream().anyMatch(span -> containsWord(span, word));
    }

    private static List<String> publicMethodNames(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                    && !List.of("toString", "equals", "hashCode").contains(method.getName())) {
                names.add(method.getName());
            }
        }
        return List.copyOf(names);
    }

    @Test
    void everyActionIsDocumentedInBackticks() {
        List<String> actions = publicMethodNames(Actions.class);
        assertTrue(!actions.isEmpty(), "Actions has no public methods?");
        List<String> missing = actions.stream().filter(name -> !inBackticks(name)).toList();
        assertTrue(missing.isEmpty(), () -> rulesDoc + " does not document these actions of org.orgsim.rules.Actions "
                + "(write each in backticks, e.g. `mergeTeams(String into, String absorbed)`): " + String.join(", ", missing));
    }

    @Test
    void everyFileOfTheRuleLibraryIsMentioned() throws IOException {
        List<String> files;
        Path library = root.resolve("rules");
        try (Stream<Path> listing = Files.walk(library)) {
            // Files in sub-folders are named with their folder: promotion/best.drl.
            files = listing.filter(Files::isRegularFile).map(file -> library.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertTrue(!files.isEmpty(), "rules/ is empty?");
        List<String> missing = files.stream().filter(name -> !text.contains(name)).toList();
        assertTrue(missing.isEmpty(), () -> rulesDoc + " does not describe these files of rules/ (give each a section "
                + "in the intervention library): " + String.join(", ", missing));
    }

    @Test
    void everyGetterAndMethodOfTheFactsIsNamed() {
        List<String> missing = new ArrayList<>();
        for (Class<?> fact : FACTS) {
            for (String name : publicMethodNames(fact)) {
                if (!containsWord(text, name)) {
                    missing.add(fact.getSimpleName() + "." + name);
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> rulesDoc + " does not name these getters and methods of the facts "
                + "(org.orgsim.model.facts): " + String.join(", ", missing));
    }

    @Test
    void everyTeamHistoryMetricIsDocumentedInBackticks() {
        List<String> missing = Team.HISTORY_METRICS.stream().filter(metric -> !inBackticks(metric)).toList();
        assertTrue(missing.isEmpty(), () -> rulesDoc + " does not list these team history metrics (Team.HISTORY_METRICS) "
                + "in backticks: " + String.join(", ", missing));
    }

    @Test
    void everySentenceOfTheDslIsListed() throws IOException {
        List<String> sentences = dslSentences(Files.readAllLines(root.resolve("rules").resolve("orgsim.dsl")));
        assertTrue(!sentences.isEmpty(), "rules/orgsim.dsl defines no sentences?");
        List<String> missing = sentences.stream().filter(sentence -> !codeSpans.contains(sentence)).toList();
        assertTrue(missing.isEmpty(), () -> rulesDoc + " does not list these sentences of rules/orgsim.dsl (each exactly, "
                + "in backticks, in the table of sentences): " + String.join(" | ", missing));
    }

    @Test
    void everyInterventionParameterIsDocumented() {
        List<String> missing = Arrays.stream(Parameter.values()).map(Parameter::key)
                .filter(key -> INTERVENTION_PREFIXES.stream().anyMatch(key::startsWith))
                .filter(key -> !inBackticks(key)).toList();
        assertTrue(missing.isEmpty(), () -> rulesDoc + " does not mention these intervention parameters in backticks "
                + "(with the action they govern): " + String.join(", ", missing));
    }

    /** The worked examples are complete rule files: each one compiles and yields at least one rule. */
    @Test
    void theWorkedExamplesCompile(@TempDir Path temp) throws IOException {
        List<CodeBlock> drl = blocks.stream().filter(block -> block.language().equals("drl")).toList();
        List<CodeBlock> dslr = blocks.stream().filter(block -> block.language().equals("dslr")).toList();
        List<CodeBlock> dsl = blocks.stream().filter(block -> block.language().equals("dsl")).toList();
        List<CodeBlock> csv = blocks.stream().filter(block -> block.language().equals("csv")).toList();
        List<String> kinds = new ArrayList<>();
        if (drl.isEmpty()) {
            kinds.add("drl");
        }
        if (dslr.isEmpty()) {
            kinds.add("dslr");
        }
        if (csv.isEmpty()) {
            kinds.add("csv");
        }
        assertTrue(kinds.isEmpty(), () -> rulesDoc + " has no worked example (a code block marked as such) for: "
                + String.join(", ", kinds));

        // Sentences the document adds are appended to a copy of the library's sentences.
        Path language = Files.createDirectories(temp.resolve("sentences"));
        StringBuilder sentences = new StringBuilder(Files.readString(root.resolve("rules").resolve("orgsim.dsl")));
        for (CodeBlock block : dsl) {
            sentences.append('\n').append(block.content());
        }
        Files.writeString(language.resolve("orgsim.dsl"), sentences.toString());

        List<String> problems = new ArrayList<>();
        for (CodeBlock block : blocks) {
            Path folder = switch (block.language()) {
                case "drl", "csv" -> temp;
                case "dslr" -> language;
                default -> null;
            };
            if (folder == null) {
                continue;
            }
            Path file = folder.resolve("example-at-line-" + block.line() + "." + block.language());
            Files.writeString(file, block.content());
            try {
                List<String> rules = RuleBook.compile(List.of(file)).rulesByFile().get(file.toString());
                if (rules == null || rules.isEmpty()) {
                    problems.add("the " + block.language() + " block at line " + block.line() + " yields no rules");
                }
            } catch (ScenarioException failure) {
                problems.add("the " + block.language() + " block at line " + block.line() + " does not compile: "
                        + failure.getMessage());
            }
        }
        assertTrue(problems.isEmpty(), () -> rulesDoc + ": worked examples that are not valid rule files:\n  "
                + String.join("\n  ", problems));
    }

    /** rules.md promises that a decision table works as .xlsx with the layout of the .csv. */
    @Test
    void theLibraryDecisionTableWorksAsXlsxWithTheSameLayout(@TempDir Path temp) throws IOException {
        Path csv = root.resolve("rules").resolve("burnout-policies.csv");
        Path xlsx = temp.resolve("burnout-policies.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet("policies");
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            for (int index = 0; index < lines.size(); index++) {
                Row row = sheet.createRow(index);
                List<String> cells = csvCells(lines.get(index));
                for (int column = 0; column < cells.size(); column++) {
                    if (!cells.get(column).isEmpty()) {
                        row.createCell(column).setCellValue(cells.get(column));
                    }
                }
            }
            workbook.write(out);
        }
        List<String> fromCsv = RuleBook.compile(List.of(csv)).rulesByFile().get(csv.toString());
        List<String> fromXlsx = RuleBook.compile(List.of(xlsx)).rulesByFile().get(xlsx.toString());
        assertEquals(fromCsv, fromXlsx, "the same table as .xlsx should give the same rules as the .csv");
    }

    /** The sentences (left-hand sides) of a Drools DSL file, in file order. */
    private static List<String> dslSentences(List<String> lines) {
        List<String> sentences = new ArrayList<>();
        for (String line : lines) {
            Matcher matcher = DSL_ENTRY.matcher(line.strip());
            if (!line.strip().startsWith("#") && matcher.matches()) {
                sentences.add(matcher.group(2).strip());
            }
        }
        return sentences;
    }

    /** One CSV line split into cells (quoted cells may contain commas and doubled quotes). */
    private static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < line.length(); index++) {
            char character = line.charAt(index);
            if (quoted) {
                if (character == '"' && index + 1 < line.length() && line.charAt(index + 1) == '"') {
                    cell.append('"');
                    index++;
                } else if (character == '"') {
                    quoted = false;
                } else {
                    cell.append(character);
                }
            } else if (character == '"') {
                quoted = true;
            } else if (character == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(character);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
