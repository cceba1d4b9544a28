package org.orgsim.model;

/**
 * A decision an item waits for. It may pass through several deciders (a lead, then a manager)
 * when it exceeds a decider's authority; latency counts from the first request to the final answer.
 */
final class DecisionRequest {
    final WorkItem item;
    /** The team whose item waits, for the team's own latency figure. */
    Team team;
    final double requestedAt;
    /** Earliest time the current decider can take it up (weeks). */
    double availableAt;
    /** How many more levels up it must go after the current decider. */
    int escalationsLeft;

    DecisionRequest(WorkItem item, Team team, double requestedAt, int escalationsLeft) {
        this.item = item;
        this.team = team;
        this.requestedAt = requestedAt;
        this.availableAt = requestedAt;
        this.escalationsLeft = escalationsLeft;
    }
}
