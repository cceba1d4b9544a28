package org.orgsim.rules;

import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Drools' message for a field a fact does not have ("unable to resolve method using
 * strict-mode: org.orgsim.model.facts.Team.burnotRate()") into one plain sentence with the nearest
 * field and the list of fields, so an analyst sees what to write instead.
 */
final class FieldTypos {
    private static final Pattern UNRESOLVED =
            Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");

    private FieldTypos() {
    }

    static Optional<String> explain(String droolsMessage) {
        Matcher unresolved = UNRESOLVED.matcher(droolsMessage);
        if (!unresolved.find()) {
            return Optional.empty();
        }
        Class<?> fact;
        try {
            fact = Class.forName(unresolved.group(1), false, FieldTypos.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError unknown) {
            return Optional.empty();
        }
        String written = Introspector.decapitalize(unresolved.group(2).replaceFirst("^(get|is)(?=[A-Z])", ""));
        TreeSet<String> fields = new TreeSet<>();
        for (Method method : fact.getMethods()) {
            String name = method.getName();
            if (method.getParameterCount() == 0 && Modifier.isPublic(method.getModifiers()) && method.getDeclaringClass() == fact) {
                if (name.startsWith("get") && name.length() > 3) {
                    fields.add(Introspector.decapitalize(name.substring(3)));
                } else if (name.startsWith("is") && name.length() > 2) {
                    fields.add(Introspector.decapitalize(name.substring(2)));
                }
            }
        }
        return Optional.of(fact.getSimpleName() + " has no field '" + written + "'"
                + RuleReferences.suggestion(written, fields) + " (fields: " + String.join(", ", fields) + ")");
    }
}
