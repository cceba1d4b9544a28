package org.orgsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.orgsim.contract.Metric;
import org.orgsim.results.PairedComparison;
import org.orgsim.results.Results;
import org.orgsim.results.RunningMoments;
import org.orgsim.results.VariantResults;

/**
 * The point of common random numbers: replication r of every variant sees the same people, the same
 * arrivals and the same draws, so the paired difference of a small intervention is measured far
 * more precisely than two independent samples would allow, and identical variants do not differ at all.
 */
class CommonRandomNumbersTest {
    private static final int REPLICATIONS = 30;

    @Test
    void pairedIntervalOfASmallInterventionIsMuchNarrowerThanTheUnpairedOne() {
        Results results = Studies.run(Studies.scenario(1, """
                replications: %d
                variants:
                  - name: baseline
                  - name: busier
                    description: four percent more work arriving
                    work: {arrivalsPerMemberPerWeek: 0.52}
                """.formatted(REPLICATIONS)), 2);
        VariantResults baseline = results.baseline();
        VariantResults busier = results.variant("busier").orElseThrow();
        StringBuilder measured = new StringBuilder();
        for (Metric metric : new Metric[] {Metric.STRESS, Metric.ENGAGEMENT, Metric.BACKLOG, Metric.THROUGHPUT}) {
            PairedComparison paired = busier.versusBaseline(metric).orElseThrow();
            double unpaired = welchHalfWidth(busier.finalValues(metric), baseline.finalValues(metric));
            measured.append(String.format(Locale.ROOT, "%s: paired %.4g, unpaired %.4g, ratio %.3f; ",
                    metric.key(), paired.halfWidth(), unpaired, paired.halfWidth() / unpaired));
            if (metric == Metric.STRESS || metric == Metric.ENGAGEMENT) {
                assertTrue(paired.halfWidth() < 0.7 * unpaired, () -> "CRN should narrow the interval: " + measured);
            }
        }
        System.out.println("CRN, 4% more arrivals, " + REPLICATIONS + " replications: " + measured);
    }

    @Test
    void identicalVariantsDifferByExactlyZeroInEveryReplicationAndMetric() {
        Results results = Studies.run(Studies.scenario(3, """
                replications: 8
                variants:
                  - name: baseline
                  - name: twin
                    description: the same organization under another name
                """), 3);
        VariantResults baseline = results.baseline();
        VariantResults twin = results.variant("twin").orElseThrow();
        for (Metric metric : Metric.all()) {
            for (int replication = 0; replication < results.replications(); replication++) {
                assertEquals(0.0, twin.finalValue(replication, metric) - baseline.finalValue(replication, metric),
                        metric.key() + " in replication " + replication);
            }
            PairedComparison paired = twin.versusBaseline(metric).orElseThrow();
            assertEquals(0.0, paired.meanDiff(), metric.key());
            assertEquals(0.0, paired.halfWidth(), metric.key());
            assertEquals(0.5, paired.probBetter(), metric.key());
            for (int week = 0; week <= results.weeks(); week++) {
                assertEquals(baseline.weekly(week, metric), twin.weekly(week, metric), metric.key() + " week " + week);
            }
        }
    }

    /** Half-width of the 95% Welch interval of mean(a) - mean(b) for two independent samples. */
    static double welchHalfWidth(double[] a, double[] b) {
        RunningMoments first = moments(a);
        RunningMoments second = moments(b);
        double varianceA = first.variance() / a.length;
        double varianceB = second.variance() / b.length;
        double freedom = (varianceA + varianceB) * (varianceA + varianceB)
                / (varianceA * varianceA / (a.length - 1) + varianceB * varianceB / (b.length - 1));
        return TDistribution.of(freedom).inverseSurvivalProbability(0.025) * Math.sqrt(varianceA + varianceB);
    }

    private static RunningMoments moments(double[] values) {
        RunningMoments moments = new RunningMoments();
        for (double value : values) {
            moments.add(value);
        }
        return moments;
    }
}
