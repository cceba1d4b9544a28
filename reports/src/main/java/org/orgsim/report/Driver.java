package org.orgsim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.orgsim.contract.Metric;
import org.orgsim.results.PairedComparison;
import org.orgsim.results.ResultsDirectory;
import org.orgsim.results.StudentT;

/**
 * A metric among the largest differences: its standardized difference per alternative variant
 * (NaN where there is no spread to standardize by), and the largest of those that is more than
 * chance.
 */
record Driver(Metric metric, Map<String, Double> standardized, double largest) {
    /** How many of the largest standardized differences "what drives the differences" lists. */
    static final int SHOWN = 5;

    /**
     * The metrics on which some variant differs from the baseline by more than chance (interval on
     * one side of zero), largest first by the mean paired difference over the pooled standard
     * deviation of the two variants' final values (Cohen's d; the standard deviations recovered from
     * the 95% intervals of the final values, sd = half-width × √n / t). At most {@link #SHOWN}.
     */
    static List<Driver> ranked(ResultsDirectory data) {
        int n = data.replications();
        if (n < 2) {
            return List.of();
        }
        double factor = Math.sqrt(n) / StudentT.criticalValue95(n - 1);
        ResultsDirectory.Variant baseline = data.baseline();
        List<Driver> drivers = new ArrayList<>();
        for (Metric metric : Metric.all()) {
            Map<String, Double> standardized = new LinkedHashMap<>();
            double largest = 0;
            for (ResultsDirectory.Variant variant : data.alternatives()) {
                PairedComparison comparison = variant.versus(metric).orElse(null);
                double sdBaseline = baseline.finalEstimate(metric).halfWidth() * factor;
                double sdVariant = variant.finalEstimate(metric).halfWidth() * factor;
                double pooled = Math.sqrt((sdBaseline * sdBaseline + sdVariant * sdVariant) / 2);
                double d = comparison != null && Double.isFinite(pooled) && pooled > 0 ? comparison.meanDiff() / pooled : Double.NaN;
                standardized.put(variant.name(), d);
                Verdict verdict = comparison == null ? Verdict.UNKNOWN : Verdict.of(comparison, metric);
                if ((verdict == Verdict.BETTER || verdict == Verdict.WORSE) && Double.isFinite(d)) {
                    largest = Math.max(largest, Math.abs(d));
                }
            }
            if (largest > 0) {
                drivers.add(new Driver(metric, standardized, largest));
            }
        }
        drivers.sort(Comparator.comparingDouble((Driver driver) -> -driver.largest()));
        return drivers.subList(0, Math.min(SHOWN, drivers.size()));
    }
}
