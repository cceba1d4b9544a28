package org.orgsim.results;

/**
 * Mean and variance of a stream of values without keeping the values (Welford's algorithm), so that
 * the weekly statistics of a long experiment take memory per week and metric, not per run.
 *
 * <p>Floating-point results depend on the order in which values are added: the same values in
 * another order may differ in the last bits, and then a printed output file may differ too. Callers
 * that promise reproducible output must add values in a deterministic order (the experiment adds
 * replications in replication order). A NaN value makes the mean and variance NaN from then on, which
 * the writers print as missing rather than as a misleading number. Not thread-safe.
 */
public final class RunningMoments {
    private int count;
    private double mean;
    // Welford's M2: the running sum of squared deviations from the current mean. Updating it
    // incrementally avoids the cancellation of the textbook sum-of-squares formula.
    private double sumOfSquaredDeviations;

    public void add(double value) {
        count++;
        double deviationBefore = value - mean;
        mean += deviationBefore / count;
        sumOfSquaredDeviations += deviationBefore * (value - mean);
    }

    public int count() {
        return count;
    }

    /** The mean of the values added so far; NaN when there are none. */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** The sample variance (divisor n − 1); NaN with fewer than two values. */
    public double variance() {
        return count < 2 ? Double.NaN : sumOfSquaredDeviations / (count - 1);
    }

    /** The sample standard deviation; NaN with fewer than two values. */
    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    @Override
    public String toString() {
        return "RunningMoments[count=" + count + ", mean=" + mean() + ", variance=" + variance() + "]";
    }
}
