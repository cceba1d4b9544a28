/**
 * The shared vocabulary of orgsim, at the bottom of every other package: the {@link
 * org.orgsim.contract.Metric metrics} with their names, units, directions and display flags; the
 * {@link org.orgsim.contract.RunRecord record of one run} and its {@link
 * org.orgsim.contract.InterventionEvent intervention events}; the {@link
 * org.orgsim.contract.LeadershipStyle leadership styles}; the {@link
 * org.orgsim.contract.SmallGroupSuppression small-group rule} of privacy; and {@link
 * org.orgsim.contract.InputException bad input}. Every package may use it; it uses none of them,
 * so the output contract reads the same in the engine, the reports and the workshop page.
 */
package org.orgsim.contract;
