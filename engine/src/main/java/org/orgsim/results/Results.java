package org.orgsim.results;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.orgsim.model.SeriesLayout;
import org.orgsim.scenario.Period;

/**
 * The outcome of one experiment, immutable, from which every output file and report is written.
 *
 * @param scenarioName  the scenario's name
 * @param description   the scenario's description (may be empty)
 * @param weeks         horizon; weeks 0..weeks have estimates
 * @param replications  runs per variant
 * @param seed          master seed the runs were made with
 * @param baselineName  the variant the others are compared with
 * @param variants      per variant, in scenario order
 * @param scenarioText  the scenario file's exact text, copied to {@code scenario.yaml}; it does not
 *                      reflect command-line overrides of replications or seed, which the manifest
 *                      and {@code summary.json} record
 * @param precision     how the target of {@code replications: auto} was met, or null for a fixed number
 *                      of replications
 * @param layout        which series the output files hold and how often they are recorded
 *                      ({@link SeriesLayout#standard()} for a scenario without careers)
 * @param periods       the periods impacts are judged over, {@link Period#HORIZON} first
 */
public record Results(String scenarioName, String description, int weeks, int replications, long seed,
                      String baselineName, List<VariantResults> variants, String scenarioText,
                      PrecisionOutcome precision, SeriesLayout layout, List<Period> periods) {
    public Results {
        periods = periods == null || periods.isEmpty() ? List.of(Period.horizon(weeks)) : List.copyOf(periods);
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(scenarioName, "scenarioName");
        description = description == null ? "" : description;
        Objects.requireNonNull(baselineName, "baselineName");
        variants = List.copyOf(variants);
        scenarioText = scenarioText == null ? "" : scenarioText;
        Set<String> names = new HashSet<>();
        for (VariantResults variant : variants) {
            if (!names.add(variant.name())) {
                throw new IllegalArgumentException("variant name '" + variant.name() + "' is used twice");
            }
            if (variant.weeks() != weeks || variant.replications() != replications) {
                throw new IllegalArgumentException("variant '" + variant.name() + "' has " + variant.weeks()
                        + " weeks and " + variant.replications() + " replications, expected " + weeks
                        + " and " + replications);
            }
        }
        if (!names.contains(baselineName)) {
            throw new IllegalArgumentException("baseline '" + baselineName + "' is not one of the variants " + names);
        }
    }

    /** Results with only the horizon period. */
    public Results(String scenarioName, String description, int weeks, int replications, long seed,
                   String baselineName, List<VariantResults> variants, String scenarioText,
                   PrecisionOutcome precision, SeriesLayout layout) {
        this(scenarioName, description, weeks, replications, seed, baselineName, variants, scenarioText, precision,
                layout, List.of());
    }

    /** The period the report leads with: the scenario's {@code main} period, or else the horizon. */
    public Period mainPeriod() {
        return periods.stream().filter(period -> period.name().equals(Period.MAIN)).findFirst().orElse(periods.get(0));
    }

    /** Results of a fixed number of replications. */
    public Results(String scenarioName, String description, int weeks, int replications, long seed,
                   String baselineName, List<VariantResults> variants, String scenarioText) {
        this(scenarioName, description, weeks, replications, seed, baselineName, variants, scenarioText, null,
                SeriesLayout.standard());
    }

    /** Results of an experiment recorded with the standard layout (every week, no careers). */
    public Results(String scenarioName, String description, int weeks, int replications, long seed,
                   String baselineName, List<VariantResults> variants, String scenarioText,
                   PrecisionOutcome precision) {
        this(scenarioName, description, weeks, replications, seed, baselineName, variants, scenarioText, precision,
                SeriesLayout.standard());
    }

    /** The same results, with the outcome of {@code replications: auto}. */
    public Results withPrecision(PrecisionOutcome outcome) {
        return new Results(scenarioName, description, weeks, replications, seed, baselineName, variants,
                scenarioText, outcome, layout, periods);
    }

    public Optional<VariantResults> variant(String name) {
        return variants.stream().filter(variant -> variant.name().equals(name)).findFirst();
    }

    public VariantResults baseline() {
        return variant(baselineName).orElseThrow();
    }
}
