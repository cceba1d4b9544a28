package org.orgsim.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.orgsim.scenario.ScenarioException;

/**
 * The compiled rules of one variant: built once and shared, read-only, by every replication
 * (each replication opens its own session). Compile errors become a {@link ScenarioException}
 * naming {@code file:line:column} with Drools' message. Because Drools can build an empty rule base
 * without complaint (a file it did not pick up), every file must contribute at least one rule.
 *
 * <p>Accepted files: {@code .drl} (Drools rule language), {@code .dslr} (rules in sentences; each
 * {@code expander NAME.dsl} line names the sentence file, looked up beside the rule file and then in
 * the rule library, see {@link SentenceFiles}), {@code .csv} and {@code .xlsx} (decision tables,
 * one row per policy).
 */
public final class RuleBook {
    private static final AtomicLong BUILDS = new AtomicLong();

    private final KieBase base;
    private final Map<String, List<String>> rulesByFile;
    private final boolean matchesPeople;
    private final boolean matchesCandidates;
    private final boolean matchesLevels;

    private RuleBook(KieBase base, Map<String, List<String>> rulesByFile) {
        this.base = base;
        this.rulesByFile = rulesByFile;
        this.matchesPeople = canMatch(base, org.orgsim.model.facts.Person.class);
        this.matchesCandidates = canMatch(base, org.orgsim.model.facts.Candidate.class);
        this.matchesLevels = canMatch(base, org.orgsim.model.facts.Level.class);
    }

    /** Whether any rule has a pattern a level fact could match (few do: they are inserted only then). */
    boolean matchesLevels() {
        return matchesLevels;
    }

    /**
     * Whether any rule has a pattern a person fact could match. People are by far the most
     * numerous facts; when no rule looks at them, inserting them every week is pure overhead.
     */
    boolean matchesPeople() {
        return matchesPeople;
    }

    /**
     * Whether any rule has a pattern a candidate fact could match. Policies that appoint through the
     * engine's ranking ({@code actions.appointMostCompetent}) do not; a careers-only run then skips
     * inserting every candidate of every level at every review, which was most of its cost.
     */
    boolean matchesCandidates() {
        return matchesCandidates;
    }

    private static boolean canMatch(KieBase base, Class<?> factClass) {
        if (!(base instanceof org.drools.core.impl.InternalRuleBase internal)) {
            return true; // cannot tell: insert, to be safe
        }
        for (org.drools.core.reteoo.ObjectTypeNode node : internal.getRete().getObjectTypeNodes()) {
            if (node.getObjectType() instanceof org.drools.base.base.ClassObjectType type && type.isAssignableFrom(factClass)) {
                return true;
            }
        }
        return false;
    }

    /** Compiles the given rule files (paths as the scenario gives them) into one rule base. */
    public static RuleBook compile(List<Path> files) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        Map<String, Path> sources = new LinkedHashMap<>();
        int index = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            // Drools only compiles what lies under src/main/resources of its virtual project.
            String target = "src/main/resources/orgsim/rules/f" + (index++) + "_" + name;
            sources.put(target, file);
            byte[] content = read(file);
            RuleReferences.check(file, content);
            switch (extension) {
                case "drl", "dslr" -> fileSystem.write(target, content);
                case "csv" -> {
                    // Drools reads CSV tables only through the spreadsheet compiler: turn the
                    // table into rule language here and compile that.
                    String generated = target + ".drl";
                    sources.remove(target);
                    sources.put(generated, file);
                    fileSystem.write(generated, csvToRules(file, content));
                }
                case "xlsx" -> {
                    Resource table = services.getResources().newByteArrayResource(content)
                            .setResourceType(ResourceType.DTABLE);
                    table.setSourcePath(target);
                    fileSystem.write(table);
                }
                default -> throw new ScenarioException(file + ": not a rule file (expected .drl, .dslr, .csv or .xlsx)");
            }
            if (extension.equals("dslr")) {
                SentenceFiles.requireKnownSentences(file, content);
                for (Path language : SentenceFiles.named(file, content)) {
                    // One virtual name per sentence file: two files of the same name from different
                    // folders would otherwise overwrite each other.
                    String languageTarget = "src/main/resources/orgsim/rules/s" + Math.abs(language.toAbsolutePath().normalize().hashCode())
                            + "_" + language.getFileName();
                    if (sources.putIfAbsent(languageTarget, language) == null) {
                        fileSystem.write(languageTarget, read(language));
                    }
                }
            }
        }
        ReleaseId release = services.newReleaseId("org.orgsim.rules", "variant-" + BUILDS.incrementAndGet(), "1.0.0");
        fileSystem.generateAndWritePomXML(release);
        KieBuilder builder;
        try {
            builder = services.newKieBuilder(fileSystem).buildAll();
        } catch (RuntimeException failure) {
            // Decision tables fail by exception rather than by message; name the file if we can.
            String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            for (Map.Entry<String, Path> source : sources.entrySet()) {
                String virtual = source.getKey().replace("src/main/resources/", "");
                if (message.contains(virtual)) {
                    message = message.replace("[" + virtual + "]", "").strip();
                    throw new ScenarioException(source.getValue() + ": " + message, failure);
                }
            }
            throw new ScenarioException("rules " + files + ": " + message, failure);
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new ScenarioException(describe(errors.get(0), sources)
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more problem(s))" : ""));
        }
        KieBase base = services.newKieContainer(release).getKieBase();
        Map<String, List<String>> rulesByFile = rulesByFile(base, sources, files);
        for (Path file : files) {
            if (rulesByFile.getOrDefault(file.toString(), List.of()).isEmpty()) {
                throw new ScenarioException(file + ": contains no rules (Drools built nothing from it)");
            }
        }
        return new RuleBook(base, rulesByFile);
    }

    /** Rule names per rule file (as the scenario names the file), in name order. */
    public Map<String, List<String>> rulesByFile() {
        return rulesByFile;
    }

    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        rulesByFile.values().forEach(names::addAll);
        Collections.sort(names);
        return names;
    }

    KieBase base() {
        return base;
    }

    private static Map<String, List<String>> rulesByFile(KieBase base, Map<String, Path> sources, List<Path> ruleFiles) {
        // Only rule files: sentence files define no rules of their own.
        Map<String, TreeSet<String>> collected = new LinkedHashMap<>();
        for (Path file : ruleFiles) {
            collected.put(file.toString(), new TreeSet<>());
        }
        for (KiePackage kiePackage : base.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String source = sourceOf(rule);
                Path file = sources.get(source);
                if (file != null && collected.containsKey(file.toString())) {
                    collected.get(file.toString()).add(rule.getName());
                }
            }
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        collected.forEach((file, names) -> result.put(file, List.copyOf(names)));
        return Collections.unmodifiableMap(result);
    }

    /** The virtual path of the file a rule came from (decision tables: the table's path). */
    private static String sourceOf(Rule rule) {
        if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null) {
            String path = impl.getResource().getSourcePath();
            return path == null ? "" : (path.startsWith("src/") ? path : "src/main/resources/" + path);
        }
        return "";
    }

    private static String describe(Message error, Map<String, Path> sources) {
        String path = error.getPath() == null ? "" : error.getPath();
        Path file = sources.get(path.startsWith("src/") ? path : "src/main/resources/" + path);
        String where = file == null ? "rules" : file.toString();
        if (error.getLine() > 0) {
            where += ":" + error.getLine() + ":" + Math.max(1, error.getColumn());
        }
        String text = error.getText() == null ? "" : error.getText().strip().replaceAll("\\s+", " ");
        return where + ": " + FieldTypos.explain(text).map(plain -> plain + "\n  (Drools: " + text + ")").orElse(text);
    }

    /** A CSV decision table as rule language (Dutch keyword cells accepted, {@link DecisionTableKeywords}). */
    static String csvToRules(Path file, byte[] content) {
        try {
            return new org.drools.decisiontable.SpreadsheetCompiler()
                    .compile(new java.io.ByteArrayInputStream(DecisionTableKeywords.toDrools(
                            new String(content, java.nio.charset.StandardCharsets.UTF_8)).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                            org.drools.decisiontable.InputType.CSV);
        } catch (RuntimeException failure) {
            throw new ScenarioException(file + ": not a readable decision table: " + failure.getMessage(), failure);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException failure) {
            throw new ScenarioException(file + ": cannot be read: " + failure.getMessage());
        }
    }
}
