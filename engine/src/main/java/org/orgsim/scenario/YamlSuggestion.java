package org.orgsim.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for misspelt field and parameter names. A suggestion is only made when it is
 * close enough to be a typo: a far-fetched guess misleads more than no guess.
 */
final class YamlSuggestion {
    private YamlSuggestion() {
    }

    /** The candidate closest to {@code given} by edit distance, if it plausibly is what was meant. */
    static Optional<String> closest(String given, Collection<String> candidates) {
        String typed = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(typed, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best != null && bestDistance <= Math.max(2, typed.length() / 3)) {
            return Optional.of(best);
        }
        // A name typed only in part ("work.arrivals") is a typo too, even though it is far away.
        if (typed.length() >= 3) {
            return candidates.stream().filter(candidate -> candidate.toLowerCase(Locale.ROOT).startsWith(typed))
                    .sorted().findFirst();
        }
        return Optional.empty();
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost one. */
    static int distance(String first, String second) {
        int[] previous = new int[second.length() + 1];
        int[] current = new int[second.length() + 1];
        for (int column = 0; column <= second.length(); column++) {
            previous[column] = column;
        }
        for (int row = 1; row <= first.length(); row++) {
            current[0] = row;
            for (int column = 1; column <= second.length(); column++) {
                int substitution = first.charAt(row - 1) == second.charAt(column - 1) ? 0 : 1;
                current[column] = Math.min(Math.min(current[column - 1] + 1, previous[column] + 1),
                        previous[column - 1] + substitution);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[second.length()];
    }
}
