package org.orgsim.model.facts;

/** A hierarchy level as rules see it: its name, rank (0 = top), positions and vacancies. */
public final class Level {
    private final String name;
    private final int rank;
    private final int positions;
    private final int vacancies;

    public Level(String name, int rank, int positions, int vacancies) {
        this.name = name;
        this.rank = rank;
        this.positions = positions;
        this.vacancies = vacancies;
    }

    public String getName() { return name; }
    public int getRank() { return rank; }
    public int getPositions() { return positions; }
    public int getVacancies() { return vacancies; }

    @Override
    public String toString() {
        return "Level(" + name + ", " + positions + " positions, " + vacancies + " vacant)";
    }
}
