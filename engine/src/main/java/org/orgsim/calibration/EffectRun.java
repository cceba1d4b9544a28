package org.orgsim.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orgsim.model.Diagnostics;
import org.orgsim.contract.Metric;
import org.orgsim.contract.RunRecord;
import org.orgsim.model.WeekObserver;
import org.orgsim.model.facts.Person;

/**
 * What one replication of one variant of an effects scenario showed: the recorded metrics and, for
 * each recorded week, the people as rules see them (pseudonymous id, role, state). The people are
 * needed for figures the contract's metrics do not give: who quit (not who was laid off), person-level
 * spreads for effect sizes (Cohen's d), the coached leads' own wellbeing, the exhaustion distribution.
 */
final class EffectRun {
    /** Every recorded week's people (index = week). */
    final List<List<Person>> people = new ArrayList<>();
    RunRecord record;
    /** Calibration counters of a run without rules (steady-state rows only), else null. */
    Diagnostics diagnostics;

    WeekObserver observer() {
        return (facts, metrics, interventions) -> people.add(facts.people());
    }

    /** Mean of a metric over weeks from..to (inclusive). */
    double mean(Metric metric, int from, int to) {
        double sum = 0;
        for (int week = from; week <= to; week++) {
            sum += record.weekly()[week][metric.ordinal()];
        }
        return sum / (to - from + 1);
    }

    /** People who left between two consecutive recorded weeks of from..to, excluding {@code except}. */
    int leavers(int from, int to) {
        int count = 0;
        for (int week = Math.max(1, from); week <= to; week++) {
            Map<String, Boolean> now = new HashMap<>();
            for (Person person : people.get(week)) {
                now.put(person.getId(), Boolean.TRUE);
            }
            for (Person person : people.get(week - 1)) {
                if (!now.containsKey(person.getId())) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Mean headcount over weeks from..to. */
    double headcount(int from, int to) {
        return mean(Metric.HEADCOUNT, from, to);
    }
}
