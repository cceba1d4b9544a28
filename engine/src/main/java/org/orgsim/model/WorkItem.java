package org.orgsim.model;

/** One unit of work in a team's backlog. */
final class WorkItem {
    /** Arrival time in weeks (fractional: items arrive during the week). */
    final double arrivalTime;
    final double effortHours;
    double remainingHours;
    /** True while a decision the item needs has not been taken. */
    boolean awaitingDecision;
    int reworks;

    WorkItem(double arrivalTime, double effortHours) {
        this.arrivalTime = arrivalTime;
        this.effortHours = effortHours;
        this.remainingHours = effortHours;
    }
}
