package org.orgsim.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orgsim.rules.RuleRuns.describe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.contract.Metric;
import org.orgsim.results.PairedComparison;
import org.orgsim.scenario.ManagementLayer;
import org.orgsim.scenario.OrganizationSpec;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.scenario.TeamSpec;
import org.orgsim.scenario.Variant;

/**
 * The remaining actions of the API, each against the same organization without the rule (common
 * random numbers, paired by replication): the consequence goes the documented direction.
 */
class MoreInterventionsTest {
    private static final int REPLICATIONS = 12;
    private static final String HEADER = """
            package org.orgsim.rules.test;
            import org.orgsim.model.facts.Week;
            import org.orgsim.model.facts.Team;
            import org.orgsim.model.facts.Level;
            global org.orgsim.rules.Actions actions;
            """;

    @TempDir
    Path temp;

    private RuleRuns with(String name, OrganizationSpec organization, ParameterSet parameters, String then, int weeks)
            throws IOException {
        Path file = temp.resolve(name + ".drl");
        Files.writeString(file, HEADER + "rule \"" + name + "\"\nwhen\n    Week( number == 4 )\nthen\n    " + then + "\nend\n");
        return RuleRuns.run(new Variant(name, "", organization, parameters, List.of(file.toString())), REPLICATIONS, weeks);
    }

    private static RuleRuns baseline(OrganizationSpec organization, ParameterSet parameters, int weeks) {
        return RuleRuns.run(new Variant("baseline", "", organization, parameters, List.of()), REPLICATIONS, weeks);
    }

    private static void lower(String what, PairedComparison comparison) {
        assertTrue(comparison.ciHigh() < 0, what + " should be clearly lower: " + describe(comparison));
    }

    private static void higher(String what, PairedComparison comparison) {
        assertTrue(comparison.ciLow() > 0, what + " should be clearly higher: " + describe(comparison));
    }

    private static OrganizationSpec twoTeamsOf(int size) {
        return new OrganizationSpec.Teams(List.of(new TeamSpec("north", size, LeadershipStyle.HIERARCHICAL, 156),
                new TeamSpec("south", size, LeadershipStyle.HIERARCHICAL, 156)), List.of(new ManagementLayer("manager", 2)));
    }

    @Test
    void splittingATeamBreaksFamiliarityAndAddsALead() throws IOException {
        OrganizationSpec organization = twoTeamsOf(12);
        RuleRuns base = baseline(organization, RuleRuns.shortWarmup(), 16);
        RuleRuns split = with("split", organization, RuleRuns.shortWarmup(), "actions.splitTeam(\"north\", \"east\");", 16);
        lower("coordination share with smaller teams", split.versus(base, Metric.COORDINATION_SHARE, 6, 16));
        lower("decision latency with two leads instead of one", split.versus(base, Metric.DECISION_LATENCY, 6, 16));
    }

    @Test
    void hiringAddsPeopleAfterTheVacancyLag() throws IOException {
        OrganizationSpec organization = RuleRuns.northAndSouth();
        RuleRuns base = baseline(organization, RuleRuns.shortWarmup(), 30);
        RuleRuns hired = with("hire", organization, RuleRuns.shortWarmup(), "actions.hire(\"north\", 3);", 30);
        int lag = (int) ParameterSet.defaults().get(Parameter.VACANCY_WEEKS);
        higher("headcount once the vacancies are filled", hired.versus(base, Metric.HEADCOUNT, 4 + lag + 1, 30));
        higher("cost once the newcomers are paid", hired.versus(base, Metric.COST, 4 + lag + 1, 30));
    }

    @Test
    void moreDemandRaisesBacklogAndStress() throws IOException {
        OrganizationSpec organization = RuleRuns.northAndSouth();
        RuleRuns base = baseline(organization, RuleRuns.shortWarmup(), 30);
        RuleRuns busier = with("demand", organization, RuleRuns.shortWarmup(), "actions.setDemand(\"*\", 1.5);", 30);
        higher("backlog with 50% more work", busier.versus(base, Metric.BACKLOG, 10, 30));
        higher("stress with 50% more work", busier.versus(base, Metric.STRESS, 10, 30));
    }

    @Test
    void recoveryLeaveLowersExhaustionOfThoseWithComplaints() throws IOException {
        ParameterSet strained = RuleRuns.shortWarmup().with(Parameter.ARRIVALS_PER_MEMBER, 0.65);
        OrganizationSpec organization = RuleRuns.northAndSouth();
        RuleRuns base = baseline(organization, strained, 12);
        RuleRuns leave = with("leave", organization, strained, "actions.grantRecoveryLeave(\"*\", 6);", 12);
        lower("burnout complaints after recovery leave", leave.versus(base, Metric.BURNOUT_RATE, 8, 12));
    }

    @Test
    void removingAManagementLayerCutsCostButManagersLeave() throws IOException {
        OrganizationSpec organization = new OrganizationSpec.Teams(List.of(new TeamSpec("a", 6, LeadershipStyle.HIERARCHICAL, 156),
                new TeamSpec("b", 6, LeadershipStyle.HIERARCHICAL, 156), new TeamSpec("c", 6, LeadershipStyle.HIERARCHICAL, 156),
                new TeamSpec("d", 6, LeadershipStyle.HIERARCHICAL, 156)),
                List.of(new ManagementLayer("director", 2), new ManagementLayer("manager", 2)));
        RuleRuns base = baseline(organization, RuleRuns.shortWarmup(), 16);
        RuleRuns flat = with("flatten", organization, RuleRuns.shortWarmup(), "actions.removeManagementLayer(\"manager\");", 16);
        lower("cost without a management layer", flat.versus(base, Metric.COST, 5, 16));
        lower("headcount without a management layer", flat.versus(base, Metric.HEADCOUNT, 5, 16));
        lower("coordination share without a management layer", flat.versus(base, Metric.COORDINATION_SHARE, 5, 16));
    }

    @Test
    void addingAManagementLayerAddsCostOnceFilled() throws IOException {
        OrganizationSpec organization = new OrganizationSpec.Teams(List.of(new TeamSpec("a", 6, LeadershipStyle.HIERARCHICAL, 156),
                new TeamSpec("b", 6, LeadershipStyle.HIERARCHICAL, 156), new TeamSpec("c", 6, LeadershipStyle.HIERARCHICAL, 156),
                new TeamSpec("d", 6, LeadershipStyle.HIERARCHICAL, 156)), List.of(new ManagementLayer("director", 4)));
        RuleRuns base = baseline(organization, RuleRuns.shortWarmup(), 30);
        RuleRuns layered = with("layer", organization, RuleRuns.shortWarmup(), "actions.addManagementLayer(\"manager\", 2);", 30);
        int lag = (int) ParameterSet.defaults().get(Parameter.VACANCY_WEEKS);
        higher("cost once the new managers are hired", layered.versus(base, Metric.COST, 4 + lag + 1, 30));
        higher("headcount once the new managers are hired", layered.versus(base, Metric.HEADCOUNT, 4 + lag + 1, 30));
    }

    @Test
    void promotingFromWithinFillsALeadSeatAtOnce() throws IOException {
        ParameterSet leaky = RuleRuns.shortWarmup().with(Parameter.QUIT_ANNUAL_RATE, 0.4).with(Parameter.VACANCY_WEEKS, 26);
        OrganizationSpec organization = RuleRuns.northAndSouth();
        RuleRuns base = baseline(organization, leaky, 40);
        Path file = temp.resolve("promote.drl");
        Files.writeString(file, HEADER + """
                import org.orgsim.model.facts.Person;
                rule "Promote the most senior member when a lead seat is empty"
                when
                    $team : Team( leadVacant == true )
                    $person : Person( team == $team.name, role == "member", $tenure : tenureWeeks )
                    not Person( team == $team.name, role == "member", tenureWeeks > $tenure )
                then
                    actions.promote($person.getId());
                end
                """);
        RuleRuns promoted = RuleRuns.run(new Variant("promote", "", organization, leaky, List.of(file.toString())), REPLICATIONS, 40);
        assertTrue(promoted.runs.stream().anyMatch(run -> !run.events().isEmpty()), "some lead seat falls vacant");
        lower("decision latency when lead seats are filled from within at once",
                promoted.versus(base, Metric.DECISION_LATENCY, 1, 40));
    }

    @Test
    void movingAPersonGivesTheDestinationAStranger() throws IOException {
        OrganizationSpec organization = RuleRuns.northAndSouth();
        RuleRuns base = baseline(organization, RuleRuns.shortWarmup(), 8);
        Path file = temp.resolve("move.drl");
        Files.writeString(file, HEADER + """
                import org.orgsim.model.facts.Person;
                rule "Move the most junior member of north to south in week 4"
                when
                    Week( number == 4 )
                    $person : Person( team == "north", role == "member", $tenure : tenureWeeks )
                    not Person( team == "north", role == "member", tenureWeeks < $tenure )
                then
                    actions.movePerson($person.getId(), "south");
                end
                """);
        RuleRuns moved = RuleRuns.run(new Variant("move", "", organization, RuleRuns.shortWarmup(), List.of(file.toString())),
                REPLICATIONS, 8);
        lower("cohesion after a stranger joins", moved.versus(base, Metric.COHESION, 4, 8));
    }

    @Test
    void aHiringFreezeKeepsVacanciesOpen() throws IOException {
        ParameterSet leaky = RuleRuns.shortWarmup().with(Parameter.QUIT_ANNUAL_RATE, 0.3);
        OrganizationSpec organization = RuleRuns.northAndSouth();
        RuleRuns base = baseline(organization, leaky, 40);
        RuleRuns frozen = with("freeze", organization, leaky, "actions.freezeHiring(true);", 40);
        lower("headcount under a hiring freeze", frozen.versus(base, Metric.HEADCOUNT, 20, 40));
    }
}
