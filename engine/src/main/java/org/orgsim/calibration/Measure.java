package org.orgsim.calibration;

import java.util.function.ToDoubleFunction;
import org.orgsim.model.Diagnostics;
import org.orgsim.contract.Metric;

/**
 * What calibration compares with published statistics: one row each, computed from the pooled
 * {@link Diagnostics} of the 52 weeks after the warm-up. The definitions are in
 * {@code docs/calibration.md}; the short ones are repeated here.
 */
public enum Measure {
    /** Mean weekly {@code sick_leave}: days absent through sick spells and burnout leave / scheduled days. */
    SICK_LEAVE("sick_leave", "sickness absence (share of workdays lost)", Unit.PERCENT,
            d -> d.metricMean(Metric.SICK_LEAVE)),
    /** Burnout-leave days plus the stress-attributable part (1 - 1/m) of ordinary spell days, over all sick days. */
    STRESS_SHARE_OF_SICK_DAYS("stress_share_of_sick_days", "share of sick days from stress and burnout",
            Unit.PERCENT, Diagnostics::stressShareOfSickDays),
    /** Long burnout leaves started per 100 staff per year. */
    BURNOUT_LEAVES("burnout_leaves_per_100", "long burnout leaves per 100 staff per year", Unit.NUMBER,
            Diagnostics::burnoutLeavesPer100PerYear),
    /** Mean weekly {@code burnout_rate}: share of staff with exhaustion at or above the fixed threshold. */
    BURNOUT_RATE("burnout_rate", "burnout complaints (share of staff)", Unit.PERCENT,
            d -> d.metricMean(Metric.BURNOUT_RATE)),
    /** Mean weekly {@code engaged_share}: share of staff with engagement at or above the fixed threshold. */
    ENGAGED_SHARE("engaged_share", "engaged (share of staff)", Unit.PERCENT,
            d -> d.metricMean(Metric.ENGAGED_SHARE)),
    /** Voluntary quits over 52 weeks / mean headcount (layoffs and abolished positions not counted). */
    ATTRITION("attrition", "voluntary attrition over 52 weeks", Unit.PERCENT, Diagnostics::voluntaryAttrition),
    /** Quits per person-week at risk, tenure under two years over two years or more. */
    QUIT_HAZARD_RATIO_TENURE("quit_hazard_ratio_tenure", "quit hazard, tenure < 2 years vs >= 2 years",
            Unit.RATIO, Diagnostics::quitHazardRatioTenure),
    /** Quits per person-week at risk, with burnout complaints over without. */
    QUIT_HAZARD_RATIO_BURNOUT("quit_hazard_ratio_burnout", "quit hazard, burned-out vs others", Unit.RATIO,
            Diagnostics::quitHazardRatioBurnout),
    /** Mean weekly {@code coordination_share}: coordination hours / hours at work. */
    COORDINATION_SHARE("coordination_share", "time spent coordinating (meetings, mail, chat, alignment)",
            Unit.PERCENT, d -> d.metricMean(Metric.COORDINATION_SHARE)),
    /** Median direct reports of the lead and manager positions. */
    SPAN_OF_CONTROL("span_of_control", "span of control (median direct reports)", Unit.NUMBER,
            Diagnostics::medianSpan),
    /** First tenure week from which a newcomer's output is worth their employer cost. */
    RAMP_UP_BREAK_EVEN("ramp_up_break_even", "new-hire ramp-up: break-even", Unit.WEEKS,
            Diagnostics::rampUpBreakEvenWeeks),
    /** Vacancy + recruitment + ramp-up + colleagues' familiarity cost per member hire, share of annual cost. */
    REPLACEMENT_COST("replacement_cost", "replacement cost (share of annual cost)", Unit.PERCENT,
            d -> d.replacementCost().total());

    /** How a measure's values are written. */
    public enum Unit { PERCENT, RATIO, NUMBER, WEEKS }

    private final String key;
    private final String label;
    private final Unit unit;
    private final ToDoubleFunction<Diagnostics> value;

    Measure(String key, String label, Unit unit, ToDoubleFunction<Diagnostics> value) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.value = value;
    }

    /** A stable name (contract metric names where the measure is a contract metric). */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    /** The measure's value in pooled diagnostics. */
    public double of(Diagnostics diagnostics) {
        return value.applyAsDouble(diagnostics);
    }
}
