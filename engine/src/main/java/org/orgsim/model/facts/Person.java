package org.orgsim.model.facts;

/**
 * A person as rules see them: a pseudonymous id and their state, never a name. Immutable.
 */
public final class Person {
    private final String id;
    private final String team;
    private final String role;
    private final int tenureWeeks;
    private final double competence;
    private final double stress;
    private final double exhaustion;
    private final double engagement;
    private final double psychSafety;
    private final boolean burnoutComplaints;
    private final boolean onLeave;

    public Person(String id, String team, String role, int tenureWeeks, double competence, double stress,
                  double exhaustion, double engagement, double psychSafety, boolean burnoutComplaints, boolean onLeave) {
        this.id = id;
        this.team = team;
        this.role = role;
        this.tenureWeeks = tenureWeeks;
        this.competence = competence;
        this.stress = stress;
        this.exhaustion = exhaustion;
        this.engagement = engagement;
        this.psychSafety = psychSafety;
        this.burnoutComplaints = burnoutComplaints;
        this.onLeave = onLeave;
    }

    public String getId() { return id; }
    /** The person's team, or "" for managers. */
    public String getTeam() { return team; }
    /** "member", "lead" or "manager". */
    public String getRole() { return role; }
    public int getTenureWeeks() { return tenureWeeks; }
    public double getCompetence() { return competence; }
    public double getStress() { return stress; }
    public double getExhaustion() { return exhaustion; }
    public double getEngagement() { return engagement; }
    public double getPsychSafety() { return psychSafety; }
    public boolean isBurnoutComplaints() { return burnoutComplaints; }
    public boolean isOnLeave() { return onLeave; }

    @Override
    public String toString() {
        return "Person(" + id + ", " + role + " of " + team + ")";
    }
}
