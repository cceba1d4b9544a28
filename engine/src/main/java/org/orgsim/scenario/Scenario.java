package org.orgsim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated scenario: what to simulate, for how long, how often, and which variants to compare.
 * Only {@link ScenarioLoader} creates scenarios from files; everything downstream may trust it.
 *
 * @param name         scenario name (used for the default output folder)
 * @param description  free text
 * @param weeks        horizon; weeks 0..weeks are recorded, week 0 being the initial state
 * @param replications runs per variant; with {@code replications: auto} the first batch
 *                     ({@link Precision#minimum()}), the experiment deciding how many more
 * @param seed         master seed of every random stream
 * @param baseline     name of the variant the others are compared with
 * @param variants     at least one; the baseline among them
 * @param source       the scenario file, or null for scenarios built in code
 * @param sourceText   the file's exact text, copied into every output directory
 * @param precision    the target of {@code replications: auto}, or null for a fixed number
 * @param sweep        the parameter sweep to run besides the experiment, or null for none
 * @param sensitivity  the sensitivity screening to run besides the experiment, or null for none
 * @param preset       the sector preset the scenario declares ({@code preset:}), already applied to
 *                     the variants' parameters; kept so that calibration can pick the preset's
 *                     targets; {@link SectorPreset#DEFAULT} when it declares none
 * @param periods      the periods impacts are judged over: {@link Period#HORIZON} first (added when
 *                     missing), then the scenario's own
 */
public record Scenario(String name, String description, int weeks, int replications, long seed,
                       String baseline, List<Variant> variants, Path source, String sourceText,
                       Precision precision, Sweep sweep, Sensitivity sensitivity, SectorPreset preset,
                       List<Period> periods) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        preset = preset == null ? SectorPreset.DEFAULT : preset;
        description = description == null ? "" : description;
        variants = List.copyOf(variants);
        periods = withHorizon(periods, weeks);
        sourceText = sourceText == null ? "" : sourceText;
        if (precision != null && replications != precision.minimum()) {
            throw new IllegalArgumentException("with replications: auto the first batch is precision.minimum ("
                    + precision.minimum() + "), not " + replications);
        }
    }

    /** A scenario without a sector preset and with only the horizon period. */
    public Scenario(String name, String description, int weeks, int replications, long seed, String baseline,
                    List<Variant> variants, Path source, String sourceText, Precision precision, Sweep sweep,
                    Sensitivity sensitivity) {
        this(name, description, weeks, replications, seed, baseline, variants, source, sourceText, precision, sweep,
                sensitivity, SectorPreset.DEFAULT, List.of());
    }

    /** A scenario without a sector preset, with its own periods besides the horizon. */
    public Scenario(String name, String description, int weeks, int replications, long seed, String baseline,
                    List<Variant> variants, Path source, String sourceText, Precision precision, Sweep sweep,
                    Sensitivity sensitivity, List<Period> periods) {
        this(name, description, weeks, replications, seed, baseline, variants, source, sourceText, precision, sweep,
                sensitivity, SectorPreset.DEFAULT, periods);
    }

    private static List<Period> withHorizon(List<Period> periods, int weeks) {
        List<Period> all = new java.util.ArrayList<>();
        all.add(Period.horizon(weeks));
        for (Period period : periods == null ? List.<Period>of() : periods) {
            if (!period.name().equals(Period.HORIZON)) {
                all.add(period);
            }
        }
        return List.copyOf(all);
    }

    /** The period the report leads with: the scenario's {@code main} period, or else the horizon. */
    public Period mainPeriod() {
        return periods.stream().filter(period -> period.name().equals(Period.MAIN)).findFirst()
                .orElse(periods.get(0));
    }

    /** A scenario with a fixed number of replications, no sweep and no sensitivity screening. */
    public Scenario(String name, String description, int weeks, int replications, long seed, String baseline,
                    List<Variant> variants, Path source, String sourceText) {
        this(name, description, weeks, replications, seed, baseline, variants, source, sourceText, null, null, null);
    }

    public Variant baselineVariant() {
        return variant(baseline).orElseThrow();
    }

    public Optional<Variant> variant(String variantName) {
        return variants.stream().filter(v -> v.name().equals(variantName)).findFirst();
    }

    /** True for {@code replications: auto}: the experiment runs batches until {@link #precision()} is met. */
    public boolean hasAutomaticReplications() {
        return precision != null;
    }

    /** A fixed number of replications (as {@code --replications} asks), replacing {@code auto} if set. */
    public Scenario withReplications(int count) {
        return new Scenario(name, description, weeks, count, seed, baseline, variants, source, sourceText,
                null, sweep, sensitivity, preset, periods);
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, weeks, replications, newSeed, baseline, variants, source, sourceText,
                precision, sweep, sensitivity, preset, periods);
    }

    /** The same scenario without its sweep and sensitivity screening: the experiment as declared. */
    public Scenario withoutStudies() {
        return new Scenario(name, description, weeks, replications, seed, baseline, variants, source, sourceText,
                precision, null, null, preset, periods);
    }
}
