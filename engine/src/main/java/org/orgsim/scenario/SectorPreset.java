package org.orgsim.scenario;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sector of the Dutch economy as a set of parameter overrides ({@code preset:} in a scenario),
 * applied on top of the defaults and before the scenario's own {@code parameters:}. The defaults
 * are calibrated for knowledge work; a preset moves the sector's sickness absence and voluntary
 * turnover to that sector's published levels, and the initial tenure with them (a sector with
 * high turnover has short tenures, and drawing the initial staff otherwise would make the start
 * drift). Everything else stays as calibrated, except that hospitality, whose turnover renews a
 * third of the staff every year, needs a longer warm-up to settle.
 *
 * <p>Each preset also names the sector's published sickness-absence and turnover levels, which
 * {@code orgsim calibrate} compares the model with. Sources and the calibration of each override
 * are in {@code docs/calibration.md}.
 */
public enum SectorPreset {
    KNOWLEDGE_WORK("knowledge-work", "Knowledge work: the calibrated defaults (Dutch national averages)",
            Map.of(), new Level(0.050, 0.044, 0.056), new Level(0.10, 0.07, 0.13)),
    CARE("care", "Health care and welfare: higher sickness absence, turnover somewhat above average",
            Map.of(Parameter.SICK_SPELLS_PER_YEAR, 1.64, Parameter.QUIT_ANNUAL_RATE, 0.068,
                    Parameter.INITIAL_TENURE_MEAN_YEARS, 6.0),
            new Level(0.070, 0.062, 0.078), new Level(0.12, 0.09, 0.15)),
    HOSPITALITY("hospitality", "Hospitality: low sickness absence, very high turnover",
            Map.of(Parameter.SICK_SPELLS_PER_YEAR, 0.4, Parameter.QUIT_ANNUAL_RATE, 0.125,
                    Parameter.INITIAL_TENURE_MEAN_YEARS, 2.0, Parameter.WARMUP_WEEKS, 156.0),
            new Level(0.040, 0.034, 0.046), new Level(0.35, 0.28, 0.42)),
    FINANCE("finance", "Financial services: the lowest sickness absence, turnover below average",
            Map.of(Parameter.SICK_SPELLS_PER_YEAR, 0.66, Parameter.QUIT_ANNUAL_RATE, 0.05,
                    Parameter.INITIAL_TENURE_MEAN_YEARS, 9.0),
            new Level(0.033, 0.027, 0.039), new Level(0.08, 0.06, 0.10)),
    PUBLIC("public", "Public administration: sickness absence above average, low turnover",
            Map.of(Parameter.SICK_SPELLS_PER_YEAR, 1.33, Parameter.QUIT_ANNUAL_RATE, 0.042,
                    Parameter.INITIAL_TENURE_MEAN_YEARS, 12.0),
            new Level(0.058, 0.051, 0.065), new Level(0.06, 0.04, 0.08));

    /** The preset of a scenario without {@code preset:}: the defaults themselves. */
    public static final SectorPreset DEFAULT = KNOWLEDGE_WORK;

    /**
     * A published level with the band a calibrated model must fall in.
     *
     * @param target the published figure (a share, 0.05 = 5%)
     * @param low    lower end of the accepted band
     * @param high   upper end of the accepted band
     */
    public record Level(double target, double low, double high) {
    }

    private final String yamlName;
    private final String description;
    private final Map<Parameter, Double> overrides;
    private final Level sickLeave;
    private final Level attrition;

    SectorPreset(String yamlName, String description, Map<Parameter, Double> overrides, Level sickLeave,
                 Level attrition) {
        this.yamlName = yamlName;
        this.description = description;
        // In the enum's parameter order, so that applying them is reproducible.
        Map<Parameter, Double> ordered = new LinkedHashMap<>();
        for (Parameter parameter : Parameter.values()) {
            if (overrides.containsKey(parameter)) {
                ordered.put(parameter, overrides.get(parameter));
            }
        }
        this.overrides = java.util.Collections.unmodifiableMap(ordered);
        this.sickLeave = sickLeave;
        this.attrition = attrition;
    }

    /** The name written in a scenario, e.g. {@code preset: care}. */
    public String yamlName() {
        return yamlName;
    }

    public String description() {
        return description;
    }

    /** The parameters this preset sets, with their values, in {@link Parameter} order. */
    public Map<Parameter, Double> overrides() {
        return overrides;
    }

    /** The sector's published sickness absence (share of workdays lost). */
    public Level sickLeave() {
        return sickLeave;
    }

    /** The sector's published voluntary turnover (share of staff per year). */
    public Level attrition() {
        return attrition;
    }

    /** The defaults with this preset's overrides applied. */
    public ParameterSet apply(ParameterSet base) {
        ParameterSet result = base;
        for (Map.Entry<Parameter, Double> override : overrides.entrySet()) {
            result = result.with(override.getKey(), override.getValue());
        }
        return result;
    }

    public static Optional<SectorPreset> byName(String name) {
        return Arrays.stream(values()).filter(preset -> preset.yamlName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(SectorPreset::yamlName).toList();
    }
}
