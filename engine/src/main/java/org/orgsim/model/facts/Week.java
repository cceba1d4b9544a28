package org.orgsim.model.facts;

/** The current week, as a fact: {@code Week( number == 26 )}. */
public final class Week {
    private final int number;

    public Week(int number) {
        this.number = number;
    }

    public int getNumber() {
        return number;
    }

    @Override
    public String toString() {
        return "Week(" + number + ")";
    }
}
