package org.orgsim.model.facts;

/**
 * A career review, as a fact: inserted with the {@link Vacancy} and {@link Candidate} facts of each
 * level whose vacancies are being filled, {@code Review( number == 1 )} being the first review.
 */
public final class Review {
    private final int number;
    private final int week;

    public Review(int number, int week) {
        this.number = number;
        this.week = week;
    }

    /** 1 for the first review, 2 for the second, ... */
    public int getNumber() {
        return number;
    }

    /** The week of the review (the number times the review interval). */
    public int getWeek() {
        return week;
    }

    @Override
    public String toString() {
        return "Review(" + number + ", week " + week + ")";
    }
}
