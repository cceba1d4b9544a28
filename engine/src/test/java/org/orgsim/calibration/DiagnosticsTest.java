package org.orgsim.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orgsim.model.Diagnostics;
import org.orgsim.model.OrgModel;
import org.orgsim.contract.RunRecord;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.scenario.ManagementLayer;
import org.orgsim.scenario.OrganizationSpec;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import org.orgsim.scenario.TeamSpec;
import org.orgsim.scenario.Variant;

/**
 * The diagnostic counters behind calibration: they observe without changing anything, and each
 * derived measure behaves as its definition says when the mechanism it measures is switched off.
 */
class DiagnosticsTest {
    private static final long SEED = 31;

    private static Variant variant(ParameterSet parameters) {
        List<TeamSpec> teams = new ArrayList<>();
        for (int index = 0; index < 8; index++) {
            teams.add(new TeamSpec("t" + index, 6, LeadershipStyle.HIERARCHICAL, 260));
        }
        return new Variant("v", "", new OrganizationSpec.Teams(teams, List.of(new ManagementLayer("manager", 4))),
                parameters.with(Parameter.WARMUP_WEEKS, 26), List.of());
    }

    private static Diagnostics pooled(ParameterSet parameters, int replications) {
        List<Diagnostics> runs = new ArrayList<>();
        for (int replication = 0; replication < replications; replication++) {
            Diagnostics counters = new Diagnostics(1, 52);
            OrgModel.simulate(variant(parameters), SEED, replication, 52, counters);
            runs.add(counters);
        }
        return Diagnostics.sum(runs);
    }

    @Test
    void countingChangesNothingInTheRun() {
        Variant variant = variant(ParameterSet.defaults());
        RunRecord plain = OrgModel.simulate(variant, SEED, 3, 52);
        RunRecord counted = OrgModel.simulate(variant, SEED, 3, 52, new Diagnostics(1, 52));
        for (int week = 0; week <= 52; week++) {
            assertArrayEquals(plain.weekly()[week], counted.weekly()[week], "week " + week);
        }
    }

    @Test
    void onlyTheWindowIsCounted() {
        Diagnostics counters = new Diagnostics(1, 52);
        OrgModel.simulate(variant(ParameterSet.defaults()), SEED, 0, 60, counters);
        assertEquals(52, counters.weeksCounted());
    }

    @Test
    void withoutStressOrBurnoutLeaveNoSickDayIsStressAttributable() {
        ParameterSet parameters = ParameterSet.defaults().with(Parameter.SICK_STRESS_EFFECT, 0)
                .with(Parameter.BURNOUT_LEAVE_PER_YEAR, 0);
        Diagnostics diagnostics = pooled(parameters, 4);
        assertTrue(diagnostics.sickLeave() > 0, "there is sickness absence");
        assertEquals(0, diagnostics.stressShareOfSickDays(), 1e-12);
        assertEquals(0, diagnostics.burnoutLeavesPer100PerYear(), 1e-12);
    }

    @Test
    void withoutTenureBurnoutOrEngagementEffectsTheQuitHazardRatiosAreAboutOne() {
        ParameterSet parameters = ParameterSet.defaults().with(Parameter.QUIT_NEWCOMER_MULTIPLIER, 1)
                .with(Parameter.QUIT_BURNOUT_MULTIPLIER, 1).with(Parameter.QUIT_ENGAGEMENT_EFFECT, 0)
                .with(Parameter.QUIT_ANNUAL_RATE, 0.3);
        // About 800 quits in 40 replications: the rate's standard error is about 0.011, so the
        // tolerances are three standard errors (and the ratios', about 0.08, likewise).
        Diagnostics diagnostics = pooled(parameters, 40);
        assertEquals(1, diagnostics.quitHazardRatioTenure(), 0.25, "tenure ratio");
        assertEquals(1, diagnostics.quitHazardRatioBurnout(), 0.25, "burnout ratio");
        assertEquals(0.3, diagnostics.annualQuitRate(), 0.035, "annual quit rate as converted");
    }

    @Test
    void replacementCostPartsVanishWithTheirMechanism() {
        ParameterSet parameters = ParameterSet.defaults().with(Parameter.RECRUITMENT_COST_SHARE, 0)
                .with(Parameter.RAMP_UP_START, 1).with(Parameter.VACANCY_WEEKS, 0)
                .with(Parameter.FAMILIARITY_PRODUCTIVITY, 0).with(Parameter.COORDINATION_FAMILIARITY_RELIEF, 0);
        Diagnostics.ReplacementCost cost = pooled(parameters, 4).replacementCost();
        assertEquals(0, cost.recruitment(), 1e-12);
        assertEquals(0, cost.rampUp(), 1e-9);
        assertEquals(0, cost.vacancy(), 1e-12);
        assertEquals(0, cost.colleagues(), 1e-12);
    }

    @Test
    void aNewcomerWhoStartsFullyProductiveBreaksEvenAtOnce() {
        Diagnostics diagnostics = pooled(ParameterSet.defaults().with(Parameter.RAMP_UP_START, 1), 4);
        assertEquals(0, diagnostics.rampUpBreakEvenWeeks(), 1e-12);
    }
}
