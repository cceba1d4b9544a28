package org.orgsim.rules;

import java.util.List;
import java.util.Set;
import org.orgsim.model.facts.Candidate;

/**
 * The candidates of one level at a career review in one order (most competent first, least
 * competent first, longest-serving first, or by lottery number), for the ranked appointments of
 * {@link Actions}. The candidates go into a binary heap on first use (O(n)); each pick takes the
 * first still unappointed (by any rule), O(log n) per person passed. A review of n candidates and v
 * vacancies thus costs O(n + v log n) whatever the policy, where comparing every candidate with
 * every other in the rule network costs O(n²) per level, which a large organization cannot afford.
 */
final class CandidateRanking {
    /** The orders a promotion policy can ask for; every order ends with the smaller lottery number. */
    enum Order { MOST_COMPETENT, LEAST_COMPETENT, LONGEST_SERVING, LOTTERY }

    private final Candidate[] candidates;
    /** Sort keys, smaller first: the order's first and second key, then the lottery number. */
    private final double[] first;
    private final double[] second;
    private final double[] lottery;
    private final int[] heap;
    private int size;

    CandidateRanking(List<Candidate> all, String level, Order order) {
        int count = all.size(); // a review's candidates are all for one level; others are skipped below
        candidates = new Candidate[count];
        first = new double[count];
        second = new double[count];
        lottery = new double[count];
        heap = new int[count];
        for (Candidate candidate : all) {
            if (!candidate.getLevel().equals(level)) {
                continue;
            }
            candidates[size] = candidate;
            first[size] = switch (order) {
                case MOST_COMPETENT -> -candidate.getCompetence();
                case LEAST_COMPETENT -> candidate.getCompetence();
                case LONGEST_SERVING -> -candidate.getTenureWeeks();
                case LOTTERY -> 0;
            };
            second[size] = order == Order.LONGEST_SERVING ? -candidate.getAge() : 0;
            lottery[size] = candidate.getLottery();
            heap[size] = size;
            size++;
        }
        for (int node = size / 2 - 1; node >= 0; node--) {
            siftDown(node);
        }
    }

    /** The first candidate in this order who has not been appointed, or null when everybody has. */
    Candidate first(Set<String> appointed) {
        while (size > 0 && appointed.contains(candidates[heap[0]].getPersonId())) {
            heap[0] = heap[--size];
            siftDown(0);
        }
        return size > 0 ? candidates[heap[0]] : null;
    }

    private void siftDown(int node) {
        int at = node;
        while (true) {
            int left = 2 * at + 1;
            if (left >= size) {
                return;
            }
            int child = left + 1 < size && before(heap[left + 1], heap[left]) ? left + 1 : left;
            if (!before(heap[child], heap[at])) {
                return;
            }
            int swap = heap[at];
            heap[at] = heap[child];
            heap[child] = swap;
            at = child;
        }
    }

    /** Whether candidate a comes before candidate b; candidates equal in every key keep the engine's order. */
    private boolean before(int a, int b) {
        int order = Double.compare(first[a], first[b]);
        if (order == 0) {
            order = Double.compare(second[a], second[b]);
        }
        if (order == 0) {
            order = Double.compare(lottery[a], lottery[b]);
        }
        return order != 0 ? order < 0 : a < b;
    }
}
