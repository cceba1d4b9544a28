package org.orgsim.cli.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.orgsim.rules.RuleBook;
import org.orgsim.scenario.ScenarioException;

/**
 * The rule files the page offers for a fork: the {@code .drl}, {@code .dslr}, {@code .csv} and
 * {@code .xlsx} files directly in the library folder that compile on their own (each is compiled
 * once, in the background, when the server starts). The browser names a file of this list and
 * nothing else: a name with a path in it, or one the list does not hold, is refused — rules are
 * code, so the page never accepts rule text or a path of its choosing.
 */
final class RuleLibrary {
    private static final List<String> EXTENSIONS = List.of(".drl", ".dslr", ".csv", ".xlsx");

    /** What checking one file found: the names of its rules, or why it does not compile. */
    record Check(String file, List<String> rules, String problem) {
        boolean compiles() {
            return problem == null;
        }
    }

    private final Path folder;
    private final List<String> candidates;
    private final Map<String, Check> checks = Collections.synchronizedMap(new LinkedHashMap<>());
    private final CompletableFuture<Void> checked;

    private RuleLibrary(Path folder, List<String> candidates, boolean checkInBackground) {
        this.folder = folder;
        this.candidates = List.copyOf(candidates);
        this.checked = checkInBackground ? CompletableFuture.runAsync(this::checkAll, runnable -> {
            Thread thread = new Thread(runnable, "orgsim-rule-library");
            thread.setDaemon(true);
            thread.start();
        }) : CompletableFuture.completedFuture(null);
    }

    /** The library in {@code folder} (which need not exist: then it is empty); starts checking its files. */
    static RuleLibrary open(Path folder) {
        return new RuleLibrary(folder, list(folder), true);
    }

    private static List<String> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .filter(name -> EXTENSIONS.stream().anyMatch(name.toLowerCase(Locale.ROOT)::endsWith))
                    .sorted().toList();
        } catch (IOException failure) {
            throw new ScenarioException(folder + ": the rule library cannot be listed: " + failure.getMessage(), failure);
        }
    }

    private void checkAll() {
        for (String name : candidates) {
            Path file = folder.resolve(name);
            try {
                RuleBook book = RuleBook.compile(List.of(file));
                checks.put(name, new Check(name, book.ruleNames(), null));
            } catch (RuntimeException failure) {
                String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
                checks.put(name, new Check(name, List.of(), message));
            }
        }
    }

    Path folder() {
        return folder;
    }

    /** True once every file has been compiled once. */
    boolean ready() {
        return checked.isDone();
    }

    /** The checks done so far, in file-name order. */
    List<Check> checks() {
        synchronized (checks) {
            return new ArrayList<>(checks.values());
        }
    }

    /**
     * The library file a browser names, as a path the engine can read (the folder as given, then the
     * name). Refuses, as a bad request, anything but the plain name of a listed file that compiles
     * (or is still being checked).
     */
    Path resolve(String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("a rule file name is required (one of GET /api/rules)");
        }
        // No separators (so no absolute path and no way out of the folder), no "..", no drive letter.
        if (name.contains("/") || name.contains("\\") || name.contains("..") || name.contains(":")
                || name.indexOf('\0') >= 0) {
            throw ApiException.badRequest("'" + shorten(name) + "' is not a file of the rule library: give a file name "
                    + "from GET /api/rules, not a path");
        }
        if (!candidates.contains(name)) {
            throw ApiException.badRequest("unknown rule file '" + shorten(name) + "': the rule library ("
                    + folder + ") has " + (candidates.isEmpty() ? "no rule files" : String.join(", ", candidates)));
        }
        Check check = checks.get(name);
        if (check != null && !check.compiles()) {
            throw ApiException.badRequest("rule file '" + name + "' does not compile: " + check.problem());
        }
        return folder.resolve(name).normalize();
    }

    private static String shorten(String text) {
        String line = text.replaceAll("[\\r\\n\\t]", " ");
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
