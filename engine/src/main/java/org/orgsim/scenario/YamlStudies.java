package org.orgsim.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.orgsim.contract.Metric;

/**
 * Reads the experiment-design blocks of a scenario: {@code precision} (the target of
 * {@code replications: auto}), {@code sweep} and {@code sensitivity}. Like the rest of the loader,
 * it reports the first problem with its YAML path; see {@code docs/scenarios.md}.
 */
final class YamlStudies {
    static final String AUTO = "auto";
    /** Grids multiply quickly; beyond this many points a typo is likelier than a plan. */
    static final int MAX_SWEEP_POINTS = 10_000;
    private static final int MAX_STEPS = 1000;
    private static final int MAX_TRAJECTORIES = 10_000;
    private static final int MAX_LEVELS = 100;
    private static final int MAX_REPLICATIONS = 100_000;
    private static final double MAX_HALF_WIDTH = 1e12;

    private static final List<String> PRECISION_FIELDS = List.of("metrics", "relativeHalfWidth", "absoluteHalfWidth",
            "batch", "minimum", "maximum");
    private static final List<String> SWEEP_FIELDS = List.of("method", "points", "parameters");
    private static final List<String> SENSITIVITY_FIELDS = List.of("method", "trajectories", "levels", "replications",
            "parameters", "metrics");
    private static final List<String> RANGE_FIELDS = List.of("min", "max");
    private static final List<String> GRID_RANGE_FIELDS = List.of("min", "max", "steps");
    private static final List<String> METRIC_KEYS = Metric.all().stream().map(Metric::key).toList();
    private static final String MORRIS = "morris";

    private YamlStudies() {
    }

    static boolean isAuto(YamlNode replications) {
        return replications.isText() && replications.text().toLowerCase(Locale.ROOT).equals(AUTO);
    }

    /** The target of {@code replications: auto}; every field optional. */
    static Precision precision(YamlNode node) {
        return precision(node, Metric.recordedWithoutCareers());
    }

    /**
     * The target of {@code replications: auto} in a scenario that records {@code recorded}: the
     * default metrics are the headline metrics it records, plus {@code bench_strength} when it
     * records that; a metric it does not record cannot be a target.
     */
    static Precision precision(YamlNode node, List<Metric> recorded) {
        List<Metric> defaults = new ArrayList<>(Precision.HEADLINE_METRICS.stream().filter(recorded::contains).toList());
        if (recorded.contains(Metric.BENCH_STRENGTH)) {
            defaults.add(Metric.BENCH_STRENGTH);
        }
        if (node.isAbsent()) {
            Precision standard = Precision.defaults();
            return defaults.equals(standard.metrics()) ? standard
                    : new Precision(defaults, standard.relativeHalfWidth(), standard.absoluteHalfWidth(), standard.batch(),
                            standard.minimum(), standard.maximum());
        }
        node.map("a map of precision settings (" + String.join(", ", PRECISION_FIELDS) + ")", PRECISION_FIELDS);
        List<Metric> metrics = metrics(node.field("metrics"), defaults, recorded);
        double relative = optionalNumber(node.field("relativeHalfWidth"), Precision.DEFAULT_RELATIVE_HALF_WIDTH);
        double absolute = optionalNumber(node.field("absoluteHalfWidth"), Precision.DEFAULT_ABSOLUTE_HALF_WIDTH);
        int batch = optionalWholeNumber(node.field("batch"), 1, MAX_REPLICATIONS, Precision.DEFAULT_BATCH);
        int minimum = optionalWholeNumber(node.field("minimum"), 2, MAX_REPLICATIONS, Precision.DEFAULT_MINIMUM);
        YamlNode maximumNode = node.field("maximum");
        int maximum = optionalWholeNumber(maximumNode, 2, MAX_REPLICATIONS, Math.max(minimum, Precision.DEFAULT_MAXIMUM));
        if (maximum < minimum) {
            throw maximumNode.problem("must be >= minimum (" + minimum + "), was " + maximum);
        }
        return new Precision(metrics, relative, absolute, batch, minimum, maximum);
    }

    static Sweep sweep(YamlNode node) {
        node.map("a map with parameters (and optionally method, points)", SWEEP_FIELDS);
        Sweep.Method method = sweepMethod(node.field("method"));
        YamlNode pointsNode = node.field("points");
        if (method == Sweep.Method.GRID && !pointsNode.isAbsent()) {
            throw pointsNode.problem("is only used by method: latin-hypercube (a grid runs every combination of "
                    + "its values)");
        }
        YamlNode parametersNode = node.field("parameters").required(method == Sweep.Method.GRID
                ? "the parameters to sweep, e.g. parameters: {work.arrivalsPerMemberPerWeek: [0.4, 0.5, 0.6]}"
                : "the parameters to sweep, e.g. parameters: {work.arrivalsPerMemberPerWeek: {min: 0.4, max: 0.6}}");
        List<Sweep.SweptParameter> swept = new ArrayList<>();
        long gridPoints = 1;
        for (Map.Entry<Parameter, YamlNode> entry : parameterEntries(parametersNode, "a map from parameter keys to "
                + (method == Sweep.Method.GRID ? "lists of values" : "ranges {min, max}")).entrySet()) {
            Sweep.SweptParameter parameter = method == Sweep.Method.GRID
                    ? gridParameter(entry.getValue(), entry.getKey())
                    : Sweep.SweptParameter.sampled(range(entry.getValue(), entry.getKey(),
                            "a range {min, max} (latin-hypercube samples a range; lists of values are for method: grid)",
                            RANGE_FIELDS));
            gridPoints *= Math.max(1, parameter.values().size());
            if (method == Sweep.Method.GRID && gridPoints > MAX_SWEEP_POINTS) {
                throw parametersNode.problem("makes a grid of more than " + MAX_SWEEP_POINTS
                        + " points; sweep fewer values or use method: latin-hypercube");
            }
            swept.add(parameter);
        }
        int points;
        if (method == Sweep.Method.GRID) {
            points = (int) gridPoints;
        } else {
            points = pointsNode.required("latin-hypercube needs the number of points, e.g. points: 20")
                    .wholeNumber(1, MAX_SWEEP_POINTS);
        }
        return new Sweep(method, points, swept);
    }

    /** The fields of a {@code discovery:} block. */
    static final List<String> DISCOVERY_FIELDS = List.of("metric", "worseThan", "vsBaseline", "variant");

    /** A scenario's {@code discovery:} block, checked against the metrics it records and its variants. */
    static DiscoverySpec discovery(YamlNode node, List<Metric> recorded, List<String> variants, String baseline) {
        node.map("a map with metric and worseThan (and optionally vsBaseline, variant)", DISCOVERY_FIELDS);
        YamlNode metricNode = node.field("metric").required("the metric judged, e.g. metric: burnout_rate");
        String key = metricNode.nonEmptyText();
        Metric metric = Metric.byKey(key).filter(recorded::contains).orElseThrow(() -> metricNode.problem(
                "must be a metric this scenario records (" + String.join(", ", recorded.stream().map(Metric::key)
                        .toList()) + "), was '" + key + "'"));
        double worseThan = node.field("worseThan")
                .required("the value beyond which a design point fails, e.g. worseThan: 0.05")
                .number(-Double.MAX_VALUE, Double.MAX_VALUE);
        boolean vsBaseline = node.field("vsBaseline").bool(false);
        if (vsBaseline && variants.size() < 2) {
            throw node.field("vsBaseline").problem("needs a variant besides the baseline to compare with it");
        }
        YamlNode variantNode = node.field("variant");
        String variant = null;
        if (!variantNode.isAbsent()) {
            variant = variantNode.nonEmptyText();
            if (!variants.contains(variant)) {
                throw variantNode.problem("must name one of the variants (" + String.join(", ", variants)
                        + "), was '" + variant + "'");
            }
            if (vsBaseline && variant.equals(baseline)) {
                throw variantNode.problem("is the baseline, which vsBaseline compares every other variant with; "
                        + "name another variant, or remove vsBaseline");
            }
        }
        return new DiscoverySpec(metric, worseThan, vsBaseline, variant);
    }

    static Sensitivity sensitivity(YamlNode node) {
        return sensitivity(node, Metric.recordedWithoutCareers());
    }

    /** The sensitivity screening of a scenario that records {@code recorded} (the default metrics). */
    static Sensitivity sensitivity(YamlNode node, List<Metric> recorded) {
        node.map("a map with parameters (and optionally method, trajectories, levels, replications, metrics)",
                SENSITIVITY_FIELDS);
        YamlNode methodNode = node.field("method");
        if (!methodNode.isAbsent() && !(methodNode.isText() && methodNode.text().toLowerCase(Locale.ROOT).equals(MORRIS))) {
            throw methodNode.mismatch("morris (elementary effects; the only method so far)");
        }
        int trajectories = optionalWholeNumber(node.field("trajectories"), 1, MAX_TRAJECTORIES,
                Sensitivity.DEFAULT_TRAJECTORIES);
        YamlNode levelsNode = node.field("levels");
        int levels = optionalWholeNumber(levelsNode, 2, MAX_LEVELS, Sensitivity.DEFAULT_LEVELS);
        if (levels % 2 != 0) {
            throw levelsNode.problem("must be an even number (the step levels / (2 (levels - 1)) stays on the grid "
                    + "only for even levels), was " + levels);
        }
        YamlNode replicationsNode = node.field("replications");
        OptionalInt replications = replicationsNode.isAbsent() ? OptionalInt.empty()
                : OptionalInt.of(replicationsNode.wholeNumber(1, MAX_REPLICATIONS));
        YamlNode parametersNode = node.field("parameters")
                .required("the parameters to screen, e.g. parameters: {work.arrivalsPerMemberPerWeek: {min: 0.4, max: 0.6}}");
        List<ParameterRange> ranges = new ArrayList<>();
        for (Map.Entry<Parameter, YamlNode> entry
                : parameterEntries(parametersNode, "a map from parameter keys to ranges {min, max}").entrySet()) {
            ranges.add(range(entry.getValue(), entry.getKey(), "a range {min, max}, e.g. {min: 0.4, max: 0.6}",
                    RANGE_FIELDS));
        }
        List<Metric> metrics = metrics(node.field("metrics"), recorded, recorded);
        return new Sensitivity(trajectories, levels, ranges, metrics, replications);
    }

    /** The entries of a map from full parameter keys, in the order written; unknown keys are errors. */
    private static Map<Parameter, YamlNode> parameterEntries(YamlNode node, String expectation) {
        if (!node.isMap()) {
            throw node.mismatch(expectation);
        }
        Map<Parameter, YamlNode> entries = new LinkedHashMap<>();
        for (String key : node.fieldNames()) {
            YamlNode child = node.field(key);
            entries.put(YamlParameters.parameter(child, key), child);
        }
        if (entries.isEmpty()) {
            throw node.problem("must name at least one parameter");
        }
        return entries;
    }

    private static Sweep.SweptParameter gridParameter(YamlNode node, Parameter parameter) {
        String expectation = "a list of values, e.g. [0.4, 0.5, 0.6], or a range {min, max, steps}";
        if (node.isMap()) {
            ParameterRange range = range(node, parameter, expectation, GRID_RANGE_FIELDS);
            int steps = node.field("steps").required("how many evenly spaced values from min to max, e.g. steps: 5")
                    .wholeNumber(2, MAX_STEPS);
            List<Double> values = new ArrayList<>(steps);
            for (int step = 0; step < steps; step++) {
                values.add(range.at((double) step / (steps - 1)));
            }
            if (values.stream().distinct().count() < steps) {
                throw node.field("steps").problem("gives repeated values: " + parameter.key()
                        + " takes whole numbers only, and there are fewer than " + steps + " of them between "
                        + YamlNode.format(range.min()) + " and " + YamlNode.format(range.max()));
            }
            return Sweep.SweptParameter.grid(parameter, values);
        }
        if (node.isAbsent()) {
            throw node.problem("is missing its values (" + expectation + ")");
        }
        List<YamlNode> entries = node.list(expectation);
        if (entries.isEmpty()) {
            throw node.problem("must list at least one value");
        }
        List<Double> values = new ArrayList<>();
        Map<Double, YamlPath> firstAt = new HashMap<>();
        for (YamlNode entry : entries) {
            double value = YamlParameters.value(entry, parameter);
            YamlPath earlier = firstAt.putIfAbsent(value, entry.path());
            if (earlier != null) {
                throw entry.problem("repeats the value " + YamlNode.format(value) + " of " + earlier);
            }
            values.add(value);
        }
        return Sweep.SweptParameter.grid(parameter, values);
    }

    /** A map {min, max} (with only {@code fields}), both within the parameter's range, min below max. */
    private static ParameterRange range(YamlNode node, Parameter parameter, String expectation, List<String> fields) {
        if (!node.isMap()) {
            throw node.isAbsent() ? node.problem("is missing its range (" + expectation + ")") : node.mismatch(expectation);
        }
        node.map(expectation, fields);
        String hint = parameter.key() + " is " + YamlParameters.range(parameter);
        double min = YamlParameters.value(node.field("min").required(hint), parameter);
        double max = YamlParameters.value(node.field("max").required(hint), parameter);
        if (!(min < max)) {
            throw node.problem("is an empty range: min (" + YamlNode.format(min) + ") must be below max ("
                    + YamlNode.format(max) + ")");
        }
        return new ParameterRange(parameter, min, max);
    }

    private static Sweep.Method sweepMethod(YamlNode node) {
        if (node.isAbsent()) {
            return Sweep.Method.GRID;
        }
        if (node.isText()) {
            String text = node.text().toLowerCase(Locale.ROOT);
            for (Sweep.Method method : Sweep.Method.values()) {
                if (method.yamlName().equals(text)) {
                    return method;
                }
            }
        }
        throw node.mismatch("one of grid, latin-hypercube");
    }

    /** A list of metric names, returned in {@link Metric} order; {@code defaults} when absent. */
    static List<Metric> metrics(YamlNode node, List<Metric> defaults) {
        return metrics(node, defaults, Metric.all());
    }

    /** The same, each of them among the metrics the scenario {@code recorded}. */
    static List<Metric> metrics(YamlNode node, List<Metric> defaults, List<Metric> recorded) {
        if (node.isAbsent()) {
            return defaults;
        }
        List<YamlNode> entries = node.list("a list of metric names, e.g. [throughput, burnout_rate]");
        if (entries.isEmpty()) {
            throw node.problem("must list at least one metric (or be left out for the default)");
        }
        Set<Metric> metrics = EnumSet.noneOf(Metric.class);
        for (YamlNode entry : entries) {
            String name = entry.nonEmptyText();
            Metric metric = Metric.byKey(name).orElseThrow(() -> entry.problem("is not a known metric ("
                    + YamlSuggestion.closest(name, METRIC_KEYS).map(suggestion -> "did you mean " + suggestion + "? ")
                            .orElse("")
                    + "known metrics: " + String.join(", ", METRIC_KEYS) + ")"));
            if (!recorded.contains(metric)) {
                throw entry.problem("is not recorded in this scenario (" + (metric == Metric.BENCH_STRENGTH
                        ? "bench_strength needs careers" : "an organization described as levels records only "
                        + String.join(", ", recorded.stream().map(Metric::key).toList())) + ")");
            }
            if (!metrics.add(metric)) {
                throw entry.problem("repeats the metric " + name);
            }
        }
        return List.copyOf(metrics);
    }

    private static double optionalNumber(YamlNode node, double defaultValue) {
        return node.isAbsent() ? defaultValue : node.number(0, MAX_HALF_WIDTH);
    }

    private static int optionalWholeNumber(YamlNode node, int min, int max, int defaultValue) {
        return node.isAbsent() ? defaultValue : node.wholeNumber(min, max);
    }
}
