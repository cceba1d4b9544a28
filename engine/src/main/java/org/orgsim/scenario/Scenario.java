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
 * @param replications runs per variant
 * @param seed         master seed of every random stream
 * @param baseline     name of the variant the others are compared with
 * @param variants     at least one; the baseline among them
 * @param source       the scenario file, or null for scenarios built in code
 * @param sourceText   the file's exact text, copied into every output directory
 */
public record Scenario(String name, String description, int weeks, int replications, long seed,
                       String baseline, List<Variant> variants, Path source, String sourceText) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        variants = List.copyOf(variants);
        sourceText = sourceText == null ? "" : sourceText;
    }

    public Variant baselineVariant() {
        return variant(baseline).orElseThrow();
    }

    public Optional<Variant> variant(String variantName) {
        return variants.stream().filter(v -> v.name().equals(variantName)).findFirst();
    }

    public Scenario withReplications(int count) {
        return new Scenario(name, description, weeks, count, seed, baseline, variants, source, sourceText);
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, weeks, replications, newSeed, baseline, variants, source, sourceText);
    }
}
