package org.orgsim.model;

import java.util.List;
import org.orgsim.contract.Metric;
import org.orgsim.model.MetricDefinitions.Definition;
import org.orgsim.model.MetricDefinitions.MeasuredWeek;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Records every metric at the end of each week from week 0 on, each as {@link MetricDefinitions}
 * computes it. Flow metrics that are undefined in a week without any event (no item finished, no
 * decision taken) carry the last defined value forward, so that a quiet week does not read as a
 * zero cycle time.
 */
final class MetricsRecorder implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final List<Definition> WEEKLY = MetricDefinitions.weekly();

    private final OrgModel model;
    private final double[][] weekly;
    /** The latest value of every metric, kept through the warm-up so week 0 can carry values too. */
    private final double[] current = new double[Metric.count()];
    private int leaversSinceStart;
    private double initialHeadcount;

    MetricsRecorder(OrgModel model, int weeks) {
        this.model = model;
        this.weekly = new double[weeks + 1][Metric.count()];
    }

    double[][] series() {
        return weekly;
    }

    @Override
    public void step(SimState state) {
        int week = model.week;
        WeekTally tally = model.tally;
        if (week == 0) {
            initialHeadcount = model.organization.staff.size();
        } else if (week > 0) {
            leaversSinceStart += tally.leavers;
        }
        MeasuredWeek measured = measuredWeek();
        for (Definition definition : WEEKLY) {
            double value = definition.organization().of(measured);
            if (!(definition.carriesForward() && Double.isNaN(value))) {
                current[definition.metric().ordinal()] = value;
            }
        }
        if (week >= 0) {
            System.arraycopy(current, 0, weekly[week], 0, current.length);
        }
        if (model.diagnostics != null) {
            model.diagnostics.weekRecorded(week, current[Metric.COST.ordinal()] - tally.hiringCost - tally.coachingCost, current,
                    model.organization);
        }
    }

    /**
     * Metrics' whole-organization values as they stand now, computed as the recorder computes them
     * (for the rule facts, which are built before the week is recorded), from one pass over the staff
     * that reads person objects only if the cost is asked for.
     */
    double[] measure(Metric... metrics) {
        boolean withCost = java.util.Arrays.asList(metrics).contains(Metric.COST);
        MetricDefinitions.MeasuredWeek week = new MetricDefinitions.MeasuredWeek(model, leaversSinceStart, initialHeadcount,
                MetricDefinitions.StaffSums.of(model, withCost));
        double[] values = new double[metrics.length];
        for (int index = 0; index < metrics.length; index++) {
            values[index] = MetricDefinitions.of(metrics[index]).organization().of(week);
        }
        return values;
    }

    private MeasuredWeek measuredWeek() {
        return new MeasuredWeek(model, leaversSinceStart, initialHeadcount);
    }

    static double weeklyCost(Person person, ParameterSet parameters) {
        double factor = switch (person.role) {
            case MEMBER -> 1;
            case LEAD -> parameters.get(Parameter.LEAD_COST_FACTOR);
            case MANAGER -> parameters.get(Parameter.MANAGER_COST_FACTOR);
        };
        return person.fte * parameters.get(Parameter.MEMBER_WEEKLY_COST) * factor;
    }
}
