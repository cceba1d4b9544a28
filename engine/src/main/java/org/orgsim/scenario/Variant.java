package org.orgsim.scenario;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.orgsim.contract.Metric;

/**
 * One alternative of an experiment, fully resolved: the organization and parameters it runs with
 * after the scenario's defaults and the variant's overrides have been combined.
 *
 * @param name         unique variant name
 * @param description  free text shown in reports (may be empty)
 * @param organization the organization this variant starts from
 * @param parameters   every parameter's value in this variant
 * @param rules        rule files of this variant (.drl, .dslr, .csv, .xlsx), each an existing file's
 *                     normalized path: as written when it exists relative to the working directory,
 *                     otherwise resolved against the scenario file's directory
 * @param addedRules   rule files that join from week {@code addedFromWeek} on (a what-if forked
 *                     from a recorded run); empty for ordinary variants
 * @param addedFromWeek the first week the added rules act in
 * @param careers      career reviews (promotion, retirement, dismissal, hiring), or null for a
 *                     variant without careers (the loader always sets it for an organization of levels)
 * @param ruleParameters named numbers the variant's rules read as {@code RuleParameter} facts (e.g.
 *                     {@code p} of a promotion policy), sorted by name; empty when none are given
 */
public record Variant(String name, String description, OrganizationSpec organization,
                      ParameterSet parameters, List<String> rules, List<String> addedRules, int addedFromWeek,
                      CareersSpec careers, Map<String, Double> ruleParameters) {
    public Variant {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(parameters, "parameters");
        rules = List.copyOf(rules);
        addedRules = List.copyOf(addedRules);
        ruleParameters = Collections.unmodifiableMap(new TreeMap<>(ruleParameters));
    }

    public Variant(String name, String description, OrganizationSpec organization, ParameterSet parameters,
                   List<String> rules, List<String> addedRules, int addedFromWeek) {
        this(name, description, organization, parameters, rules, addedRules, addedFromWeek, null, Map.of());
    }

    public Variant(String name, String description, OrganizationSpec organization, ParameterSet parameters,
                   List<String> rules) {
        this(name, description, organization, parameters, rules, List.of(), 0);
    }

    /** True when the variant has career reviews (an organization of levels, or teams with {@code careers:}). */
    public boolean hasCareers() {
        return careers != null;
    }

    /** The metrics a run of this variant records, and so its output files' metrics: see {@link Metric#recordedIn}. */
    public List<Metric> metrics() {
        return Metric.recordedIn(organization.isLevelsOnly(), hasCareers());
    }

    /** The same variant with other parameter values, as a sweep point or design point runs it. */
    public Variant withParameters(ParameterSet newParameters) {
        return new Variant(name, description, organization, newParameters, rules, addedRules, addedFromWeek,
                careers, ruleParameters);
    }

    /** The same variant with careers and rule parameters (the loader adds them after the rest). */
    public Variant withCareers(CareersSpec newCareers, Map<String, Double> newRuleParameters) {
        return new Variant(name, description, organization, parameters, rules, addedRules, addedFromWeek,
                newCareers, newRuleParameters);
    }

    /**
     * A fork of this variant: identical up to {@code week}, then {@code files} act too. Because
     * every draw is keyed by (seed, replication, purpose, entity), the fork shares the recorded
     * run's state up to that week exactly and its random numbers afterwards.
     */
    public Variant forkedAt(String forkName, int week, List<String> files) {
        return new Variant(forkName, "forked from " + name + " at week " + week + ", adding " + String.join(", ", files),
                organization, parameters, rules, files, week, careers, ruleParameters);
    }
}
