package org.orgsim.scenario;

import java.util.List;
import java.util.Objects;

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
 */
public record Variant(String name, String description, OrganizationSpec organization,
                      ParameterSet parameters, List<String> rules) {
    public Variant {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(parameters, "parameters");
        rules = List.copyOf(rules);
    }

    /** The same variant with other parameter values, as a sweep point or design point runs it. */
    public Variant withParameters(ParameterSet newParameters) {
        return new Variant(name, description, organization, newParameters, rules);
    }
}
