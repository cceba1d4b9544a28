package org.orgsim.results;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.orgsim.model.InterventionEvent;
import org.orgsim.model.Metric;

/**
 * Everything one variant produced over all replications. Immutable: the arrays it is built from
 * belong to it alone and are never handed out, only single values and copies.
 */
public final class VariantResults {
    private final String name;
    private final String description;
    private final Estimate[][] weekly;
    private final double[][] finals;
    private final Estimate[] finalEstimates;
    private final PairedComparison[] comparisons;
    private final List<List<InterventionEvent>> events;

    /**
     * Takes ownership of the arrays; only {@link ResultsBuilder} creates variant results, and it
     * passes fresh ones.
     *
     * @param weekly      estimates [week][metric ordinal], weeks 0..horizon
     * @param finals      final values [replication][metric ordinal]
     * @param comparisons paired comparisons per metric ordinal, or null for the baseline
     * @param events      events per replication, each list immutable
     */
    VariantResults(String name, String description, Estimate[][] weekly, double[][] finals,
                   PairedComparison[] comparisons, List<List<InterventionEvent>> events) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = description == null ? "" : description;
        this.weekly = weekly;
        this.finals = finals;
        this.comparisons = comparisons;
        this.events = List.copyOf(events);
        if (this.events.size() != finals.length) {
            throw new IllegalArgumentException("variant '" + name + "': " + finals.length
                    + " replications but events for " + this.events.size());
        }
        this.finalEstimates = new Estimate[Metric.count()];
        for (Metric metric : Metric.all()) {
            // Same values in the same order as the last week's accumulator, so both agree bit for bit.
            finalEstimates[metric.ordinal()] = Estimate.of(ResultsBuilder.column(finals, metric));
        }
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** The horizon: weeks 0..weeks() have estimates. */
    public int weeks() {
        return weekly.length - 1;
    }

    public int replications() {
        return finals.length;
    }

    public boolean isBaseline() {
        return comparisons == null;
    }

    /** Mean and 95% interval of {@code metric} in {@code week} (0 = initial state) over replications. */
    public Estimate weekly(int week, Metric metric) {
        return weekly[week][metric.ordinal()];
    }

    /** The value {@code metric} ended with in replication {@code replication}. */
    public double finalValue(int replication, Metric metric) {
        return finals[replication][metric.ordinal()];
    }

    /** The final values of {@code metric}, index r being replication r; a fresh copy. */
    public double[] finalValues(Metric metric) {
        return ResultsBuilder.column(finals, metric);
    }

    /** Mean and 95% interval of the final values; the {@code metrics} entry of {@code summary.json}. */
    public Estimate finalEstimate(Metric metric) {
        return finalEstimates[metric.ordinal()];
    }

    /** The paired comparison with the baseline; empty for the baseline itself. */
    public Optional<PairedComparison> versusBaseline(Metric metric) {
        return comparisons == null ? Optional.empty() : Optional.of(comparisons[metric.ordinal()]);
    }

    /** The interventions applied in {@code replication}, in the order they were applied. */
    public List<InterventionEvent> events(int replication) {
        return events.get(replication);
    }

    @Override
    public String toString() {
        return "VariantResults[" + name + ", weeks=" + weeks() + ", replications=" + replications() + "]";
    }
}
