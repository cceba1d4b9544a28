package org.orgsim.model;

/**
 * The familiarity between two people, stored as the info object of a MASON network edge.
 * Decay while apart is applied lazily, when the two meet again, so that the weekly cost is
 * proportional to the ties inside teams rather than to every tie ever formed.
 */
final class Tie {
    double strength;
    int lastTogetherWeek;

    Tie(double strength, int lastTogetherWeek) {
        this.strength = strength;
        this.lastTogetherWeek = lastTogetherWeek;
    }
}
