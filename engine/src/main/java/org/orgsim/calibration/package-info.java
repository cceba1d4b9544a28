/**
 * Calibration: runs an unchanged organization (a scenario's baseline, without its rules) and
 * compares what the model produces with published Dutch workforce statistics, row by row, each
 * with its accepted band; and checks that the baseline is stationary (no drift in any human metric
 * over the horizon). {@code orgsim calibrate} prints the comparison; {@code docs/calibration.md}
 * holds the targets, their sources and the definitions of the derived measures.
 *
 * <p>The measures come from {@link org.orgsim.model.Diagnostics}, counters the model fills only
 * when asked, over the 52 weeks after the warm-up; every figure is pooled over replications and
 * given a jackknife 95% interval.
 */
package org.orgsim.calibration;
