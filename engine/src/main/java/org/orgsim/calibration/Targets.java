package org.orgsim.calibration;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.orgsim.scenario.SectorPreset;

/**
 * The published figures calibration compares with, for the default organization (knowledge work,
 * hierarchical, Netherlands). A sector preset replaces the two rows it is about — sickness absence
 * and voluntary turnover — by its sector's levels; the other rows keep the national figures.
 * {@code docs/calibration.md} gives each source in full.
 */
public final class Targets {
    private static final Map<Measure, Target> NATIONAL = national();

    private Targets() {
    }

    private static Map<Measure, Target> national() {
        Map<Measure, Target> targets = new EnumMap<>(Measure.class);
        targets.put(Measure.SICK_LEAVE, new Target(0.050, 0.044, 0.056,
                "CBS sickness absence 2019-2023 (4.9% in 2021, 5.6% in 2022, 5.3% in 2023)"));
        targets.put(Measure.STRESS_SHARE_OF_SICK_DAYS, new Target(0.25, 0.18, 0.33,
                "TNO Arbobalans: about a quarter of sick days relate to psychological complaints, overstrain, burnout"));
        targets.put(Measure.BURNOUT_LEAVES, new Target(2, 1, 3,
                "long burnout absence: of order 1-3 per 100 employees a year, lasting months (order of magnitude)"));
        targets.put(Measure.BURNOUT_RATE, new Target(0.18, 0.15, 0.21,
                "TNO/CBS NEA 2018-2022: 16-20% of employees report burnout complaints"));
        targets.put(Measure.ENGAGED_SHARE, new Target(0.12, 0.09, 0.16,
                "Gallup State of the Global Workplace, Netherlands: about 10-12% engaged"));
        targets.put(Measure.ATTRITION, new Target(0.10, 0.07, 0.13,
                "CBS job mobility: of order one in ten employees leaves their employer voluntarily a year"));
        targets.put(Measure.QUIT_HAZARD_RATIO_TENURE, new Target(3, 2, 4,
                "CBS job mobility by tenure: most job changers had been employed under two years"));
        targets.put(Measure.QUIT_HAZARD_RATIO_BURNOUT, new Target(2.3, 2, 2.6,
                "burnout about doubles turnover (Swider & Zimmerman 2010; order of magnitude)"));
        targets.put(Measure.COORDINATION_SHARE, new Target(0.55, 0.45, 0.65,
                "Microsoft Work Trend Index 2023: about 57% of working time spent communicating"));
        targets.put(Measure.SPAN_OF_CONTROL, new Target(6, 5, 8,
                "Gallup (2025) on span of control; typical knowledge-work teams (order of magnitude)"));
        targets.put(Measure.RAMP_UP_BREAK_EVEN, new Target(26, 18, 34,
                "Watkins, The First 90 Days: break-even after about six months"));
        targets.put(Measure.REPLACEMENT_COST, new Target(0.30, 0.21, 0.40,
                "Boushey & Glynn 2012 (CAP): about a fifth of annual pay; SHRM estimates run higher"));
        return Collections.unmodifiableMap(targets);
    }

    /** Every measure's target for an organization of the given sector. */
    public static Map<Measure, Target> forPreset(SectorPreset preset) {
        if (preset == SectorPreset.DEFAULT) {
            return NATIONAL;
        }
        Map<Measure, Target> targets = new EnumMap<>(NATIONAL);
        SectorPreset.Level sick = preset.sickLeave();
        SectorPreset.Level attrition = preset.attrition();
        targets.put(Measure.SICK_LEAVE, new Target(sick.target(), sick.low(), sick.high(),
                "CBS sickness absence by sector, 2022-2023 (" + preset.yamlName() + ")"));
        targets.put(Measure.ATTRITION, new Target(attrition.target(), attrition.low(), attrition.high(),
                "CBS job mobility by sector (" + preset.yamlName() + "; order of magnitude)"));
        return Collections.unmodifiableMap(targets);
    }
}
