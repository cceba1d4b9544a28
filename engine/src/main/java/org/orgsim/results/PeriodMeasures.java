package org.orgsim.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.orgsim.contract.Metric;
import org.orgsim.model.SeriesLayout;
import org.orgsim.scenario.Period;

/**
 * What a run is judged on over a {@link Period}, computed per replication from its weekly rows so
 * that variants can be compared pair by pair (docs/model.md §6, "Periods"):
 * <ul>
 *   <li>every recorded series as its <b>period mean</b> (mean of its recorded weeks in the period),
 *       except {@code attrition}, which is cumulative: its period value is the share of the initial
 *       staff who left during the period (attrition at the last week minus at the week before);</li>
 *   <li><b>totals</b> where a sum means something: {@code items_delivered} (Σ throughput),
 *       {@code burnout_person_weeks} (Σ burnout_rate × headcount), {@code sick_days}
 *       (Σ sick_leave × 5 × headcount), {@code leavers} (period attrition × week-0 headcount) and
 *       {@code cost_total} (Σ cost);</li>
 *   <li><b>per head</b>: {@code throughput_per_head} and {@code cost_per_head}, period means of the
 *       weekly value divided by that week's headcount.</li>
 * </ul>
 * Totals and per-head figures need weekly rows and the series they are made of, so a careers-only
 * scenario (one row per review) has period means only.
 */
public final class PeriodMeasures {
    /** Work days in a week, as {@code sick_leave} counts them (docs/model.md §6). */
    private static final double WORKDAYS_PER_WEEK = 5;

    /**
     * Measures that grow or shrink with the organization's size by construction: when a variant
     * changes its size by design, their difference is shown without calling it better or worse.
     */
    public static final Set<String> SIZE_BY_CONSTRUCTION = Set.of(Metric.HEADCOUNT.key(), Metric.THROUGHPUT.key(),
            Metric.COST.key(), "items_delivered", "burnout_person_weeks", "sick_days", "leavers", "cost_total");

    /** One measure: its key in {@code summary.json} and its better direction. */
    public record Measure(String key, Metric.Direction direction, Metric metric, Computation computation) {
        /** The contract metric whose period mean this is, or null for a total, a per-head figure or an extra series. */
        public Metric metric() {
            return metric;
        }

        public boolean sizeByConstruction() {
            return SIZE_BY_CONSTRUCTION.contains(key);
        }
    }

    /** How a measure is computed from one run's recorded rows over a period. */
    @FunctionalInterface
    interface Computation {
        double over(double[][] rows, int recordEvery, Period period);
    }

    private final List<Measure> measures;

    private PeriodMeasures(List<Measure> measures) {
        this.measures = List.copyOf(measures);
    }

    /** The measures of a scenario recorded with {@code layout}, in {@code summary.json} order. */
    public static PeriodMeasures of(SeriesLayout layout) {
        List<Measure> measures = new ArrayList<>();
        for (SeriesLayout.Series series : layout.series()) {
            int column = series.column();
            Computation computation = series.metric() == Metric.ATTRITION
                    ? (rows, every, period) -> change(rows, every, period, column)
                    : (rows, every, period) -> mean(rows, every, period, column);
            measures.add(new Measure(series.key(), series.direction(), series.metric(), computation));
        }
        List<Metric> recorded = layout.metrics();
        if (layout.recordEvery() == 1 && recorded.contains(Metric.HEADCOUNT)) {
            int headcount = Metric.HEADCOUNT.ordinal();
            if (recorded.contains(Metric.THROUGHPUT)) {
                int throughput = Metric.THROUGHPUT.ordinal();
                measures.add(total("items_delivered", Metric.Direction.HIGHER_IS_BETTER,
                        (row) -> row[throughput]));
            }
            if (recorded.contains(Metric.BURNOUT_RATE)) {
                int burnout = Metric.BURNOUT_RATE.ordinal();
                measures.add(total("burnout_person_weeks", Metric.Direction.LOWER_IS_BETTER,
                        (row) -> row[burnout] * row[headcount]));
            }
            if (recorded.contains(Metric.SICK_LEAVE)) {
                int sick = Metric.SICK_LEAVE.ordinal();
                measures.add(total("sick_days", Metric.Direction.LOWER_IS_BETTER,
                        (row) -> row[sick] * WORKDAYS_PER_WEEK * row[headcount]));
            }
            if (recorded.contains(Metric.ATTRITION)) {
                int attrition = Metric.ATTRITION.ordinal();
                measures.add(new Measure("leavers", Metric.Direction.LOWER_IS_BETTER, null,
                        (rows, every, period) -> change(rows, every, period, attrition) * rows[0][headcount]));
            }
            if (recorded.contains(Metric.COST)) {
                int cost = Metric.COST.ordinal();
                measures.add(total("cost_total", Metric.Direction.LOWER_IS_BETTER, (row) -> row[cost]));
            }
            if (recorded.contains(Metric.THROUGHPUT)) {
                int throughput = Metric.THROUGHPUT.ordinal();
                measures.add(perHead("throughput_per_head", Metric.Direction.HIGHER_IS_BETTER, throughput, headcount));
            }
            if (recorded.contains(Metric.COST)) {
                int cost = Metric.COST.ordinal();
                measures.add(perHead("cost_per_head", Metric.Direction.LOWER_IS_BETTER, cost, headcount));
            }
        }
        return new PeriodMeasures(measures);
    }

    public List<Measure> measures() {
        return measures;
    }

    public int size() {
        return measures.size();
    }

    /** Index of the measure {@code key}, or -1. */
    public int indexOf(String key) {
        for (int index = 0; index < measures.size(); index++) {
            if (measures.get(index).key().equals(key)) {
                return index;
            }
        }
        return -1;
    }

    /** Every measure of one run over {@code period}, in measure order. */
    double[] values(double[][] rows, int recordEvery, Period period) {
        double[] values = new double[measures.size()];
        for (int index = 0; index < values.length; index++) {
            values[index] = measures.get(index).computation().over(rows, recordEvery, period);
        }
        return values;
    }

    /** A week's value from its row. */
    private interface RowValue {
        double of(double[] row);
    }

    private static Measure total(String key, Metric.Direction direction, RowValue value) {
        return new Measure(key, direction, null, (rows, every, period) -> {
            double sum = 0;
            for (int week = period.first(); week <= period.last(); week++) {
                sum += value.of(rows[week]);
            }
            return sum;
        });
    }

    private static Measure perHead(String key, Metric.Direction direction, int column, int headcount) {
        return new Measure(key, direction, null, (rows, every, period) -> {
            double sum = 0;
            for (int week = period.first(); week <= period.last(); week++) {
                double people = rows[week][headcount];
                sum += people > 0 ? rows[week][column] / people : Double.NaN;
            }
            return sum / period.length();
        });
    }

    /** Mean of the recorded weeks inside the period (NaN if none is recorded there). */
    static double mean(double[][] rows, int recordEvery, Period period, int column) {
        double sum = 0;
        int count = 0;
        for (int row = firstRowFrom(period.first(), recordEvery); row < rows.length && row * recordEvery <= period.last(); row++) {
            sum += rows[row][column];
            count++;
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** A cumulative series' growth over the period: its value at the period's end minus just before it began. */
    static double change(double[][] rows, int recordEvery, Period period, int column) {
        int end = Math.min(rows.length - 1, period.last() / recordEvery);
        int before = (period.first() - 1) / recordEvery;
        return rows[end][column] - rows[before][column];
    }

    private static int firstRowFrom(int week, int recordEvery) {
        return (week + recordEvery - 1) / recordEvery;
    }
}
