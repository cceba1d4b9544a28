package org.orgsim.model;

import org.apache.commons.rng.UniformRandomProvider;
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
    /*
     * Not final for one reason: an imported organization's survey calibration shifts a
     * team's traits once, at the start of week 0 (ImportedOrganizationBuilder). Nothing else
     * changes them.
     */
    double stressTrait;
    double engagementTrait;
    double safetyTrait;
    /** Absolute week of hiring (negative for people employed before the run). */
    final int hiredWeek;

    double stress;
    double exhaustion;
    double engagement;
    double safety;

    /** Leadership skill from coaching, 0..1; raises inclusiveness and support. */
    double leadershipSkill;
    /** Identification with the current team, 0-1, and the identity a reorganization took ({@link Identity}). */
    double identification;
    double identityLoss;
    int identityLossWeek;
    int coachingWeeksLeft;
    /** Weeks of granted recovery leave left (not sickness: not counted as sick leave). */
    int recoveryLeaveWeeksLeft;
    int sickDaysLeft;
    int burnoutLeaveWeeksLeft;
    /** Workdays absent in the current week, 0..5 (sickness or leave). */
    double absentDays;
    /** Of those, the days absent through sickness (not granted recovery leave). */
    double sickDays;
    boolean employed = true;
    // Careers (TeamCareers): unused without careers.
    /** Absolute week of birth (fractional), NaN until the person's age is first needed. */
    double birthWeek = Double.NaN;
    /** Absolute week the person entered their current career level; MIN_VALUE: since hiring. */
    int levelSinceWeek = Integer.MIN_VALUE;

    final UniformRandomProvider wellbeingRandom;
    final UniformRandomProvider sicknessRandom;
    final UniformRandomProvider attritionRandom;

    Person(String id, Role role, double fte, double competence, double stressTrait, double engagementTrait,
           double safetyTrait, int hiredWeek, RandomStreams streams, long entityKey) {
        this.id = id;
        this.role = role;
        this.fte = fte;
        this.competence = competence;
        this.stressTrait = stressTrait;
        this.engagementTrait = engagementTrait;
        this.safetyTrait = safetyTrait;
        this.hiredWeek = hiredWeek;
        this.wellbeingRandom = streams.stream(StreamPurpose.WELLBEING, entityKey);
        this.sicknessRandom = streams.stream(StreamPurpose.SICKNESS, entityKey);
        this.attritionRandom = streams.stream(StreamPurpose.ATTRITION, entityKey);
    }

    int tenureWeeks(int week) {
        return Math.max(0, week - hiredWeek);
    }

    boolean onLongLeave() {
        return burnoutLeaveWeeksLeft > 0 || recoveryLeaveWeeksLeft > 0;
    }

    boolean hasBurnoutComplaints() {
        return exhaustion >= Metric.BURNOUT_COMPLAINT_THRESHOLD;
    }

    /** Share of this week's scheduled time the person is at work. */
    double presence() {
        return 1.0 - absentDays / 5.0;
    }
}
