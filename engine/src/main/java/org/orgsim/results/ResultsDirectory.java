package org.orgsim.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.model.SeriesLayout;

/**
 * The contents of a results folder as the report and the workshop page render them: the run's
 * facts, per variant the final-week estimates, the paired comparisons with the baseline and the
 * recorded weekly series, the interventions applied, the manifest and the scenario copy.
 *
 * <p>Two ways to get one, and they agree number for number: {@link ResultsReader#read} reads a
 * folder back, and {@link #of} views the in-memory {@link Results} of a run that is being written.
 * The in-memory view rounds every number as {@link Numbers} writes it, so a report rendered right
 * after a run and one re-rendered later from the folder are the same bytes.
 *
 * <p>Unknown metric names in the files are skipped (a newer engine may add metrics); a metric this
 * version knows but a file lacks is undefined (NaN), shown as a dash.
 */
public final class ResultsDirectory {
    /**
     * One variant.
     *
     * @param finals         final-week estimates ({@code summary.json} {@code metrics})
     * @param versusBaseline paired comparisons ({@code vsBaseline}); empty for the baseline
     * @param weekly         per metric, estimates for weeks 0..horizon, undefined where none was recorded
     * @param series         every recorded series of {@code timeseries.csv} by its key (metrics and
     *                       extra series such as {@code competence_level_<name>}), recorded weeks only,
     *                       in file order
     * @param periods        the figures over each period by its name, the horizon first; empty for
     *                       results written before periods existed
     * @param sizeByDesign   why the variant's size differs from the baseline's by design, or null
     */
    public record Variant(String name, String description, boolean baseline, Map<Metric, Estimate> finals,
                          Map<Metric, PairedComparison> versusBaseline, Map<Metric, List<Estimate>> weekly,
                          Map<String, List<Point>> series, Map<String, PeriodFigures> periods, String sizeByDesign) {
        public Variant {
            periods = Collections.unmodifiableMap(new LinkedHashMap<>(periods));
            Objects.requireNonNull(name, "name");
            description = description == null ? "" : description;
            finals = Collections.unmodifiableMap(new EnumMap<>(finals));
            versusBaseline = versusBaseline.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(versusBaseline));
            EnumMap<Metric, List<Estimate>> copy = new EnumMap<>(Metric.class);
            weekly.forEach((metric, estimates) -> copy.put(metric, List.copyOf(estimates)));
            weekly = Collections.unmodifiableMap(copy);
            Map<String, List<Point>> seriesCopy = new LinkedHashMap<>();
            series.forEach((key, points) -> seriesCopy.put(key, List.copyOf(points)));
            series = Collections.unmodifiableMap(seriesCopy);
        }

        /** The final-week estimate, undefined (NaN) if the summary lacks the metric. */
        public Estimate finalEstimate(Metric metric) {
            return finals.getOrDefault(metric, UNDEFINED);
        }

        /** The paired comparison with the baseline; empty for the baseline, or if the summary lacks it. */
        public Optional<PairedComparison> versus(Metric metric) {
            return Optional.ofNullable(versusBaseline.get(metric));
        }

        /** Estimates for weeks 0..horizon; an undefined estimate where the file has no row. */
        public List<Estimate> weekly(Metric metric) {
            return weekly.getOrDefault(metric, List.of());
        }

        /** The figures over the period {@code name}; empty if the results have no such period. */
        public Optional<PeriodFigures> period(String name) {
            return Optional.ofNullable(periods.get(name));
        }

        /** Why the variant's size differs from the baseline's by design; empty when it does not. */
        public Optional<String> sizeChangedByDesign() {
            return Optional.ofNullable(sizeByDesign);
        }
    }

    /**
     * A variant's figures over one period ({@code summary.json} {@code periods.<name>}): per measure
     * key (the recorded metrics, totals and per-head figures of {@link PeriodMeasures}) the mean with
     * its interval and the paired difference from the baseline.
     */
    public record PeriodFigures(String name, int first, int last, Map<String, Estimate> metrics,
                                Map<String, PairedComparison> versusBaseline) {
        public PeriodFigures {
            metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
            versusBaseline = Collections.unmodifiableMap(new LinkedHashMap<>(versusBaseline));
        }

        public Estimate estimate(String key) {
            return metrics.getOrDefault(key, UNDEFINED);
        }

        public Optional<PairedComparison> versus(String key) {
            return Optional.ofNullable(versusBaseline.get(key));
        }
    }

    /** One recorded week of one series. */
    public record Point(int week, Estimate estimate) {
    }

    /** One row of {@code events.csv}: an intervention applied in one run. */
    public record Event(String variant, int replication, int week, String rule, String action, String target,
                        String detail) {
    }

    /** A value the files do not give: shown as a dash. */
    public static final Estimate UNDEFINED = new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);

    private final Path directory;
    private final String scenarioName;
    private final String description;
    private final int weeks;
    private final int replications;
    private final Long seed;
    private final String baselineName;
    private final List<Variant> variants;
    private final List<Event> events;
    private final Manifest manifest;
    private final String scenarioText;
    private final SegmentFigures segments;

    ResultsDirectory(Path directory, String scenarioName, String description, int weeks, int replications,
                     Long seed, String baselineName, List<Variant> variants, List<Event> events,
                     Manifest manifest, String scenarioText) {
        this(directory, scenarioName, description, weeks, replications, seed, baselineName, variants, events, manifest, scenarioText, SegmentFigures.NONE);
    }

    ResultsDirectory(Path directory, String scenarioName, String description, int weeks, int replications,
                     Long seed, String baselineName, List<Variant> variants, List<Event> events,
                     Manifest manifest, String scenarioText, SegmentFigures segments){
        this.directory = directory;
        this.scenarioName = scenarioName;
        this.description = description;
        this.weeks = weeks;
        this.replications = replications;
        this.seed = seed;
        this.baselineName = baselineName;
        this.variants = List.copyOf(variants);
        this.events = events == null ? null : List.copyOf(events);
        this.manifest = manifest;
        this.scenarioText = scenarioText;
        this.segments = segments == null ? SegmentFigures.NONE : segments;
    }

    /**
     * The in-memory results of a run as they will read back from {@code directory}: the same
     * metrics, the same rounding, the same variant descriptions (from the scenario copy).
     *
     * @param manifest the run's manifest, or null if there is none
     */
    public static ResultsDirectory of(Results results, Manifest manifest, Path directory) {
        Map<String, String> descriptions = ScenarioCopy.variantDescriptions(directory.resolve(
                ResultsWriter.SCENARIO_FILE), results.scenarioText());
        SeriesLayout layout = results.layout();
        List<Variant> variants = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (VariantResults variant : results.variants()) {
            Map<Metric, Estimate> finals = new EnumMap<>(Metric.class);
            Map<Metric, PairedComparison> versus = new EnumMap<>(Metric.class);
            Map<String, List<Point>> series = new LinkedHashMap<>();
            for (SeriesLayout.Series one : layout.series()) {
                List<Point> points = new ArrayList<>();
                for (int week = 0; week <= results.weeks(); week += layout.recordEvery()) {
                    Estimate estimate = variant.weekly(week, one.column());
                    points.add(new Point(week, rounded(estimate, 0)));
                }
                series.put(one.key(), points);
                if (one.metric() != null) {
                    finals.put(one.metric(), rounded(variant.finalEstimate(one.column()), results.replications()));
                    variant.versusBaseline(one.column()).ifPresent(paired -> versus.put(one.metric(), rounded(paired)));
                }
            }
            Map<String, PeriodFigures> periods = new LinkedHashMap<>();
            variant.periods().ifPresent(figures -> periods.putAll(periodFigures(figures, results.replications())));
            String sizeByDesign = variant.periods().flatMap(PeriodResults::sizeByDesign).orElse(null);
            variants.add(new Variant(variant.name(), descriptions.get(variant.name()), variant.isBaseline(), finals,
                    versus, weekly(series, results.weeks()), series, periods, sizeByDesign));
            for (int replication = 0; replication < results.replications(); replication++) {
                for (InterventionEvent event : variant.events(replication)) {
                    events.add(new Event(variant.name(), replication, event.week(), text(event.rule()),
                            text(event.action()), text(event.target()), text(event.detail())));
                }
            }
        }
        return new ResultsDirectory(directory, results.scenarioName(), results.description(), results.weeks(),
                results.replications(), results.seed(), results.baselineName(), variants, events, manifest,
                results.scenarioText(), SegmentFigures.of(results));
    }

    private static Map<String, PeriodFigures> periodFigures(PeriodResults figures, int replications) {
        Map<String, PeriodFigures> periods = new LinkedHashMap<>();
        List<PeriodMeasures.Measure> measures = figures.measures().measures();
        for (int period = 0; period < figures.periods().size(); period++) {
            Map<String, Estimate> metrics = new LinkedHashMap<>();
            Map<String, PairedComparison> versus = new LinkedHashMap<>();
            for (int measure = 0; measure < measures.size(); measure++) {
                String key = measures.get(measure).key();
                metrics.put(key, rounded(figures.estimate(period, measure), replications));
                figures.versusBaseline(period, measure).ifPresent(paired -> versus.put(key, rounded(paired)));
            }
            org.orgsim.scenario.Period one = figures.periods().get(period);
            periods.put(one.name(), new PeriodFigures(one.name(), one.first(), one.last(), metrics, versus));
        }
        return periods;
    }

    /** Per metric this version knows, weeks 0..{@code weeks}: the recorded estimate or {@link #UNDEFINED}. */
    static Map<Metric, List<Estimate>> weekly(Map<String, List<Point>> series, int weeks) {
        Map<Metric, List<Estimate>> weekly = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.all()) {
            List<Estimate> estimates = new ArrayList<>(Collections.nCopies(weeks + 1, UNDEFINED));
            for (Point point : series.getOrDefault(metric.key(), List.of())) {
                estimates.set(point.week(), point.estimate());
            }
            weekly.put(metric, estimates);
        }
        return weekly;
    }

    /** The value as it reads back from the file it is written to. */
    static double rounded(double value) {
        java.math.BigDecimal decimal = Numbers.decimal(value);
        return decimal == null ? Double.NaN : decimal.doubleValue();
    }

    private static Estimate rounded(Estimate estimate, int n) {
        return new Estimate(rounded(estimate.mean()), rounded(estimate.ciLow()), rounded(estimate.ciHigh()), n);
    }

    private static PairedComparison rounded(PairedComparison paired) {
        return new PairedComparison(rounded(paired.meanDiff()), rounded(paired.ciLow()), rounded(paired.ciHigh()),
                rounded(paired.probBetter()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public Path directory() {
        return directory;
    }

    public String scenarioName() {
        return scenarioName;
    }

    /** The scenario's description; empty if it has none. */
    public String description() {
        return description;
    }

    public int weeks() {
        return weeks;
    }

    public int replications() {
        return replications;
    }

    /** The master seed, from {@code summary.json} or else the manifest; empty if neither has it. */
    public Optional<Long> seed() {
        return Optional.ofNullable(seed);
    }

    public String baselineName() {
        return baselineName;
    }

    /** The figures of the week-0 segments ("who bears the cost"); none for results written before segments existed. */
    public SegmentFigures segments() {
        return segments;
    }

    /** All variants, in the order of {@code summary.json} (the scenario's order). */
    public List<Variant> variants() {
        return variants;
    }

    public Optional<Variant> variant(String name) {
        return variants.stream().filter(variant -> variant.name().equals(name)).findFirst();
    }

    /**
     * The period the report leads with: {@code main} when the scenario names one, else
     * {@code horizon}; empty for results written before periods existed.
     */
    public Optional<String> mainPeriod() {
        Map<String, PeriodFigures> periods = variants.get(0).periods();
        if (periods.containsKey("main")) {
            return Optional.of("main");
        }
        return periods.containsKey("horizon") ? Optional.of("horizon") : Optional.empty();
    }

    public Variant baseline() {
        return variants.stream().filter(Variant::baseline).findFirst().orElseThrow();
    }

    /** The variants other than the baseline, in order. */
    public List<Variant> alternatives() {
        return variants.stream().filter(variant -> !variant.baseline()).toList();
    }

    /** Every intervention applied, in file order; empty if {@code events.csv} is missing. */
    public List<Event> events() {
        return events == null ? List.of() : events;
    }

    /** False when the directory has no {@code events.csv} (as opposed to one without events). */
    public boolean hasEventsFile() {
        return events != null;
    }

    public Optional<Manifest> manifest() {
        return Optional.ofNullable(manifest);
    }

    /** The text of {@code scenario.yaml}, if the directory has one. */
    public Optional<String> scenarioText() {
        return Optional.ofNullable(scenarioText);
    }

    @Override
    public String toString() {
        return "ResultsDirectory[" + directory + ", " + scenarioName + ", variants="
                + variants.stream().map(Variant::name).toList() + "]";
    }
}
