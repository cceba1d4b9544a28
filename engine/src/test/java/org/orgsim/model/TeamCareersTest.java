package org.orgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orgsim.careers.CareerScenarios;
import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.contract.RunRecord;
import org.orgsim.rules.RuleBook;
import org.orgsim.rules.Rules;
import org.orgsim.scenario.CareersSpec;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioLoader;
import org.orgsim.scenario.Variant;

/**
 * Careers in an organization of teams: the management layers, the team leads and the members are
 * the career levels of one organization. Checked week by week on the model's own state.
 */
class TeamCareersTest {
    private static final int WEEKS = 260;

    private static Variant variant(String policy, String newRoleCompetence) {
        Scenario scenario = ScenarioLoader.parse("""
                name: teams-with-careers
                weeks: %d
                organization:
                  teams:
                    - {name: t, size: 6, count: 8}
                  management:
                    - {name: director, span: 2}
                    - {name: manager, span: 2}
                parameters:
                  simulation.warmupWeeks: 26
                careers:
                  age: {mean: 50, sd: 9, min: 20, max: 66}
                  hiringAge: {mean: 30, sd: 5, min: 20, max: 45}
                  retirementAge: 65
                  dismissalBelow: 0.2
                  weights: {director: 1.0, manager: 0.8, team lead: 0.6, member: 0.3}
                  promotion: {newRoleCompetence: %s}
                  events: each
                variants:
                  - name: v
                    rules: [%s]
                """.formatted(WEEKS, newRoleCompetence, CareerScenarios.policy(policy)), Path.of("scenarios/t.yaml"));
        return scenario.variants().get(0);
    }

    /** Runs the model week by week, checking the organization's invariants after every week. */
    private static OrgModel runChecked(Variant variant) {
        InterventionPolicy policy = Rules.openSession(RuleBook.compile(variant.rules().stream().map(Path::of).toList()),
                variant);
        OrgModel model = new OrgModel(variant, 5, 0, WEEKS, policy);
        model.start();
        int steps = (int) variant.parameters().get(org.orgsim.scenario.Parameter.WARMUP_WEEKS) + WEEKS + 1;
        for (int step = 0; step < steps; step++) {
            model.schedule.step(model);
            checkInvariants(model);
        }
        policy.close();
        return model;
    }

    private static void checkInvariants(OrgModel model) {
        Organization organization = model.organization;
        Set<Person> seen = new HashSet<>();
        for (int rank = 0; rank < organization.levels.size(); rank++) {
            for (Position position : organization.levels.get(rank)) {
                Person holder = position.holder;
                if (holder == null) {
                    continue;
                }
                assertTrue(holder.employed, "a leaver holds " + position.id + " in week " + model.week);
                assertSame(position, holder.position, "holder and position agree in week " + model.week);
                assertTrue(seen.add(holder), holder.id + " holds two seats in week " + model.week);
                boolean leadSeat = rank == organization.levels.size() - 1;
                assertEquals(leadSeat ? Role.LEAD : Role.MANAGER, holder.role, position.id + " in week " + model.week);
                if (leadSeat) {
                    assertNotNull(holder.team);
                    assertSame(position, holder.team.leadPosition);
                    assertFalse(holder.team.members.contains(holder), "a lead is not also a member");
                } else {
                    assertEquals(null, holder.team, "a manager works in no team");
                }
            }
        }
        for (Team team : organization.teams) {
            for (Person member : team.members) {
                assertEquals(Role.MEMBER, member.role);
                assertEquals(null, member.position);
                assertTrue(seen.add(member), member.id + " is in two places in week " + model.week);
            }
        }
        assertEquals(seen, new HashSet<>(organization.staff), "the staff is everybody in a seat, week " + model.week);
    }

    @Test
    void reviewsPromoteMembersIntoLeadSeatsAndLeadsIntoManagerSeats() {
        OrgModel model = runChecked(variant("best", "carry-over"));
        List<InterventionEvent> events = model.events;
        assertTrue(events.stream().allMatch(event -> event.week() % 52 == 0 && event.week() > 0),
                "careers act at reviews only");
        assertTrue(events.stream().anyMatch(event -> event.action().equals("retire")), "people retire");
        assertTrue(events.stream().anyMatch(event -> event.action().equals("appoint")
                && event.detail().startsWith("promoted from member to team lead")), "members become leads");
        assertTrue(events.stream().anyMatch(event -> event.action().equals("appoint")
                && event.detail().startsWith("promoted from team lead to manager")), "leads become managers");
        assertTrue(events.stream().filter(event -> event.action().equals("appoint"))
                .allMatch(event -> event.rule().equals("Promote the most competent candidate")));
        // With a policy and members to choose from, no management or lead seat stays open at a review.
        assertTrue(events.stream().noneMatch(event -> event.action().equals("leaveVacant")));
    }

    @Test
    void benchStrengthAndLevelCompetenceAreRecordedEveryWeek() {
        Variant variant = variant("best", "carry-over");
        RunRecord run = OrgModel.simulate(variant, 5, 0, WEEKS,
                Rules.openSession(RuleBook.compile(variant.rules().stream().map(Path::of).toList()), variant));
        SeriesLayout layout = SeriesLayout.of(variant);
        assertEquals(List.of("competence_level_director", "competence_level_manager", "competence_level_team_lead",
                "competence_level_member"), layout.extras());
        assertEquals(WEEKS + 1, run.weekly().length);
        for (double[] row : run.weekly()) {
            assertEquals(layout.columns(), row.length);
            double bench = row[Metric.BENCH_STRENGTH.ordinal()];
            assertTrue(bench > 20 && bench <= 100, "bench strength " + bench);
        }
        double[] last = run.weekly()[WEEKS];
        // Promoting the best with skills carrying over: the leads are more competent than the members.
        assertTrue(last[layout.extraColumn(2)] > last[layout.extraColumn(3)], "leads " + last[layout.extraColumn(2)]
                + " vs members " + last[layout.extraColumn(3)]);
    }

    @Test
    void theRecordedBenchStrengthIsTheContractFormula() {
        Variant variant = variant("random", "fresh");
        OrgModel model = runChecked(variant);
        CareersSpec careers = variant.careers();
        double held = 0;
        double maximum = 0;
        for (int rank = 0; rank < model.organization.levels.size(); rank++) {
            double weight = careers.weightOf(model.organization.levelNames.get(rank));
            for (Position position : model.organization.levels.get(rank)) {
                maximum += weight;
                held += position.holder == null ? 0 : weight * position.holder.competence;
            }
        }
        for (Team team : model.organization.teams) {
            maximum += 0.3 * (team.members.size() + team.memberVacancies.size());
            held += team.members.stream().mapToDouble(member -> 0.3 * member.competence).sum();
        }
        assertEquals(100 * held / maximum, model.recordedRow(WEEKS)[Metric.BENCH_STRENGTH.ordinal()], 1e-9);
    }
}
