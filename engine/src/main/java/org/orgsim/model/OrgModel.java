package org.orgsim.model;

import java.util.List;
import org.orgsim.scenario.ParameterSet;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.Variant;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One run of one variant: a MASON {@link SimState} whose schedule executes the phases of a week
 * in a fixed order (one tick = one week). Runs are independent objects, so replications can run
 * on as many threads as there are cores without sharing anything mutable.
 *
 * <p>All randomness comes from {@link RandomStreams}; MASON's own generator is never drawn from.
 * The warm-up weeks (negative week numbers) let wellbeing, backlogs and absence settle before
 * week 0; only weeks 0..horizon are recorded.
 */
public final class OrgModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** Phase orderings within a week; lower runs first. */
    private static final int CLOCK = 0;
    private static final int TURNOVER = 1;
    private static final int TIES_UP_TO_DATE = 2;
    private static final int ARRIVALS = 3;
    private static final int ABSENCE = 4;
    private static final int DECISIONS = 5;
    private static final int WORK = 6;
    private static final int WELLBEING = 7;
    private static final int FAMILIARITY = 8;
    private static final int METRICS = 9;

    final ParameterSet parameters;
    final RandomStreams streams;
    final OrganizationFactory factory;
    final Organization organization;
    final List<Position> positionsBottomUp;
    final Familiarity familiarity;
    final WeekTally tally = new WeekTally();
    private final Variant variant;
    private final int replication;
    private final int weeks;
    private final int warmupWeeks;
    private final MetricsRecorder recorder;
    /** The current week; negative during the warm-up, 0 is the first recorded week. */
    int week;

    public OrgModel(Variant variant, long seed, int replication, int weeks) {
        super(seed);
        this.variant = variant;
        this.replication = replication;
        this.weeks = weeks;
        this.parameters = variant.parameters();
        this.warmupWeeks = (int) parameters.get(Parameter.WARMUP_WEEKS);
        this.streams = new RandomStreams(seed, replication);
        this.factory = new OrganizationFactory(parameters, streams);
        this.organization = factory.build(variant.organization(), -warmupWeeks);
        this.positionsBottomUp = organization.positionsBottomUp();
        this.familiarity = new Familiarity(parameters);
        for (Team team : organization.teams) {
            familiarity.seedTeam(team, -warmupWeeks);
        }
        this.recorder = new MetricsRecorder(this, weeks);
        this.week = -warmupWeeks;
    }

    /** Runs the warm-up and the horizon and returns the recorded weeks. */
    public static RunRecord simulate(Variant variant, long seed, int replication, int weeks) {
        OrgModel model = new OrgModel(variant, seed, replication, weeks);
        return model.run();
    }

    @Override
    public void start() {
        super.start(); // clears the schedule: phases must be scheduled after it
        schedule.scheduleRepeating(0, CLOCK, (Steppable) state -> {
            week = (int) Math.round(schedule.getTime()) - warmupWeeks;
            tally.reset();
        }, 1);
        schedule.scheduleRepeating(0, TURNOVER, new Turnover(this), 1);
        schedule.scheduleRepeating(0, TIES_UP_TO_DATE, new TeamFamiliarity(this, false), 1);
        schedule.scheduleRepeating(0, ARRIVALS, new WorkArrival(this), 1);
        schedule.scheduleRepeating(0, ABSENCE, new Absence(this), 1);
        schedule.scheduleRepeating(0, DECISIONS, new Decisions(this), 1);
        schedule.scheduleRepeating(0, WORK, new Work(this), 1);
        schedule.scheduleRepeating(0, WELLBEING, new Wellbeing(this), 1);
        schedule.scheduleRepeating(0, FAMILIARITY, new TeamFamiliarity(this, true), 1);
        schedule.scheduleRepeating(0, METRICS, recorder, 1);
    }

    public RunRecord run() {
        start();
        int steps = warmupWeeks + weeks + 1;
        for (int step = 0; step < steps; step++) {
            schedule.step(this);
        }
        finish();
        return new RunRecord(variant.name(), replication, recorder.series(), List.of());
    }

    double weeklyCost(Person person) {
        return MetricsRecorder.weeklyCost(person, parameters);
    }
}
