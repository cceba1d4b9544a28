package org.orgsim.model.facts;

/** The whole organization as one fact: headcount and this week's organization-wide metrics. */
public final class Organization {
    private final int headcount;
    private final int teams;
    private final double burnoutRate;
    private final double stress;
    private final double engagement;
    private final double sickLeave;
    private final boolean hiringFrozen;

    public Organization(int headcount, int teams, double burnoutRate, double stress, double engagement,
                        double sickLeave, boolean hiringFrozen) {
        this.headcount = headcount;
        this.teams = teams;
        this.burnoutRate = burnoutRate;
        this.stress = stress;
        this.engagement = engagement;
        this.sickLeave = sickLeave;
        this.hiringFrozen = hiringFrozen;
    }

    public int getHeadcount() { return headcount; }
    public int getTeams() { return teams; }
    public double getBurnoutRate() { return burnoutRate; }
    public double getStress() { return stress; }
    public double getEngagement() { return engagement; }
    public double getSickLeave() { return sickLeave; }
    public boolean isHiringFrozen() { return hiringFrozen; }

    @Override
    public String toString() {
        return "Organization(" + headcount + " people in " + teams + " teams)";
    }
}
