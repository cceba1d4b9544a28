package org.orgsim.discovery;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orgsim.contract.Metric;
import org.orgsim.results.Numbers;
import org.orgsim.results.ResultsReader;
import org.orgsim.results.ResultsWriter;
import org.orgsim.scenario.ScenarioException;

/**
 * "When does this intervention fail?" over a parameter sweep: reads {@code sweep.csv} of a results
 * directory, marks for each variant the design points at which the metric is worse than the
 * threshold (worse by the metric's direction: above it for burnout, below it for throughput), or
 * at which the variant's difference from the baseline at the same point is worse than the
 * threshold, finds the boxes of parameter ranges that hold those points with {@link Prim}, and
 * writes {@code discovery.csv}.
 */
public final class Discovery {
    /** At most this many separate boxes per variant: scenario discovery looks for a few, readable ranges. */
    public static final int MAX_BOXES = 3;
    public static final String FILE = "discovery.csv";
    static final String HEADER = "metric,worse_than,vs_baseline,variant,box,step,chosen,coverage,density,mass,points,parameter,low,high";

    private Discovery() {
    }

    /**
     * What to look for.
     *
     * @param metric      the metric judged
     * @param worseThan   the threshold
     * @param vsBaseline  judge the variant minus the baseline at the same point, not the variant's level
     * @param variant     one variant, or null for every variant (every variant but the baseline with vsBaseline)
     */
    public record Question(Metric metric, double worseThan, boolean vsBaseline, String variant) {
        boolean fails(double value) {
            return metric.direction() == Metric.Direction.LOWER_IS_BETTER ? value > worseThan : value < worseThan;
        }

        public String describe() {
            String side = metric.direction() == Metric.Direction.LOWER_IS_BETTER ? "above" : "below";
            return metric.key() + (vsBaseline ? " versus the baseline " : " ") + side + " " + Numbers.format(worseThan);
        }
    }

    /** One variant's answer: how many design points fail, and the boxes found. */
    public record VariantAnswer(String variant, int failing, int points, List<Prim.Search> boxes) {
        public VariantAnswer {
            boxes = List.copyOf(boxes);
        }
    }

    /** The whole answer, with the swept parameters in the order of {@code sweep.csv}. */
    public record Answer(Question question, List<String> parameters, List<VariantAnswer> variants) {
        public Answer {
            parameters = List.copyOf(parameters);
            variants = List.copyOf(variants);
        }
    }

    /** Reads {@code directory/sweep.csv} and answers; bad input is a {@link ScenarioException} naming the file. */
    public static Answer discover(Path directory, Question question) {
        SweepTable sweep = SweepTable.read(directory.resolve("sweep.csv"));
        if (!sweep.metrics().contains(question.metric().key())) {
            throw new ScenarioException(sweep.file() + ": has no metric '" + question.metric().key() + "' (it has "
                    + String.join(", ", sweep.metrics()) + ")");
        }
        List<String> variants = new ArrayList<>();
        if (question.variant() != null) {
            if (!sweep.variants().contains(question.variant())) {
                throw new ScenarioException(sweep.file() + ": has no variant '" + question.variant() + "' (it has "
                        + String.join(", ", sweep.variants()) + ")");
            }
            variants.add(question.variant());
        } else {
            variants.addAll(question.vsBaseline() ? sweep.variants().subList(1, sweep.variants().size()) : sweep.variants());
        }
        if (variants.isEmpty()) {
            throw new ScenarioException(sweep.file() + ": a comparison with the baseline needs a variant besides the baseline");
        }
        String baseline = sweep.variants().get(0);
        double[][] points = sweep.points();
        List<VariantAnswer> answers = new ArrayList<>();
        for (String variant : variants) {
            boolean[] failing = new boolean[points.length];
            int count = 0;
            for (int point = 0; point < points.length; point++) {
                double value = sweep.mean(point, variant, question.metric().key());
                if (question.vsBaseline()) {
                    value -= sweep.mean(point, baseline, question.metric().key());
                }
                failing[point] = question.fails(value);
                count += failing[point] ? 1 : 0;
            }
            answers.add(new VariantAnswer(variant, count, points.length, new Prim().cover(points, failing, MAX_BOXES)));
        }
        return new Answer(question, sweep.parameters(), answers);
    }

    /**
     * Writes {@code discovery.csv}: one row per variant × box × step of the peeling trajectory ×
     * parameter, with the box's coverage, density, mass and the parameter's range; {@code chosen} is
     * true on the rows of the box chosen. Written to a temporary file first, then moved into place.
     */
    public static Path write(Path directory, Answer answer) {
        Path target = directory.resolve(FILE);
        Path staged = directory.resolve("." + FILE + ".partial");
        try (Writer out = Files.newBufferedWriter(staged, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (VariantAnswer variant : answer.variants()) {
                for (int box = 0; box < variant.boxes().size(); box++) {
                    Prim.Search search = variant.boxes().get(box);
                    for (int step = 0; step < search.trajectory().size(); step++) {
                        PrimBox peeled = search.trajectory().get(step);
                        for (int parameter = 0; parameter < answer.parameters().size(); parameter++) {
                            out.write(ResultsWriter.csvLine(answer.question().metric().key(),
                                    Numbers.format(answer.question().worseThan()), String.valueOf(answer.question().vsBaseline()),
                                    variant.variant(), String.valueOf(box + 1), String.valueOf(step),
                                    String.valueOf(step == search.chosen()), Numbers.format(peeled.coverage()),
                                    Numbers.format(peeled.density()), Numbers.format(peeled.mass()), String.valueOf(peeled.points()),
                                    answer.parameters().get(parameter), Numbers.format(peeled.low(parameter)),
                                    Numbers.format(peeled.high(parameter))));
                        }
                    }
                }
            }
        } catch (IOException failure) {
            throw new ScenarioException(target + ": cannot be written: " + failure.getMessage());
        }
        try {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            throw new ScenarioException(target + ": cannot be written: " + failure.getMessage());
        }
        return target;
    }

    /** The restricted parameters of a box as readable ranges, e.g. "work.arrivalsPerMemberPerWeek ≥ 0.57". */
    public static List<String> ranges(Answer answer, PrimBox box, PrimBox full) {
        List<String> ranges = new ArrayList<>();
        for (int parameter = 0; parameter < answer.parameters().size(); parameter++) {
            boolean fromBelow = box.low(parameter) > full.low(parameter);
            boolean fromAbove = box.high(parameter) < full.high(parameter);
            String name = answer.parameters().get(parameter);
            if (fromBelow && fromAbove) {
                ranges.add(name + " between " + Numbers.format(box.low(parameter)) + " and " + Numbers.format(box.high(parameter)));
            } else if (fromBelow) {
                ranges.add(name + " >= " + Numbers.format(box.low(parameter)));
            } else if (fromAbove) {
                ranges.add(name + " <= " + Numbers.format(box.high(parameter)));
            }
        }
        return ranges;
    }

    /** sweep.csv as a table: design points, and each (point, variant, metric)'s mean. */
    record SweepTable(Path file, List<String> parameters, List<String> variants, List<String> metrics, double[][] points,
                      Map<String, Double> means) {
        double mean(int point, String variant, String metric) {
            Double value = means.get(point + "\u0000" + variant + "\u0000" + metric);
            if (value == null) {
                throw new ScenarioException(file + ": no row for point " + point + ", variant " + variant + ", metric " + metric);
            }
            return value;
        }

        static SweepTable read(Path file) {
            if (!Files.isRegularFile(file)) {
                throw new ScenarioException(file + ": not found; discovery needs the results of a scenario with a sweep "
                        + "(docs/scenarios.md, \"Parameter sweeps\")");
            }
            List<ResultsReader.CsvRecord> records = ResultsReader.records(file);
            if (records.isEmpty()) {
                throw new ScenarioException(file + ":1: empty; expected the header point,<parameters>,variant,metric,mean,ci_low,ci_high");
            }
            List<String> header = records.get(0).fields();
            int variantColumn = header.indexOf("variant");
            if (header.size() < 7 || !header.get(0).equals("point") || variantColumn < 2
                    || !header.subList(variantColumn, header.size()).equals(List.of("variant", "metric", "mean", "ci_low", "ci_high"))) {
                throw new ScenarioException(file + ":1: not a sweep table; expected the header "
                        + "point,<parameters>,variant,metric,mean,ci_low,ci_high");
            }
            List<String> parameters = header.subList(1, variantColumn);
            Map<Integer, double[]> points = new LinkedHashMap<>();
            Map<String, Double> means = new LinkedHashMap<>();
            List<String> variants = new ArrayList<>();
            List<String> metrics = new ArrayList<>();
            for (ResultsReader.CsvRecord record : records.subList(1, records.size())) {
                List<String> row = record.fields();
                String where = file + ":" + record.line();
                if (row.size() != header.size()) {
                    throw new ScenarioException(where + ": " + row.size() + " fields, the header has " + header.size());
                }
                int point = (int) number(where, row.get(0));
                double[] values = new double[parameters.size()];
                for (int parameter = 0; parameter < values.length; parameter++) {
                    values[parameter] = number(where, row.get(1 + parameter));
                }
                points.putIfAbsent(point, values);
                String variant = row.get(variantColumn);
                String metric = row.get(variantColumn + 1);
                if (!variants.contains(variant)) {
                    variants.add(variant);
                }
                if (!metrics.contains(metric)) {
                    metrics.add(metric);
                }
                means.put(point + "\u0000" + variant + "\u0000" + metric, number(where, row.get(variantColumn + 2)));
            }
            if (points.isEmpty()) {
                throw new ScenarioException(file + ": holds no design points");
            }
            double[][] ordered = new double[points.size()][];
            for (int point = 0; point < ordered.length; point++) {
                ordered[point] = points.get(point);
                if (ordered[point] == null) {
                    throw new ScenarioException(file + ": design points must count from 0 without gaps; point " + point + " is missing");
                }
            }
            return new SweepTable(file, List.copyOf(parameters), List.copyOf(variants), List.copyOf(metrics), ordered, means);
        }

        static double number(String where, String text) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException notANumber) {
                throw new ScenarioException(where + ": '" + (text.length() > 40 ? text.substring(0, 40) + "..." : text)
                        + "' is not a number");
            }
        }

    }


    /** One chosen box as {@code discovery.csv} holds it, with its restricted parameters as readable ranges. */
    public record ChosenBox(String variant, int box, double coverage, double density, double mass, List<String> ranges) {
        public ChosenBox {
            ranges = List.copyOf(ranges);
        }
    }

    /** What {@code discovery.csv} asked and found; empty when the directory has none. */
    public record Found(String metric, double worseThan, boolean vsBaseline, List<ChosenBox> boxes) {
        public Found {
            boxes = List.copyOf(boxes);
        }
    }

    /** Reads the chosen boxes of {@code directory/discovery.csv}, if there is one. */
    public static java.util.Optional<Found> read(Path directory) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        List<ResultsReader.CsvRecord> records = ResultsReader.records(file);
        if (records.isEmpty() || !String.join(",", records.get(0).fields()).equals(HEADER)) {
            throw new ScenarioException(file + ":1: not a discovery table; expected the header " + HEADER);
        }
        Map<String, double[]> fullRange = new LinkedHashMap<>();
        Map<String, ChosenBox> chosen = new LinkedHashMap<>();
        Map<String, List<String>> ranges = new LinkedHashMap<>();
        String metric = null;
        double worseThan = Double.NaN;
        boolean vsBaseline = false;
        for (ResultsReader.CsvRecord record : records.subList(1, records.size())) {
            List<String> row = record.fields();
            String where = file + ":" + record.line();
            if (row.size() != 14) {
                throw new ScenarioException(where + ": " + row.size() + " fields, the header has 14");
            }
            metric = row.get(0);
            worseThan = SweepTable.number(where, row.get(1));
            vsBaseline = Boolean.parseBoolean(row.get(2));
            String key = row.get(3) + "\u0000" + row.get(4);
            String parameter = row.get(11);
            double low = SweepTable.number(where, row.get(12));
            double high = SweepTable.number(where, row.get(13));
            if (row.get(5).equals("0")) {
                fullRange.put(key + "\u0000" + parameter, new double[] {low, high});
            }
            if (Boolean.parseBoolean(row.get(6))) {
                chosen.putIfAbsent(key, new ChosenBox(row.get(3), Integer.parseInt(row.get(4)), SweepTable.number(where, row.get(7)),
                        SweepTable.number(where, row.get(8)), SweepTable.number(where, row.get(9)), List.of()));
                double[] full = fullRange.get(key + "\u0000" + parameter);
                boolean fromBelow = full != null && low > full[0];
                boolean fromAbove = full != null && high < full[1];
                String range = fromBelow && fromAbove ? parameter + " " + Numbers.format(low) + "–" + Numbers.format(high)
                        : fromBelow ? parameter + " ≥ " + Numbers.format(low) : fromAbove ? parameter + " ≤ " + Numbers.format(high) : null;
                if (range != null) {
                    ranges.computeIfAbsent(key, k -> new ArrayList<>()).add(range);
                }
            }
        }
        List<ChosenBox> boxes = new ArrayList<>();
        chosen.forEach((key, box) -> boxes.add(new ChosenBox(box.variant(), box.box(), box.coverage(), box.density(), box.mass(),
                ranges.getOrDefault(key, List.of()))));
        return metric == null ? java.util.Optional.empty() : java.util.Optional.of(new Found(metric, worseThan, vsBaseline, boxes));
    }
}
