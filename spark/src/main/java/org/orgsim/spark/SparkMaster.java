package org.orgsim.spark;

import java.util.regex.Pattern;
import org.orgsim.contract.InputException;

/**
 * Checks a Spark master address before anything starts, so that a typo is one clear message (exit 2)
 * and not a stack trace from inside Spark after the experiment began.
 */
final class SparkMaster {
    /** {@code local}, {@code local[N]}, {@code local[*]}, {@code local[N,F]}, {@code local[*,F]}. */
    private static final Pattern LOCAL = Pattern.compile("local(\\[([1-9][0-9]*|\\*)(,[1-9][0-9]*)?\\])?");
    /** {@code spark://host:port}, or several for a standby master: {@code spark://h1:p1,h2:p2}. */
    private static final Pattern STANDALONE =
            Pattern.compile("spark://[A-Za-z0-9._\\-]+:[0-9]{1,5}(,[A-Za-z0-9._\\-]+:[0-9]{1,5})*");
    /** {@code k8s://https://host:port} (or http). */
    private static final Pattern KUBERNETES = Pattern.compile("k8s://(https?://)?[A-Za-z0-9._\\-]+(:[0-9]{1,5})?");

    private SparkMaster() {
    }

    /** Returns {@code master} when Spark would accept it, else fails naming the forms it takes. */
    static String check(String master) {
        String trimmed = master == null ? "" : master.strip();
        if (LOCAL.matcher(trimmed).matches() || STANDALONE.matcher(trimmed).matches()
                || KUBERNETES.matcher(trimmed).matches() || trimmed.equals("yarn")) {
            return trimmed;
        }
        throw new InputException("--spark: '" + master + "' is not a Spark master; use local[*] (in this process, "
                + "all cores), local[N], spark://HOST:PORT (a standalone cluster), yarn or k8s://https://HOST:PORT");
    }

    /** Whether the master runs everything in this process. */
    static boolean isLocal(String master) {
        return LOCAL.matcher(master).matches();
    }
}
