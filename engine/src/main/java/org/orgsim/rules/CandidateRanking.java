package org.orgsim.rules;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.orgsim.model.facts.Candidate;

/**
 * The candidates of one level at a career review in one order (most competent first, least
 * competent first, longest-serving first, or by lottery number), for the ranked appointments of
 * {@link Actions}. The candidates are sorted once, on first use (O(n log n)); each pick then moves
 * past the people appointed since (by any rule), so a whole review costs O(n log n) whatever the
 * number of vacancies. Comparing every candidate with every other in the rule network instead costs
 * O(n²) per level, which a large organization cannot afford.
 */
final class CandidateRanking {
    /** The orders a promotion policy can ask for; every order ends with the smaller lottery number. */
    enum Order {
        MOST_COMPETENT(Comparator.comparingDouble(Candidate::getCompetence).reversed()),
        LEAST_COMPETENT(Comparator.comparingDouble(Candidate::getCompetence)),
        LONGEST_SERVING(Comparator.comparingInt(Candidate::getTenureWeeks).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::getAge).reversed())),
        LOTTERY((a, b) -> 0);

        private final Comparator<Candidate> order;

        Order(Comparator<Candidate> first) {
            this.order = first.thenComparingDouble(Candidate::getLottery);
        }
    }

    private final Candidate[] ranked;
    private int next;

    CandidateRanking(List<Candidate> candidates, Order order) {
        this.ranked = candidates.toArray(Candidate[]::new);
        // A stable sort: candidates equal in every key (the same lottery number too) keep the engine's order.
        Arrays.sort(ranked, order.order);
    }

    /** The first candidate in this order who is still unappointed, or null when everybody is appointed. */
    Candidate first(Map<String, Candidate> unappointed) {
        while (next < ranked.length && unappointed.get(ranked[next].getPersonId()) != ranked[next]) {
            next++;
        }
        return next < ranked.length ? ranked[next] : null;
    }
}
