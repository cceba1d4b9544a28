package org.orgsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.RunRecord;
import org.orgsim.scenario.Variant;

/**
 * "For 4 weeks" counts the warm-up's history with weeksAbove, and only weeks of the run with
 * weeksAboveSinceStart: a condition that holds all the time fires in week 1 with the first and in
 * week 4 with the second.
 */
class WarmUpHistoryTest {
    @TempDir
    Path folder;

    private int firstWeek(String condition) throws IOException {
        Path rule = folder.resolve("always.drl");
        Files.writeString(rule, "package org.orgsim.rules.mine;\nimport org.orgsim.model.facts.Team;\n"
                + "global org.orgsim.rules.Actions actions;\n"
                + "rule \"Cap when it has held for 4 weeks\"\nwhen\n    $team : Team( " + condition + " >= 4, wipLimit == 0 )\nthen\n"
                + "    actions.setWipLimit($team.getName(), 50);\nend\n");
        Variant variant = new Variant("v", "", RuleRuns.northAndSouth(), RuleRuns.shortWarmup(), List.of(rule.toString()));
        RunRecord run = VariantRuns.prepare(variant).run(RuleRuns.SEED, 0, 8);
        return run.events().stream().mapToInt(InterventionEvent::week).min().orElse(-1);
    }

    @Test
    void weeksAboveCountsTheWarmUpAndSinceStartDoesNot() throws IOException {
        assertEquals(1, firstWeek("weeksAbove(\"stress\", -1.0)"));
        assertEquals(4, firstWeek("weeksAboveSinceStart(\"stress\", -1.0)"));
        assertEquals(4, firstWeek("weeksBelowSinceStart(\"stress\", 2.0)"));
    }
}
