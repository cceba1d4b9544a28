package org.orgsim.model.facts;

/**
 * An open position at a career review, to be filled by promotion from the level directly below.
 * A rule fills it by calling {@code actions.appoint(candidateId, vacancyId)} with a {@link Candidate}
 * of the same {@link #getLevel() level}; the engine then removes the vacancy and the appointed
 * candidate from the facts at once, so the next firing sees what is still open.
 */
public final class Vacancy {
    private final String id;
    private final String level;
    private final int rank;
    private final double weight;
    private final String team;
    private final double lottery;

    public Vacancy(String id, String level, int rank, double weight, String team, double lottery) {
        this.id = id;
        this.level = level;
        this.rank = rank;
        this.weight = weight;
        this.team = team;
        this.lottery = lottery;
    }

    /** The position's id, e.g. {@code level:manager/3} or {@code team:alpha/lead}. */
    public String getId() {
        return id;
    }

    /** The name of the level the position is in. */
    public String getLevel() {
        return level;
    }

    /** The level's rank, 0 being the top. */
    public int getRank() {
        return rank;
    }

    /** The responsibility weight of the level (as in {@code bench_strength}). */
    public double getWeight() {
        return weight;
    }

    /** For a team lead's seat, the team's name; {@code ""} otherwise. */
    public String getTeam() {
        return team;
    }

    /**
     * A number drawn uniformly from [0, 1) by the engine for this vacancy, from a seeded stream: a
     * policy that needs chance ("the best with probability p") compares it with p, and stays
     * reproducible.
     */
    public double getLottery() {
        return lottery;
    }

    @Override
    public String toString() {
        return "Vacancy(" + id + ", " + level + ")";
    }
}
