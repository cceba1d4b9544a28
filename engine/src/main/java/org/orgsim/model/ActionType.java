package org.orgsim.model;

/** The interventions the action API offers; {@link Interventions} gives each its consequences. */
public enum ActionType {
    MERGE_TEAMS("mergeTeams"),
    SPLIT_TEAM("splitTeam"),
    MOVE_PERSON("movePerson"),
    SET_LEADERSHIP("setLeadership"),
    ADD_MANAGEMENT_LAYER("addManagementLayer"),
    REMOVE_MANAGEMENT_LAYER("removeManagementLayer"),
    PROMOTE("promote"),
    HIRE("hire"),
    LAY_OFF("layOff"),
    FREEZE_HIRING("freezeHiring"),
    COACH_LEADERS("coachLeaders"),
    SET_DEMAND("setDemand"),
    SET_WIP_LIMIT("setWipLimit"),
    GRANT_RECOVERY_LEAVE("grantRecoveryLeave"),
    ADOPT_AI_SUPPORT("adoptAiSupport"),
    /** At a career review: a candidate takes a vacancy one level above their own (a promotion). */
    APPOINT("appoint");

    private final String methodName;

    ActionType(String methodName) {
        this.methodName = methodName;
    }

    /** The name of the action in rules and in {@code events.csv}. */
    public String methodName() {
        return methodName;
    }
}
