/**
 * Experiments: every variant of a scenario times every replication, run in parallel with common
 * random numbers, folded into immutable results in an order that does not depend on threads.
 *
 * <p>Runs are {@link org.orgsim.experiment.Unit units} handed to a
 * {@link org.orgsim.experiment.UnitExecutor}: the local thread pool, or an executor found on the
 * class path (the Spark module's, {@link org.orgsim.experiment.UnitExecutorProvider}); either may be
 * wrapped by the {@link org.orgsim.experiment.ResumeJournal} that makes a stopped run resumable.
 */
package org.orgsim.experiment;
