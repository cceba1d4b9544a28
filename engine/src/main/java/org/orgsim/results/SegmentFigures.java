package org.orgsim.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.orgsim.contract.Metric;
import org.orgsim.contract.Segments;

/**
 * The {@code segments} of every variant in {@code summary.json}, read for the report's
 * "who bears the cost" section: per segment its week-0 size and its paired impact over the horizon
 * period. A results directory written before segments existed simply has none. A suppressed segment
 * (small-group rule) is kept by name only, with no figure at all.
 *
 * <p>Problems name the file and the JSON path ({@code DIR/summary.json: variants.b.segments.team.x.people
 * must be a number}).
 */
public final class SegmentFigures {
    /** One segment of one variant. {@code people} is NaN and {@code versus} empty for a suppressed one. */
    public record Segment(String kind, String name, boolean suppressed, double people, Map<Metric, PairedComparison> versus) {
        public Segment {
            versus = versus.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(versus));
        }
    }

    public static final SegmentFigures NONE = new SegmentFigures(Map.of());

    private final Map<String, List<Segment>> byVariant;

    private SegmentFigures(Map<String, List<Segment>> byVariant) {
        this.byVariant = byVariant;
    }

    /** The segments of a variant in file order (kinds, then segments); empty if it has none. */
    public List<Segment> of(String variant) {
        return byVariant.getOrDefault(variant, List.of());
    }

    public boolean isEmpty() {
        return byVariant.values().stream().allMatch(List::isEmpty);
    }

    static SegmentFigures read(Path file) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(Files.readAllBytes(file));
        } catch (IOException unreadable) {
            throw new ResultsFileException(file, "cannot be read: " + unreadable, unreadable);
        }
        return from(file, root);
    }

    /**
     * The segments of in-memory results as {@code summary.json} will hold them (same entries, same
     * rounding), so that a report written right after a run needs no second summary.
     */
    static SegmentFigures of(Results results) {
        Map<String, List<Segment>> byVariant = new LinkedHashMap<>();
        for (VariantResults variant : results.variants()) {
            List<Segment> list = new ArrayList<>();
            for (SegmentResults.Entry entry : variant.segments().entries()) {
                Segments.Segment segment = entry.segment();
                // The same entries SegmentsJson writes: none without people, no small team at all.
                if (entry.empty() || entry.suppressed() && segment.kind().equals("team")) {
                    continue;
                }
                if (entry.suppressed()) {
                    list.add(new Segment(segment.kind(), segment.name(), true, Double.NaN, Map.of()));
                    continue;
                }
                Map<Metric, PairedComparison> versus = new EnumMap<>(Metric.class);
                if (entry.versus() != null) {
                    for (Metric metric : Segments.METRICS) {
                        if (segment.measures(metric)) {
                            PairedComparison paired = entry.versusBaseline(metric).orElseThrow();
                            versus.put(metric, new PairedComparison(ResultsDirectory.rounded(paired.meanDiff()),
                                    ResultsDirectory.rounded(paired.ciLow()), ResultsDirectory.rounded(paired.ciHigh()),
                                    ResultsDirectory.rounded(paired.probBetter())));
                        }
                    }
                }
                list.add(new Segment(segment.kind(), segment.name(), false, ResultsDirectory.rounded(entry.people()), versus));
            }
            byVariant.put(variant.name(), List.copyOf(list));
        }
        return new SegmentFigures(byVariant);
    }

    /** The segments of a summary's JSON tree ({@code file} names it in messages). */
    static SegmentFigures from(Path file, JsonNode root) {
        JsonNode variants = root == null ? null : root.get("variants");
        if (variants == null || !variants.isObject()) {
            return NONE; // SummaryJson reports a broken file; nothing to add here
        }
        Map<String, List<Segment>> byVariant = new LinkedHashMap<>();
        variants.fieldNames().forEachRemaining(name -> {
            JsonNode segments = variants.get(name).get("segments");
            byVariant.put(name, segments == null ? List.of() : variant(file, "variants." + name + ".segments", segments));
        });
        return new SegmentFigures(byVariant);
    }

    private static List<Segment> variant(Path file, String path, JsonNode segments) {
        if (!segments.isObject()) {
            throw new ResultsFileException(file, path + " must be an object");
        }
        List<Segment> list = new ArrayList<>();
        segments.fieldNames().forEachRemaining(kind -> {
            JsonNode ofKind = segments.get(kind);
            if (!Segments.KINDS.contains(kind) || !ofKind.isObject()) {
                return; // a kind a newer engine added: not shown
            }
            ofKind.fieldNames().forEachRemaining(name -> list.add(segment(file, path + "." + kind + "." + name, kind, name,
                    ofKind.get(name))));
        });
        return List.copyOf(list);
    }

    private static Segment segment(Path file, String path, String kind, String name, JsonNode node) {
        if (!node.isObject()) {
            throw new ResultsFileException(file, path + " must be an object");
        }
        if (node.path("suppressed").asBoolean(false)) {
            return new Segment(kind, name, true, Double.NaN, Map.of());
        }
        JsonNode people = node.get("people");
        if (people == null || !people.isNumber()) {
            throw new ResultsFileException(file, path + ".people must be a number");
        }
        Map<Metric, PairedComparison> versus = new EnumMap<>(Metric.class);
        JsonNode comparisons = node.get("vsBaseline");
        if (comparisons != null && comparisons.isObject()) {
            for (Metric metric : Segments.METRICS) {
                JsonNode entry = comparisons.get(metric.key());
                if (entry != null) {
                    String where = path + ".vsBaseline." + metric.key();
                    JsonNode ci = entry.get("ci95");
                    if (ci == null || !ci.isArray() || ci.size() != 2) {
                        throw new ResultsFileException(file, where + ".ci95 must be a list of two numbers or nulls");
                    }
                    versus.put(metric, new PairedComparison(number(file, entry.get("meanDiff"), where + ".meanDiff"),
                            number(file, ci.get(0), where + ".ci95[0]"), number(file, ci.get(1), where + ".ci95[1]"),
                            number(file, entry.get("probBetter"), where + ".probBetter")));
                }
            }
        }
        return new Segment(kind, name, false, people.asDouble(), versus);
    }

    private static double number(Path file, JsonNode value, String where) {
        if (value == null || value.isNull()) {
            return Double.NaN;
        }
        if (!value.isNumber()) {
            throw new ResultsFileException(file, where + " must be a number or null, was " + value);
        }
        return value.asDouble();
    }
}
