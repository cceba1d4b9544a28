package org.orgsim.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads rule-language text (DRL, or DRL expanded from sentences or generated from a decision table)
 * token by token and finds the first piece of code outside what a policy needs: the action API,
 * the getters of the facts, {@code java.lang.Math}, a few value and collection types, and plain
 * Java expressions. It is an allow-list on names, not a search for bad words, so that a fully
 * qualified name ({@code java.lang.System}), an import, {@code getClass()} or a class literal cannot
 * walk around it:
 *
 * <ul>
 *   <li>every type name (an identifier that starts with a capital and does not follow a dot) must be
 *       one of {@link #ALLOWED_TYPES}: {@code System}, {@code Runtime}, {@code Thread},
 *       {@code ProcessBuilder}, {@code Class}, {@code Files} ... are not;</li>
 *   <li>a bare package root ({@code java}, {@code javax}, {@code org} other than the facts and
 *       {@code Actions}, ...) and the engine handles {@code drools} / {@code kcontext} are refused;</li>
 *   <li>members that lead to reflection, class loading or the engine ({@code getClass},
 *       {@code .class}, {@code forName}, {@code getKieRuntime}, ...) are refused whatever they are
 *       called on;</li>
 *   <li>imports and globals are limited to the facts, {@code Actions}, {@code java.lang.Math} and
 *       the allowed {@code java.util} types; {@code declare}, {@code import function} and
 *       {@code import accumulate} are refused;</li>
 *   <li>Unicode escapes and non-ASCII characters outside strings and comments are refused: Java
 *       turns {@code \u0053ystem} into {@code System} before it compiles, and ignores some invisible
 *       characters inside names.</li>
 * </ul>
 * Anything this scanner does not understand counts as code and is checked; a string or comment is
 * skipped only when it is certainly one.
 */
final class RuleCodeScanner {
    /** A refused piece of code: its 1-based line in the scanned text and why. */
    record Finding(int line, String problem) {
    }

    static final Set<String> FACT_TYPES = Set.of(
            org.orgsim.model.facts.Week.class.getSimpleName(), org.orgsim.model.facts.Team.class.getSimpleName(),
            org.orgsim.model.facts.Person.class.getSimpleName(), org.orgsim.model.facts.Level.class.getSimpleName(),
            org.orgsim.model.facts.Organization.class.getSimpleName(),
            org.orgsim.model.facts.Review.class.getSimpleName(), org.orgsim.model.facts.Vacancy.class.getSimpleName(),
            org.orgsim.model.facts.Candidate.class.getSimpleName(),
            org.orgsim.model.facts.RuleParameter.class.getSimpleName());

    private static final Set<String> VALUE_TYPES = Set.of("Math", "String", "Integer", "Long", "Double", "Float",
            "Short", "Byte", "Boolean", "Character", "Number", "StringBuilder", "IllegalArgumentException",
            "IllegalStateException", "RuntimeException", "ArithmeticException");

    private static final Set<String> UTIL_TYPES = Set.of("List", "Map", "Set", "Collection", "ArrayList", "HashMap",
            "HashSet", "LinkedHashMap", "LinkedHashSet", "TreeMap", "TreeSet", "Collections", "Arrays", "Comparator",
            "Objects", "Optional");

    static final Set<String> ALLOWED_TYPES;

    static {
        java.util.HashSet<String> types = new java.util.HashSet<>(FACT_TYPES);
        types.addAll(VALUE_TYPES);
        types.addAll(UTIL_TYPES);
        types.add(Actions.class.getSimpleName());
        ALLOWED_TYPES = Set.copyOf(types);
    }

    /** Roots of qualified names and engine handles no rule needs. */
    private static final Set<String> FORBIDDEN_NAMES = Set.of("java", "javax", "jdk", "sun", "com", "net", "org",
            "drools", "kcontext", "class", "interface", "enum", "record");

    /** Members that reach reflection, class loading, processes or the engine, whatever they are called on. */
    private static final Set<String> FORBIDDEN_MEMBERS = Set.of("class", "getClass", "getDeclaringClass",
            "getComponentType", "forName", "getClassLoader", "loadClass", "getRuntime", "exec", "exit", "halt",
            "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields",
            "getDeclaredField", "getDeclaredFields", "getConstructor", "getConstructors", "getDeclaredConstructor",
            "getDeclaredConstructors", "newInstance", "invoke", "setAccessible", "lookup", "getModule",
            "getKieRuntime", "getKnowledgeRuntime", "getKieBase", "getKnowledgeBase", "getEnvironment",
            "getWorkingMemory", "getSession", "wait", "notify", "notifyAll",
            // Not a danger but a break of the contract: unseeded randomness makes runs irreproducible.
            "random");

    private static final String FACTS_PACKAGE = org.orgsim.model.facts.Week.class.getPackageName();
    private static final String ACTIONS_CLASS = Actions.class.getName();
    private static final Set<String> ALLOWED_IMPORT_PACKAGES = Set.of("java.util", "java.lang");

    private RuleCodeScanner() {
    }

    /** The first refused piece of code in {@code text}, if any. */
    static Optional<Finding> scan(String text) {
        int escape = text.indexOf("\\u");
        if (escape >= 0) {
            return Optional.of(new Finding(lineOf(text, escape),
                    "Unicode escapes (\\u...) are not allowed in rule files; write the character itself"));
        }
        if (text.contains("\"\"\"")) {
            return Optional.of(new Finding(lineOf(text, text.indexOf("\"\"\"")), "text blocks (\"\"\") are not allowed in rule files"));
        }
        List<Token> tokens = tokenize(text);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        if (tokens.get(tokens.size() - 1).kind == Kind.BAD) {
            Token bad = tokens.get(tokens.size() - 1);
            return Optional.of(new Finding(bad.line, bad.text));
        }
        Set<String> declared = declaredTypes(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind != Kind.NAME) {
                continue;
            }
            boolean statementStart = i == 0 || tokens.get(i - 1).line < token.line || tokens.get(i - 1).is(";");
            if (statementStart && (token.is("package") || token.is("expander"))) {
                // Only the name itself is skipped: whatever follows on the line is read as code.
                i = endOfQualifiedName(tokens, i + 1) - 1;
                continue;
            }
            if (statementStart && token.is("import")) {
                int from = i + 1;
                String modifier = from < tokens.size() && (tokens.get(from).is("static") || tokens.get(from).is("function")
                        || tokens.get(from).is("accumulate")) ? tokens.get(from++).text : "";
                int end = endOfQualifiedName(tokens, from);
                Optional<String> problem = checkImport(modifier, joined(tokens, from, end));
                if (problem.isPresent()) {
                    return Optional.of(new Finding(token.line, problem.get()));
                }
                i = end - 1;
                continue;
            }
            if (statementStart && token.is("global")) {
                int end = endOfQualifiedName(tokens, i + 1);
                String type = joined(tokens, i + 1, end);
                if (!type.equals(ACTIONS_CLASS) && !type.equals(Actions.class.getSimpleName())) {
                    return Optional.of(new Finding(token.line, "global " + type
                            + ": the only global a rule file may declare is " + ACTIONS_CLASS + " actions"));
                }
                i = end - 1;
                continue;
            }
            if (statementStart && token.is("declare")) {
                // A fact type of the file's own: its name is a type the rules may use; its fields and
                // any supertype are read as code and checked like the rest.
                int name = i + 1 < tokens.size() && tokens.get(i + 1).is("trait") ? i + 2 : i + 1;
                if (name < tokens.size() && tokens.get(name).kind == Kind.NAME) {
                    i = name;
                }
                continue;
            }
            boolean member = i > 0 && (tokens.get(i - 1).is(".") || tokens.get(i - 1).is("::"));
            if (member) {
                if (FORBIDDEN_MEMBERS.contains(token.text)) {
                    return Optional.of(new Finding(token.line, "'" + token.text + "' is not allowed in rules"
                            + (token.is("random") ? " (unseeded randomness; runs must be reproducible)"
                            : " (reflection, class loading, processes or the engine itself)")));
                }
                continue;
            }
            if (token.is("org")) {
                int after = skipAllowedQualifiedName(tokens, i);
                if (after > i) {
                    i = after;
                    continue;
                }
            }
            if (FORBIDDEN_NAMES.contains(token.text)) {
                return Optional.of(new Finding(token.line, "'" + token.text + "' is not allowed in rules"
                        + (token.is("drools") || token.is("kcontext") ? " (it gives access to the rule engine itself)"
                        : " (only the facts, the action API, java.lang.Math and plain Java expressions)")));
            }
            if (Character.isUpperCase(token.text.charAt(0)) && !ALLOWED_TYPES.contains(token.text)
                    && !declared.contains(token.text)) {
                return Optional.of(new Finding(token.line, "'" + token.text + "' is not allowed in rules: they may use "
                        + "only the facts, the action API, java.lang.Math and plain Java expressions"));
            }
        }
        return Optional.empty();
    }

    /** Names of the fact types the file declares itself ({@code declare Name ... end}). */
    private static Set<String> declaredTypes(List<Token> tokens) {
        java.util.HashSet<String> names = new java.util.HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            boolean statementStart = i == 0 || tokens.get(i - 1).line < tokens.get(i).line || tokens.get(i - 1).is(";");
            if (statementStart && tokens.get(i).is("declare")) {
                int name = tokens.get(i + 1).is("trait") ? i + 2 : i + 1;
                if (name < tokens.size() && tokens.get(name).kind == Kind.NAME && !FORBIDDEN_NAMES.contains(tokens.get(name).text)
                        && !tokens.get(name).is("trait") && !isJavaLangClass(tokens.get(name).text)) {
                    // A declared "System" would be a lookalike for java.lang.System: not a name of its own.
                    names.add(tokens.get(name).text);
                }
            }
        }
        return names;
    }

    private static boolean isJavaLangClass(String name) {
        try {
            Class.forName("java.lang." + name, false, RuleCodeScanner.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError notInJavaLang) {
            return false;
        }
    }

    /** Index of the token after an allowed {@code org.orgsim...} name starting at {@code i}, or {@code i}. */
    private static int skipAllowedQualifiedName(List<Token> tokens, int i) {
        StringBuilder name = new StringBuilder();
        int j = i;
        while (j < tokens.size() && tokens.get(j).kind == Kind.NAME) {
            name.append(tokens.get(j).text);
            if (allowedClass(name.toString())) {
                return j;
            }
            if (j + 1 < tokens.size() && tokens.get(j + 1).is(".")) {
                name.append('.');
                j += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean allowedClass(String qualified) {
        if (qualified.equals(ACTIONS_CLASS)) {
            return true;
        }
        return qualified.startsWith(FACTS_PACKAGE + ".") && FACT_TYPES.contains(qualified.substring(FACTS_PACKAGE.length() + 1));
    }

    private static Optional<String> checkImport(String modifier, String target) {
        if (modifier.equals("static")) {
            return target.equals("java.lang.Math.*") || target.startsWith("java.lang.Math.") && !target.endsWith(".random")
                    ? Optional.empty() : Optional.of("import static " + target + ": only java.lang.Math may be imported statically");
        }
        if (!modifier.isEmpty()) {
            return Optional.of("import " + modifier + " " + target + ": rules may not import functions or accumulate functions");
        }
        if (allowedClass(target) || target.equals(FACTS_PACKAGE + ".*")) {
            return Optional.empty();
        }
        int dot = target.lastIndexOf('.');
        if (dot > 0 && ALLOWED_IMPORT_PACKAGES.contains(target.substring(0, dot))
                && ALLOWED_TYPES.contains(target.substring(dot + 1))) {
            return Optional.empty();
        }
        return Optional.of("import " + target + ": rules may import only the facts (" + FACTS_PACKAGE + ".*), "
                + ACTIONS_CLASS + ", java.lang.Math and java.util collections");
    }

    /** Index after a name {@code a.b.c} (or {@code a.b.*}) starting at {@code from}. */
    private static int endOfQualifiedName(List<Token> tokens, int from) {
        int j = from;
        while (j < tokens.size() && (tokens.get(j).kind == Kind.NAME || tokens.get(j).is("*"))) {
            if (j + 1 < tokens.size() && tokens.get(j + 1).is(".") && !tokens.get(j).is("*")) {
                j += 2;
            } else {
                return j + 1;
            }
        }
        return j;
    }

    private static String joined(List<Token> tokens, int from, int end) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k < end && k < tokens.size(); k++) {
            text.append(tokens.get(k).text);
        }
        return text.toString();
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int k = 0; k < index; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    private enum Kind { NAME, SYMBOL, LITERAL, BAD }

    private record Token(Kind kind, String text, int line) {
        boolean is(String value) {
            return text.equals(value);
        }
    }

    /** Names, symbols and literals; strings and comments are dropped; a character outside ASCII in code ends the list with a BAD token. */
    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                int stop = close < 0 ? n : close + 2;
                for (int k = i; k < stop; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                    }
                }
                i = stop;
            } else if (c == '"' || c == '\'') {
                // A literal ends at its closing quote or, unterminated, at the end of the line: what
                // follows is then read as code again (checked, never skipped).
                int k = i + 1;
                while (k < n && text.charAt(k) != c && text.charAt(k) != '\n') {
                    k += text.charAt(k) == '\\' && k + 1 < n && text.charAt(k + 1) != '\n' ? 2 : 1;
                }
                tokens.add(new Token(Kind.LITERAL, "\"\"", line));
                i = k < n && text.charAt(k) == c ? k + 1 : k;
            } else if (isNameStart(c)) {
                int k = i;
                while (k < n && isNamePart(text.charAt(k))) {
                    k++;
                }
                tokens.add(new Token(Kind.NAME, text.substring(i, k), line));
                i = k;
            } else if (c >= '0' && c <= '9') {
                int k = i;
                // A dot belongs to the number only before a digit: "1.getClass()" must show its member.
                while (k < n && (isNamePart(text.charAt(k))
                        || (text.charAt(k) == '.' && k + 1 < n && text.charAt(k + 1) >= '0' && text.charAt(k + 1) <= '9'))) {
                    k++;
                }
                tokens.add(new Token(Kind.LITERAL, "0", line));
                i = k;
            } else if (c > 126 || (c < 32)) {
                tokens.add(new Token(Kind.BAD, "a character outside ASCII (U+" + String.format("%04X", (int) c)
                        + ") outside a string or comment; names in rules must be plain ASCII", line));
                return tokens;
            } else if (c == ':' && i + 1 < n && text.charAt(i + 1) == ':') {
                tokens.add(new Token(Kind.SYMBOL, "::", line));
                i += 2;
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), line));
                i++;
            }
        }
        return tokens;
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }
}
