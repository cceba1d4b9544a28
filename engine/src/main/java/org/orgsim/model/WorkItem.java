package org.orgsim.model;

/** One unit of work in a team's backlog. */
final class WorkItem {
    /** Arrival time in weeks (fractional: items arrive during the week). */
    final double arrivalTime;
    final double effortHours;
    /**
     * When the team took the item on (its commitment point, as in kanban): its arrival, unless it
     * waited upstream of a WIP limit. Cycle time runs from here.
     */
    double startedAt;
    double remainingHours;
    /** True while a decision the item needs has not been taken. */
    boolean awaitingDecision;
    int reworks;

    WorkItem(double arrivalTime, double effortHours) {
        this.arrivalTime = arrivalTime;
        this.effortHours = effortHours;
        this.remainingHours = effortHours;
        this.startedAt = arrivalTime;
    }
}
