/**
 * The agent-based model: people in teams under hierarchical or horizontal leadership, simulated
 * week by week on a MASON schedule whose orderings are the phases of a week (turnover and absence
 * in one pass over the staff, arrivals, decisions, work, wellbeing, familiarity, metrics).
 *
 * <p>A run's people are {@code Person} objects for what is looked up one person at a time (team,
 * role, position, careers), and one {@code StaffState} of parallel arrays for the state every week
 * walks through for everybody (wellbeing, absence, traits, identity, their generators): at 100,000
 * people the objects do not fit in any cache and the arrays are read in order
 * ({@code docs/performance.md}).
 *
 * <p>Everything mutable lives here and stays here: a run's people, teams, positions and ties are
 * package-private and never leave the package; the outside sees only {@link org.orgsim.contract.RunRecord}
 * (metric series, events and the {@link org.orgsim.contract.SegmentRecord} of the week-0 cohorts that
 * {@code SegmentRecorder} keeps). Each mechanism is one phase class whose Javadoc says what it models
 * and why; equations, defaults and sources are in {@code docs/model.md}.
 *
 * <p><b>Careers</b> (career reviews, promotion by rules, ageing and exits; {@code docs/model.md}
 * 3.5) live here too, because with teams they change the model's own people and positions:
 * {@link org.orgsim.model.LevelsModel} runs an organization described as levels from review to
 * review (no weekly phases at all); {@code TeamCareers} adds reviews to the weekly model through
 * small hooks in {@link org.orgsim.model.OrgModel}; {@code PromotionRound} asks the promotion rules
 * in both; {@code CareerDraws} and {@code CareerLog} draw attributes and write the audit trail.
 * {@link org.orgsim.model.SeriesLayout} says which series a scenario records (careers add
 * {@code bench_strength} and one series per level).
 */
package org.orgsim.model;
