/**
 * Apache Spark as an executor of experiments ({@code orgsim run --spark MASTER}): the driver ships
 * each unit (variant × replication × design point) as a Spark task, executors run it from the same
 * scenario file with rule bases compiled once per JVM, and the driver folds the results in unit
 * order, so every output file is the same bits as a local run. The engine knows only
 * {@link org.orgsim.experiment.UnitExecutor}; this module is found through
 * {@link java.util.ServiceLoader} and is on the class path only when {@code --spark} is given.
 */
package org.orgsim.spark;
