/**
 * The agent-based model: people in teams under hierarchical or horizontal leadership, simulated
 * week by week on a MASON schedule whose orderings are the phases of a week (turnover, arrivals,
 * absence, decisions, work, wellbeing, familiarity, metrics).
 *
 * <p>Everything mutable lives here and stays here: a run's people, teams, positions and ties are
 * package-private and never leave the package; the outside sees only {@link org.orgsim.model.RunRecord}
 * (metric series and events). Each mechanism is one phase class whose Javadoc says what it models
 * and why; equations, defaults and sources are in {@code docs/model.md}.
 */
package org.orgsim.model;
