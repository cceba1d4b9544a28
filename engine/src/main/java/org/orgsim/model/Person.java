package org.orgsim.model;

import org.orgsim.contract.Metric;

/**
 * A person's state inside one simulation run. Mutable by design: only phases of the model change
 * it, and nothing outside the model ever sees a Person (outputs hold aggregates only).
 */
final class Person {
    /** Pseudonymous id, stable across variants of a replication (derived from the entity name). */
    final String id;
    Role role;
    Team team;
    Position position;

    final double fte;
    /** Not final because a promotion gives competence in the new role ({@link TeamCareers}). */
    double competence;
    int coachingWeeksLeft;
    boolean employed = true;
    // Careers (TeamCareers): unused without careers.
    /** Absolute week of birth (fractional), NaN until the person's age is first needed. */
    double birthWeek = Double.NaN;
    /** Absolute week the person entered their current career level; MIN_VALUE: since hiring. */
    int levelSinceWeek = Integer.MIN_VALUE;

    /*
     * The hot state (stress, exhaustion, engagement, safety, absence, traits, identity, the
     * wellbeing, sickness and attrition generators) lives in the run's StaffState arrays at this
     * person's slot, so that the weekly passes over everybody read memory in order; the accessors
     * below are for the code that handles one person at a time.
     */
    private final StaffState state;
    /** This person's index in the StaffState arrays (their place in the staff list); -1 once they left. */
    int slot;

    Person(String id, Role role, double fte, double competence, double stressTrait, double engagementTrait,
           double safetyTrait, int hiredWeek, RandomStreams streams, long entityKey, StaffState state) {
        this.id = id;
        this.role = role;
        this.fte = fte;
        this.competence = competence;
        this.state = state;
        this.slot = state.add(this, streams, entityKey);
        state.stressTrait[slot] = stressTrait;
        state.engagementTrait[slot] = engagementTrait;
        state.safetyTrait[slot] = safetyTrait;
        state.hiredWeek[slot] = hiredWeek;
    }

    /** The arrays that hold this person's hot state (at {@link #slot}). */
    StaffState staffState() {
        return state;
    }

    double stress() {
        return state.stress[slot];
    }

    void setStress(double value) {
        state.stress[slot] = value;
    }

    double exhaustion() {
        return state.exhaustion[slot];
    }

    void setExhaustion(double value) {
        state.exhaustion[slot] = value;
    }

    double engagement() {
        return state.engagement[slot];
    }

    void setEngagement(double value) {
        state.engagement[slot] = value;
    }

    double safety() {
        return state.safety[slot];
    }

    void setSafety(double value) {
        state.safety[slot] = value;
    }

    /** Workdays absent in the current week, 0..5 (sickness or leave). */
    double absentDays() {
        return state.absentDays[slot];
    }

    /** Of those, the days absent through sickness (not granted recovery leave). */
    double sickDays() {
        return state.sickDays[slot];
    }

    /*
     * Traits are set once, except for one reason: an imported organization's survey calibration
     * shifts a team's traits once, at the start of week 0 (ImportedOrganizationBuilder), and the
     * initial staff selection redraws the traits of a seat's holder during the warm-up.
     */
    double stressTrait() {
        return state.stressTrait[slot];
    }

    void setStressTrait(double value) {
        state.stressTrait[slot] = value;
    }

    double engagementTrait() {
        return state.engagementTrait[slot];
    }

    void setEngagementTrait(double value) {
        state.engagementTrait[slot] = value;
    }

    double safetyTrait() {
        return state.safetyTrait[slot];
    }

    void setSafetyTrait(double value) {
        state.safetyTrait[slot] = value;
    }

    /** Leadership skill from coaching, 0..1; raises inclusiveness and support. */
    double leadershipSkill() {
        return state.leadershipSkill[slot];
    }

    void setLeadershipSkill(double value) {
        state.leadershipSkill[slot] = value;
    }

    /** Identification with the current team, 0-1 ({@link Identity}). */
    double identification() {
        return state.identification[slot];
    }

    void setIdentification(double value) {
        state.identification[slot] = value;
    }

    /** The identity a reorganization took, as felt in {@link #identityLossWeek()}. */
    double identityLoss() {
        return state.identityLoss[slot];
    }

    int identityLossWeek() {
        return state.identityLossWeek[slot];
    }

    void setIdentityLoss(double loss, int week) {
        state.identityLoss[slot] = loss;
        state.identityLossWeek[slot] = week;
    }

    /** Grants recovery leave from next week on: not sickness, and it ends any sick spell. */
    void grantRecoveryLeave(int weeks) {
        state.recoveryLeaveWeeksLeft[slot] = weeks;
        state.sickDaysLeft[slot] = 0;
    }

    /** Absolute week of hiring (negative for people employed before the run). */
    int hiredWeek() {
        return state.hiredWeek[slot];
    }

    int tenureWeeks(int week) {
        return Math.max(0, week - hiredWeek());
    }

    boolean onLongLeave() {
        return state.burnoutLeaveWeeksLeft[slot] > 0 || state.recoveryLeaveWeeksLeft[slot] > 0;
    }

    boolean hasBurnoutComplaints() {
        return exhaustion() >= Metric.BURNOUT_COMPLAINT_THRESHOLD;
    }

    /** Share of this week's scheduled time the person is at work. */
    double presence() {
        return 1.0 - absentDays() / 5.0;
    }
}
