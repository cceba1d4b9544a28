package org.orgsim.calibration;

import static org.orgsim.calibration.EffectFigures.cohensD;
import static org.orgsim.calibration.EffectFigures.difference;
import static org.orgsim.calibration.EffectFigures.ratio;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.orgsim.contract.Metric;
import org.orgsim.model.facts.Person;

/**
 * The stylized facts of the effects calibration (issue 14): for each, the scenario under
 * {@code scenarios/effects/} that shows it, how the model's value is computed, the band the
 * literature allows, and the source. {@code docs/calibration.md} ("Effects") explains every band
 * and where it differs from the first proposal. Windows are recorded weeks; an intervention
 * happens in week 26, so "month 6" is weeks 50-53 and "month 24" weeks 128-131.
 */
public enum EffectCheck {
    LAYOFF_LARGE_SICKNESS("1a", "layoff", "lay off 25% of members: survivors' sick_leave, months 3-24, x baseline",
            Unit.RATIO, 1.3, 2.2, "Kivimaki et al. 2000; Vahtera et al. 2004",
            runs -> ratio(runs.get("lay-off-two-of-eight"), runs.get("baseline"), Metric.SICK_LEAVE, 39, 130)),
    LAYOFF_SMALL_SICKNESS("1b", "layoff", "lay off 12.5% of members: survivors' sick_leave, months 3-24, x baseline",
            Unit.RATIO, 1.0, 1.3, "Kivimaki et al. 2000 (minor downsizing)",
            runs -> ratio(runs.get("lay-off-one-of-eight"), runs.get("baseline"), Metric.SICK_LEAVE, 39, 130)),
    LAYOFF_LARGE_QUITS("2a", "layoff", "lay off 25%: voluntary quits per head, next 12 months, x baseline",
            Unit.RATIO, 1.1, 1.4, "Trevor & Nyberg 2008",
            runs -> EffectFigures.quitsPerHead(runs.get("lay-off-two-of-eight"), runs.get("baseline"), 27, 78)),
    LAYOFF_SMALL_QUITS("2b", "layoff", "lay off 12.5%: voluntary quits per head, next 12 months, x baseline",
            Unit.RATIO, 1.0, 1.4, "Trevor & Nyberg 2008",
            runs -> EffectFigures.quitsPerHead(runs.get("lay-off-one-of-eight"), runs.get("baseline"), 27, 78)),
    MERGE_BURNOUT_6("3a", "merge", "merge teams in pairs: burnout_rate at month 6, x baseline",
            Unit.RATIO, 1.1, 1.6, "de Jong et al. 2016; Shoman et al. 2022",
            runs -> ratio(runs.get("merge-pairs"), runs.get("baseline"), Metric.BURNOUT_RATE, 50, 53)),
    MERGE_BURNOUT_24("3b", "merge", "merge teams in pairs: burnout_rate at month 24, x baseline",
            Unit.RATIO, 0, 1.25, "de Jong et al. 2016 (effects weaken with follow-up)",
            runs -> ratio(runs.get("merge-pairs"), runs.get("baseline"), Metric.BURNOUT_RATE, 128, 131)),
    MERGE_ENGAGEMENT("3c", "merge", "merge teams in pairs: engagement d at month 12",
            Unit.EFFECT_SIZE, -0.3, 0.3, "Lim 2014; de Jong et al. 2016",
            runs -> cohensD(runs.get("merge-pairs"), runs.get("baseline"), 76, 79, person -> true, Person::getEngagement)),
    EXHAUSTION_TAIL("4a", "steady-state", "steady state: share of staff with exhaustion above 0.9",
            Unit.SHARE, 0, 0.05, "burnout measurement (MBI/UBOS norms: severe cases a few %)",
            runs -> EffectFigures.shareAbove(runs.get("baseline"), 0, 130, 0.9)),
    EXHAUSTION_MODES("4b", "steady-state", "steady state: modes of the exhaustion distribution (10 bins)",
            Unit.COUNT, 1, 1, "burnout measurement (unimodal, right-skewed scores)",
            runs -> EffectFigures.modes(EffectFigures.exhaustionHistogram(runs.get("baseline"), 0, 130, 10))),
    BURNOUT_LEAVE_LENGTH("5", "steady-state", "burnout leave: mean duration",
            Unit.WEEKS, 27, 40, "ArboNed; 365 arbo (burnout absence 190-280 calendar days)",
            runs -> EffectFigures.meanBurnoutLeaveWeeks(runs.get("baseline"))),
    WIP_LOOSE_THROUGHPUT("6a", "wip-cap", "WIP cap at 2x mean WIP: throughput, x baseline",
            Unit.RATIO, 0.97, 1.03, "Little 1961; kanban field studies",
            runs -> ratio(runs.get("wip-cap-16"), runs.get("baseline"), Metric.THROUGHPUT, 30, 130)),
    WIP_LOOSE_CYCLE("6b", "wip-cap", "WIP cap at 2x mean WIP: cycle_time, x baseline (not up)",
            Unit.RATIO, 0, 1.02, "Little 1961",
            runs -> ratio(runs.get("wip-cap-16"), runs.get("baseline"), Metric.CYCLE_TIME, 30, 130)),
    WIP_TIGHT_CYCLE("6c", "wip-cap", "binding WIP cap: cycle_time, x baseline (down)",
            Unit.RATIO, 0, 0.99, "Little 1961; Anderson 2010",
            runs -> ratio(runs.get("wip-cap-4"), runs.get("baseline"), Metric.CYCLE_TIME, 30, 130)),
    WIP_TIGHT_THROUGHPUT("6d", "wip-cap", "binding WIP cap: throughput, x baseline (down at most 10%)",
            Unit.RATIO, 0.90, 1.03, "kanban field studies (ESEM 2018)",
            runs -> ratio(runs.get("wip-cap-4"), runs.get("baseline"), Metric.THROUGHPUT, 30, 130)),
    AI_OUTPUT("7a", "ai-support", "AI support, work waiting: throughput per staff-hour, x baseline",
            Unit.RATIO, 1.08, 1.20, "Brynjolfsson, Li & Raymond 2025",
            runs -> EffectFigures.throughputPerHead(runs.get("ai-support"), runs.get("baseline"), 52, 130)),
    AI_BURNOUT("7b", "ai-support", "AI support, work waiting: burnout_rate, x baseline",
            Unit.RATIO, 0.60, 1.05, "Brynjolfsson, Li & Raymond 2025 (better experience of work, retention up)",
            runs -> ratio(runs.get("ai-support"), runs.get("baseline"), Metric.BURNOUT_RATE, 52, 130)),
    SPAN_BURNOUT("8a", "span", "span 12 vs 6 under one manager: burnout_rate difference",
            Unit.POINTS, -1, 0.03, "Doran et al. 2004",
            runs -> difference(runs.get("span-12"), runs.get("span-6"), Metric.BURNOUT_RATE, 0, 52)),
    SPAN_ENGAGEMENT("8b", "span", "span 12 vs 6 under one manager: engagement d",
            Unit.EFFECT_SIZE, -0.2, 10, "Doran et al. 2004",
            runs -> cohensD(runs.get("span-12"), runs.get("span-6"), 0, 52, person -> true, Person::getEngagement)),
    SPAN_LATENCY("8c", "span", "span 20: share of runs with mean decision_latency above 10 days",
            Unit.SHARE, 0, 0.05, "span statistics (docs/calibration.md)",
            runs -> EffectFigures.shareOfRunsAbove(runs.get("span-20"), Metric.DECISION_LATENCY, 0, 52, 10)),
    COACHING_REPORTS_ENGAGEMENT("9a", "coaching", "coaching every lead: reports' engagement d, months 6-12",
            Unit.EFFECT_SIZE, 0.05, 0.3, "Lacerenza et al. 2017; Theeboom et al. 2014",
            runs -> cohensD(runs.get("coach-every-lead"), runs.get("baseline"), 52, 78, EffectCheck::member, Person::getEngagement)),
    COACHING_REPORTS_SAFETY("9b", "coaching", "coaching every lead: reports' psych_safety d, months 6-12",
            Unit.EFFECT_SIZE, 0.05, 0.3, "Lacerenza et al. 2017",
            runs -> cohensD(runs.get("coach-every-lead"), runs.get("baseline"), 52, 78, EffectCheck::member, Person::getPsychSafety)),
    COACHING_LEADS("9c", "coaching", "coaching: coached leads' own wellbeing (lower stress) d, end of program",
            Unit.EFFECT_SIZE, 0.3, 0.6, "Theeboom et al. 2014 (well-being g = 0.46)",
            runs -> -cohensD(runs.get("coach-every-lead"), runs.get("baseline"), 42, 52, EffectCheck::lead, Person::getStress)),
    COACHING_COST("9d", "coaching", "coaching: cost during the program, x baseline (it costs money)",
            Unit.RATIO, 1.001, 10, "coaching fees (see docs/model.md)",
            runs -> ratio(runs.get("coach-every-lead"), runs.get("baseline"), Metric.COST, 27, 41)),
    FAMILIARITY_REWORK("10", "familiarity", "familiarity x1.5: rework_rate, x baseline",
            Unit.RATIO, 0.75, 0.85, "Huckman & Staats 2013",
            runs -> ratio(runs.get("formed-14-weeks-ago"), runs.get("formed-8-weeks-ago"), Metric.REWORK_RATE, 0, 3)),
    DEMAND_SETTLES("H1", "demand", "+10% demand for good: burnout effect in year 2 minus year 1",
            Unit.POINTS, -0.015, 0.015, "settles within about a year",
            runs -> difference(runs.get("demand-plus-10"), runs.get("baseline"), Metric.BURNOUT_RATE, 126, 129)
                    - difference(runs.get("demand-plus-10"), runs.get("baseline"), Metric.BURNOUT_RATE, 74, 77)),
    RECOVERY_FADES("H2", "recovery-leave", "4 weeks' recovery leave: burnout_rate difference 12 weeks after return",
            Unit.POINTS, -0.02, 0.02, "de Bloom et al. 2009, 2010 (fade-out within weeks)",
            runs -> difference(runs.get("recovery-leave"), runs.get("baseline"), Metric.BURNOUT_RATE, 43, 46)),
    SHARED_LEADERSHIP("H3", "shared-leadership", "shared leadership: burnout_rate difference at month 12",
            Unit.POINTS, -0.03, 0.03, "Wang, Waldman & Zhang 2014 (modest effects)",
            runs -> difference(runs.get("shared-leadership"), runs.get("baseline"), Metric.BURNOUT_RATE, 74, 77)),
    NO_DRIFT_BURNOUT("H4", "no-drift", "unchanged for 10 years: burnout_rate year 10 minus year 1",
            Unit.POINTS, -0.02, 0.02, "stationarity",
            runs -> EffectFigures.mean(runs.get("baseline"), Metric.BURNOUT_RATE, 468, 519)
                    - EffectFigures.mean(runs.get("baseline"), Metric.BURNOUT_RATE, 0, 51)),
    NO_DRIFT_SICKNESS("H5", "no-drift", "unchanged for 10 years: sick_leave year 10 minus year 1",
            Unit.POINTS, -0.005, 0.005, "stationarity",
            runs -> EffectFigures.mean(runs.get("baseline"), Metric.SICK_LEAVE, 468, 519)
                    - EffectFigures.mean(runs.get("baseline"), Metric.SICK_LEAVE, 0, 51));

    /** How a value and its band are shown. */
    public enum Unit { RATIO, POINTS, SHARE, EFFECT_SIZE, WEEKS, COUNT }

    private final String id;
    private final String scenario;
    private final String label;
    private final Unit unit;
    private final double low;
    private final double high;
    private final String source;
    private final ToDoubleFunction<Map<String, List<EffectRun>>> measure;

    EffectCheck(String id, String scenario, String label, Unit unit, double low, double high, String source,
                ToDoubleFunction<Map<String, List<EffectRun>>> measure) {
        this.id = id;
        this.scenario = scenario;
        this.label = label;
        this.unit = unit;
        this.low = low;
        this.high = high;
        this.source = source;
        this.measure = measure;
    }

    public String id() { return id; }
    /** The scenario's file name under {@code scenarios/effects/}, without {@code .yaml}. */
    public String scenario() { return scenario; }
    public String label() { return label; }
    public Unit unit() { return unit; }
    public double low() { return low; }
    public double high() { return high; }
    public String source() { return source; }

    public boolean accepts(double value) {
        return !Double.isNaN(value) && value >= low && value <= high;
    }

    double measure(Map<String, List<EffectRun>> runs) {
        return measure.applyAsDouble(runs);
    }

    /** Value as shown in the table. */
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return switch (unit) {
            case RATIO -> String.format(Locale.ROOT, "x%.2f", value);
            case POINTS -> String.format(Locale.ROOT, "%+.1f pt", 100 * value);
            case SHARE -> String.format(Locale.ROOT, "%.1f%%", 100 * value);
            case EFFECT_SIZE -> String.format(Locale.ROOT, "%+.2f", value);
            case WEEKS -> String.format(Locale.ROOT, "%.1f wk", value);
            case COUNT -> String.format(Locale.ROOT, "%.0f", value);
        };
    }

    /** The band as shown in the table. */
    public String band() {
        boolean open = low <= -1 || low == 0 && unit == Unit.RATIO;
        if (open) {
            return "<= " + format(high);
        }
        if (high >= 10) {
            return unit == Unit.RATIO && low > 1 && low < 1.01 ? "> x1.00" : ">= " + format(low);
        }
        return low == high ? format(low) : format(low) + " to " + format(high);
    }

    private static boolean member(Person person) {
        return person.getRole().equals("member");
    }

    private static boolean lead(Person person) {
        return person.getRole().equals("lead");
    }
}
