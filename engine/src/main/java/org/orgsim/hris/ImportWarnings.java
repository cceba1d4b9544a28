package org.orgsim.hris;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the warnings of an import go: to standard error as {@code orgsim: warning: ...} unless a
 * caller redirects them for the duration of a load (a command that prints through its own writer,
 * a test that collects them). Warnings never hold a raw id or a name (see {@code docs/privacy.md}).
 */
public final class ImportWarnings {
    private static final Consumer<String> STANDARD_ERROR = message -> System.err.println("orgsim: warning: " + message);
    private static final ThreadLocal<Consumer<String>> SINK = new ThreadLocal<>();

    private ImportWarnings() {
    }

    /** Runs {@code action} (typically a scenario load) with the warnings of any import it does going to {@code sink}. */
    public static <T> T redirect(Consumer<String> sink, Supplier<T> action) {
        Consumer<String> previous = SINK.get();
        SINK.set(sink);
        try {
            return action.get();
        } finally {
            if (previous == null) {
                SINK.remove();
            } else {
                SINK.set(previous);
            }
        }
    }

    /** The sink of the current thread. */
    public static Consumer<String> current() {
        Consumer<String> sink = SINK.get();
        return sink == null ? STANDARD_ERROR : sink;
    }
}
