/**
 * What to simulate: the immutable records of a scenario ({@link org.orgsim.scenario.Scenario}, its
 * {@link org.orgsim.scenario.Variant variants}, {@link org.orgsim.scenario.OrganizationSpec
 * organization} and {@link org.orgsim.scenario.ParameterSet parameters}), and
 * {@link org.orgsim.scenario.ScenarioLoader}, the one place where a scenario file is read and
 * validated. The records themselves only refuse nulls; ranges, names and references are checked by
 * the loader alone, so that the rules live in one place next to their documentation
 * ({@code docs/scenarios.md}), every mistake in a file is reported early as a single message
 * naming the file and the YAML path, and the model, rules and experiment downstream can trust the
 * scenario they are given instead of checking it again.
 */
package org.orgsim.scenario;
