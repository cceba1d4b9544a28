package org.orgsim.model;

/** Counters of the current week, filled by the phases and read by the metrics phase. */
final class WeekTally {
    int itemsCompleted;
    double cycleTimeSum;
    int itemsSubmitted;
    int reworksFound;
    int decisionsTaken;
    double decisionLatencyDaysSum;
    double availableHours;
    double coordinationHours;
    double absentDays;
    double scheduledDays;
    double hiringCost;
    /** Fees of coaching programs this week (an intervention). */
    double coachingCost;
    int leavers;

    void reset() {
        itemsCompleted = 0;
        cycleTimeSum = 0;
        itemsSubmitted = 0;
        reworksFound = 0;
        decisionsTaken = 0;
        decisionLatencyDaysSum = 0;
        availableHours = 0;
        coordinationHours = 0;
        absentDays = 0;
        scheduledDays = 0;
        hiringCost = 0;
        coachingCost = 0;
        leavers = 0;
    }
}
