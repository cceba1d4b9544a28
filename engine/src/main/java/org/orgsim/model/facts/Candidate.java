package org.orgsim.model.facts;

/**
 * A person who can be promoted into the vacancies of a level at a career review: everybody who
 * holds a position in the level directly below (in an organization of teams, for the team-lead
 * level: every team member). One fact per person and level; {@link #getLevel()} is the level of the
 * vacancies, {@link #getFromLevel()} the person's own.
 */
public final class Candidate {
    private final String personId;
    private final String level;
    private final String fromLevel;
    private final double competence;
    private final double age;
    private final int tenureWeeks;
    private final int weeksInLevel;
    private final String team;
    private final boolean onLeave;
    private final double lottery;

    public Candidate(String personId, String level, String fromLevel, double competence, double age, int tenureWeeks,
                     int weeksInLevel, String team, boolean onLeave, double lottery) {
        this.personId = personId;
        this.level = level;
        this.fromLevel = fromLevel;
        this.competence = competence;
        this.age = age;
        this.tenureWeeks = tenureWeeks;
        this.weeksInLevel = weeksInLevel;
        this.team = team;
        this.onLeave = onLeave;
        this.lottery = lottery;
    }

    /** The pseudonymous id, the first argument of {@code actions.appoint}. */
    public String getPersonId() {
        return personId;
    }

    /** The level of the vacancies this person is a candidate for (one above their own). */
    public String getLevel() {
        return level;
    }

    /** The level the person is in now. */
    public String getFromLevel() {
        return fromLevel;
    }

    /** Competence in the current job, on the scenario's competence scale. */
    public double getCompetence() {
        return competence;
    }

    /** Age in years. */
    public double getAge() {
        return age;
    }

    /** Weeks since the person was hired (seniority). */
    public int getTenureWeeks() {
        return tenureWeeks;
    }

    /** Weeks since the person entered their current level (counted from week 0 for the initial staff). */
    public int getWeeksInLevel() {
        return weeksInLevel;
    }

    /** The person's team in an organization of teams; {@code ""} otherwise (managers, levels). */
    public String getTeam() {
        return team;
    }

    /** On burnout or recovery leave, or absent all week (organization of teams only; false otherwise). */
    public boolean isOnLeave() {
        return onLeave;
    }

    /**
     * A number drawn uniformly from [0, 1) by the engine for this candidate at this review, from a
     * seeded stream: "promote at random" promotes the candidate with the smallest lottery number,
     * and stays reproducible; other policies use it to break ties.
     */
    public double getLottery() {
        return lottery;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Candidate(%s for %s, competence %.2f, age %.1f)", personId,
                level, competence, age);
    }
}
