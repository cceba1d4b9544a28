package org.orgsim.results;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.orgsim.contract.Metric;
import org.orgsim.contract.Segments;

/**
 * {@code segments.csv}: {@code variant,segment_kind,segment,week,metric,mean,ci_low,ci_high},
 * the weekly mean over replications of every segment metric. Rows: variants in scenario order, then
 * segments in output order (week-0 teams in organization order, then team ages, roles and tenures
 * in the order of {@link Segments}), then weeks ascending, then metrics in {@link Segments#METRICS}
 * order. A suppressed segment (small-group rule) has no rows; {@code cohesion} has none for managers.
 */
final class SegmentsCsv {
    static final String FILE = "segments.csv";
    static final String[] HEADER = {"variant", "segment_kind", "segment", "week", "metric", "mean", "ci_low", "ci_high"};

    private SegmentsCsv() {
    }

    static void write(Results results, Path file) throws IOException {
        try (Writer text = Files.newBufferedWriter(file, StandardCharsets.UTF_8); Csv.Out out = Csv.writer(text)) {
            out.row(HEADER);
            for (VariantResults variant : results.variants()) {
                SegmentResults segments = variant.segments();
                List<SegmentResults.Entry> entries = segments.entries();
                for (int index = 0; index < entries.size(); index++) {
                    SegmentResults.Entry entry = entries.get(index);
                    if (entry.suppressed()) {
                        continue;
                    }
                    Segments.Segment segment = entry.segment();
                    for (int week = 0; week <= results.weeks(); week++) {
                        String weekText = Integer.toString(week);
                        for (Metric metric : Segments.METRICS) {
                            if (!segment.measures(metric)) {
                                continue;
                            }
                            Estimate estimate = segments.weekly(week, index, metric);
                            out.row(variant.name(), segment.kind(), segment.name(), weekText, metric.key(),
                                    Numbers.format(estimate.mean()), Numbers.format(estimate.ciLow()),
                                    Numbers.format(estimate.ciHigh()));
                        }
                    }
                }
            }
        }
    }
}
