package org.orgsim.model;

import java.util.List;
import org.orgsim.model.facts.Candidate;
import org.orgsim.model.facts.Review;
import org.orgsim.model.facts.Vacancy;

/**
 * What promotion rules see when the vacancies of one level are filled at a career review: the
 * review, the level's open positions and the candidates (the people of the level directly below).
 *
 * @param variant    the variant's name, for messages
 */
public record ReviewFacts(String variant, Review review, List<Vacancy> vacancies, List<Candidate> candidates) {
    public ReviewFacts {
        vacancies = List.copyOf(vacancies);
        candidates = List.copyOf(candidates);
    }
}
