package org.orgsim.hris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.hris.ImportedOrganization.Team;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.contract.InputException;

/** Reporting lines become teams, leads and management levels, as docs/scenarios.md describes. */
class ReportingLinesTest {
    /*
     * director 1 (level "board")
     *   department manager 10 (level "department") -> leads 11 (team sales) and 12 (team sales: a second sales team)
     *   lead 20 of team ops, directly under the director (a ragged hierarchy)
     *   department manager 30 -> the members of team finance directly; 31 is finance's lead by role only
     *   39 and 40 report to the director with no lead (team legal)
     */
    private static final String PEOPLE = """
            employee_id,manager_id,team,role,fte,hire_date,level
            1,,board,ceo,1,2000-01-01,board
            10,1,mt,manager,1,2005-01-01,department
            11,10,sales,team lead,1,2010-01-01,
            111,11,sales,rep,1,2015-01-01,
            112,11,sales,rep,1,2016-01-01,
            113,11,sales,rep,1,2017-01-01,
            12,10,sales,team lead,1,2011-01-01,
            121,12,sales,rep,1,2018-01-01,
            122,12,sales,rep,1,2019-01-01,
            20,1,ops,lead,1,2012-01-01,
            201,20,ops,operator,1,2020-01-01,
            202,20,ops,operator,1,2021-01-01,
            30,1,mt,manager,1,2006-01-01,department
            31,30,finance,teamleider,1,2013-01-01,
            301,30,finance,clerk,1,2022-01-01,
            302,30,finance,clerk,0.5,2023-01-01,
            39,1,legal,lawyer,1,2003-01-01,
            40,1,legal,lawyer,1,2024-01-01,
            """;

    @TempDir
    Path temp;

    private ImportedOrganization organization() {
        return Imports.run(Imports.write(temp, "people.csv", PEOPLE), null, null).organization();
    }

    private static Team team(ImportedOrganization organization, String name) {
        return organization.teams().stream().filter(team -> team.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void managersFormLevelsNamedByTheLevelColumn() {
        ImportedOrganization organization = organization();
        assertEquals(List.of("board", "department"), organization.levelNames());
        assertEquals(3, organization.managers().size());
        assertEquals(Imports.pseudonym("1"), organization.managers().get(0).person().id());
        assertEquals(-1, organization.managers().get(0).parent());
        assertEquals(0, organization.managers().get(1).parent());
        assertEquals(0, organization.managers().get(2).parent());
        assertEquals(18, organization.headcount());
    }

    @Test
    void oneTeamNameWithTwoLeadsIsSplitByReportingLine() {
        ImportedOrganization organization = organization();
        assertEquals(List.of("finance", "legal", "ops", "sales/1", "sales/2"),
                organization.teams().stream().map(Team::name).toList());
        Team first = team(organization, "sales/1");
        assertEquals(Imports.pseudonym("11"), first.dataLead().id());
        assertEquals(3, first.members().size());
        assertEquals(Imports.pseudonym("12"), team(organization, "sales/2").dataLead().id());
        assertEquals(2, team(organization, "sales/2").members().size());
        int department = organization.managers().get(first.parent()).level();
        assertEquals(1, department);
    }

    @Test
    void aLeadCanReportToTheTopDirectly() {
        ImportedOrganization organization = organization();
        Team ops = team(organization, "ops");
        assertEquals(Imports.pseudonym("20"), ops.dataLead().id());
        assertEquals(0, ops.parent());
    }

    @Test
    void aLeadByRoleLeadsATeamWhoseMembersReportToTheManager() {
        Team finance = team(organization(), "finance");
        assertEquals(Imports.pseudonym("31"), finance.dataLead().id());
        assertEquals(2, finance.members().size());
        assertEquals(1.5, finance.members().stream().mapToDouble(ImportedOrganization.Person::fte).sum(), 1e-12);
    }

    @Test
    void aTeamWithoutALeadReportsToTheManagerMostOfItsMembersReportTo() {
        ImportedOrganization organization = organization();
        Team legal = team(organization, "legal");
        assertNull(legal.dataLead());
        assertEquals(0, legal.parent());
        // Under hierarchical leadership the longest-serving member leads.
        assertEquals(Imports.pseudonym("39"), legal.hierarchicalLead().id());
        assertEquals(LeadershipStyle.HIERARCHICAL, legal.effectiveStyle());
    }

    @Test
    void tenureIsMeasuredAtTheReferenceDateAndTeamsAreAsOldAsTheirLongestTenure() {
        ImportRequest request = ImportRequest.of(Imports.write(temp, "people.csv", PEOPLE), null, null);
        request = new ImportRequest(request.people(), request.peopleName(), null, null, null, LeadershipStyle.HIERARCHICAL,
                Map.of(), request.unknownTeam(), LocalDate.of(2024, 1, 8), false);
        Imports.Outcome outcome = Imports.run(request);
        Team legal = team(outcome.organization(), "legal");
        assertEquals(1, legal.members().stream().filter(p -> p.id().equals(Imports.pseudonym("40"))).findFirst()
                .orElseThrow().tenureWeeks());
        assertEquals((int) ((LocalDate.of(2024, 1, 8).toEpochDay() - LocalDate.of(2003, 1, 1).toEpochDay()) / 7),
                legal.formedWeeksAgo());
    }

    @Test
    void theReferenceDateDefaultsToTheLatestHireDate() {
        ImportedOrganization organization = organization();
        Team legal = team(organization, "legal");
        assertEquals(0, legal.members().stream().filter(p -> p.id().equals(Imports.pseudonym("40"))).findFirst()
                .orElseThrow().tenureWeeks());
    }

    @Test
    void peopleHiredAfterTheReferenceDateAreAWarning() {
        ImportRequest request = ImportRequest.of(Imports.write(temp, "people.csv", PEOPLE), null, null);
        request = new ImportRequest(request.people(), request.peopleName(), null, null, null, LeadershipStyle.HIERARCHICAL,
                Map.of(), request.unknownTeam(), LocalDate.of(2022, 6, 1), false);
        Imports.Outcome outcome = Imports.run(request);
        assertTrue(outcome.warnings().stream().anyMatch(w -> w.endsWith(":17: 2 people are hired after the reference "
                + "date 2022-06-01; they start with no tenure (this is the first)")), outcome.warnings().toString());
    }

    @Test
    void stylesPerTeamByTheTeamColumnOrByTeamName() {
        ImportRequest base = ImportRequest.of(Imports.write(temp, "people.csv", PEOPLE), null, null);
        ImportRequest request = new ImportRequest(base.people(), base.peopleName(), null, null, null,
                LeadershipStyle.HIERARCHICAL, Map.of("sales", LeadershipStyle.HORIZONTAL, "ops", LeadershipStyle.HORIZONTAL,
                "sales/2", LeadershipStyle.HIERARCHICAL), base.unknownTeam(), null, false);
        ImportedOrganization organization = Imports.run(request).organization();
        assertEquals(LeadershipStyle.HORIZONTAL, team(organization, "sales/1").style());
        assertEquals(LeadershipStyle.HIERARCHICAL, team(organization, "sales/2").style());
        assertEquals(LeadershipStyle.HORIZONTAL, team(organization, "ops").style());
        assertEquals(LeadershipStyle.HIERARCHICAL, team(organization, "legal").style());
        assertTrue(organization.withLeadership(LeadershipStyle.HORIZONTAL).teams().stream()
                .allMatch(team -> team.style() == LeadershipStyle.HORIZONTAL));
    }

    @Test
    void aStyleForATeamThatDoesNotExist() {
        ImportRequest base = ImportRequest.of(Imports.write(temp, "people.csv", PEOPLE), null, null);
        ImportRequest request = new ImportRequest(base.people(), base.peopleName(), null, null, null,
                LeadershipStyle.HIERARCHICAL, Map.of("marketing", LeadershipStyle.HORIZONTAL), base.unknownTeam(), null, false);
        InputException problem = assertThrows(InputException.class, () -> Imports.run(request));
        assertEquals("teams.marketing names no team of the people file", problem.getMessage());
    }

    @Test
    void teamNamesCanBePseudonymized() {
        ImportRequest base = ImportRequest.of(Imports.write(temp, "people.csv", PEOPLE), null, null);
        ImportRequest request = new ImportRequest(base.people(), base.peopleName(), null, null, null,
                LeadershipStyle.HIERARCHICAL, Map.of("legal", LeadershipStyle.HORIZONTAL, "sales/2", LeadershipStyle.HORIZONTAL),
                base.unknownTeam(), null, true);
        Imports.Outcome outcome = Imports.run(request);
        List<String> names = outcome.organization().teams().stream().map(Team::name).toList();
        assertTrue(names.stream().allMatch(name -> name.matches("T[0-9a-f]{10}(/[12])?")), names.toString());
        assertTrue(names.contains(Pseudonymizer.withKey(Imports.KEY).teamName("sales") + "/2"), names.toString());
        assertTrue(outcome.warnings().stream().noneMatch(w -> w.contains("legal") || w.contains("sales")),
                outcome.warnings().toString());
        // the scenario still names teams as the export does
        Team legal = outcome.organization().teams().stream()
                .filter(team -> team.name().equals(Pseudonymizer.withKey(Imports.KEY).teamName("legal"))).findFirst()
                .orElseThrow();
        assertEquals(LeadershipStyle.HORIZONTAL, legal.style());
        String salesTwo = Pseudonymizer.withKey(Imports.KEY).teamName("sales") + "/2";
        assertEquals(LeadershipStyle.HORIZONTAL, team(outcome.organization(), salesTwo).style());
        assertEquals(LeadershipStyle.HIERARCHICAL, team(outcome.organization(),
                Pseudonymizer.withKey(Imports.KEY).teamName("sales") + "/1").style());
    }

    @Test
    void aLeadAloneIsATeamOfOneThatDecidesAlone() {
        String people = PEOPLE + "50,1,audit,lead,1,2015-01-01,\n";
        Team audit = team(Imports.run(Imports.write(temp, "people.csv", people), null, null).organization(), "audit");
        assertNull(audit.dataLead());
        assertEquals(1, audit.headcount());
        assertEquals(LeadershipStyle.HORIZONTAL, audit.effectiveStyle());
    }

    @Test
    void aLeadWhoLeadsALeaderIsAManager() {
        // 11 now has a report (113) who has a report of their own: 11 becomes a manager.
        String people = PEOPLE.replace("113,11,sales,rep,1,2017-01-01,", "113,11,sales,rep,1,2017-01-01,\n114,113,sales,rep,1,2017-02-01,");
        ImportedOrganization organization = Imports.run(Imports.write(temp, "people.csv", people), null, null).organization();
        assertEquals(3, organization.levelNames().size());
        assertTrue(organization.managers().stream().anyMatch(m -> m.person().id().equals(Imports.pseudonym("11"))));
    }
}
