package org.orgsim.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.orgsim.results.ResultsDirectory;

/**
 * The weeks in which interventions fired, as the charts mark them and the text lists them. One
 * place, so that the vertical lines in the charts and the weeks named beside them always agree.
 */
final class MarkerWeeks {
    private MarkerWeeks() {
    }

    /** Every week in which some intervention fired, with the variants in which it did. */
    static SortedMap<Integer, Set<String>> byWeek(ResultsDirectory data) {
        SortedMap<Integer, Set<String>> weeks = new TreeMap<>();
        for (ResultsDirectory.Event event : data.events()) {
            weeks.computeIfAbsent(event.week(), week -> new LinkedHashSet<>()).add(event.variant());
        }
        return weeks;
    }

    /** The sorted set of marker weeks, for the charts. */
    static SortedSet<Integer> weeks(ResultsDirectory data) {
        return new TreeSet<>(byWeek(data).keySet());
    }

    /** Weeks as ranges, e.g. {@code 3–5, 9, 12}. */
    static String ranges(Set<Integer> weeks) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer previous = null;
        for (int week : new TreeSet<>(weeks)) {
            if (previous != null && week == previous + 1) {
                previous = week;
                continue;
            }
            if (start != null) {
                parts.add(start.equals(previous) ? start.toString() : start + "–" + previous);
            }
            start = week;
            previous = week;
        }
        if (start != null) {
            parts.add(start.equals(previous) ? start.toString() : start + "–" + previous);
        }
        return String.join(", ", parts);
    }
}
