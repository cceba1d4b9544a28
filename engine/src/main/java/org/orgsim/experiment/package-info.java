/**
 * Experiments: every variant of a scenario times every replication, run in parallel with common
 * random numbers, folded into immutable results in an order that does not depend on threads.
 */
package org.orgsim.experiment;
