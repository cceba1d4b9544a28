package org.orgsim.model;

import java.util.ArrayList;
import java.util.List;
import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.contract.RunRecord;
import org.orgsim.scenario.OrganizationSpec;
import org.orgsim.scenario.Parameter;
import org.orgsim.scenario.ParameterSet;
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
    /** Turnover and absence: one pass over the staff decides who stays and who is absent this week. */
    private static final int TURNOVER = 1;
    private static final int TIES_UP_TO_DATE = 2;
    private static final int ARRIVALS = 3;
    private static final int DECISIONS = 5;
    private static final int WORK = 6;
    private static final int INTERVENTIONS = 7;
    private static final int WELLBEING = 8;
    private static final int FAMILIARITY = 9;
    private static final int METRICS = 10;
    private static final int OBSERVER = 11;
    /** Issue 15: segment figures, after the week's metrics (and after any observer, which does not change the state). */
    private static final int SEGMENTS = 12;

    /** Weeks of working together that make a team established (ties near their plateau). */
    static final int ESTABLISHED_TEAM_WEEKS = 104;

    final ParameterSet parameters;
    final RandomStreams streams;
    final OrganizationFactory factory;
    final Organization organization;
    List<Position> positionsBottomUp;
    final Familiarity familiarity;
    final WeekTally tally = new WeekTally();
    private final Variant variant;
    private final int replication;
    private final int weeks;
    private final int warmupWeeks;
    private final MetricsRecorder recorder;
    private final SegmentRecorder segments;
    private final InterventionPolicy policy;
    /** Watches the run week by week (replay), or null. */
    private WeekObserver observer;
    final List<InterventionEvent> events = new ArrayList<>();
    /** Calibration counters, or null (the usual case): every hook is behind a null check. */
    Diagnostics diagnostics;
    /** Job insecurity across the organization after layoffs anywhere in it, 0-1 (fades like a team's). */
    double organizationInsecurity;
    /** While true, vacancies stay open (an intervention froze hiring). */
    boolean hiringFrozen;
    private boolean staffChanged;
    /** The current week; negative during the warm-up, 0 is the first recorded week. */
    int week;
    /** Career reviews in an organization of teams, or null when the variant has no careers. */
    private final TeamCareers careers;
    /**
     * An imported organization's survey calibration, run once at the start of week 0 so that its
     * teams start where their survey puts them; null for a generated organization or one without
     * survey data.
     */
    private final Runnable weekZeroCalibration;
    /** Turns the generated initial staff into a survivor stock during the warm-up; null if it does not apply. */
    private final InitialStaffSelection selection;

    public OrgModel(Variant variant, long seed, int replication, int weeks, InterventionPolicy policy) {
        super(seed);
        this.policy = policy;
        this.variant = variant;
        this.replication = replication;
        this.weeks = weeks;
        this.parameters = variant.parameters();
        this.warmupWeeks = (int) parameters.get(Parameter.WARMUP_WEEKS);
        this.streams = new RandomStreams(seed, replication);
        StaffState staffState = new StaffState();
        this.factory = new OrganizationFactory(parameters, streams, staffState);
        // An organization imported from HRIS data is built person by person from it, not generated.
        if (variant.organization() instanceof OrganizationSpec.Imported spec) {
            ImportedOrganizationBuilder imported = new ImportedOrganizationBuilder(parameters, streams, staffState);
            this.organization = imported.build(spec.organization(), -warmupWeeks);
            this.weekZeroCalibration = imported.weekZeroCalibration();
        } else {
            this.organization = factory.build(variant.organization(), -warmupWeeks);
            this.weekZeroCalibration = null;
        }
        this.positionsBottomUp = organization.positionsBottomUp();
        this.familiarity = new Familiarity(parameters);
        // During the warm-up a team that forms later is not yet a team: its people are taken to
        // come from established teams elsewhere. At week 0 the scenario's familiarity is set.
        for (Team team : organization.teams) {
            familiarity.seedTeam(team, -warmupWeeks, Math.max(team.initialTogetherWeeks, ESTABLISHED_TEAM_WEEKS));
        }
        this.recorder = new MetricsRecorder(this, weeks);
        this.segments = new SegmentRecorder(this, weeks);
        this.week = -warmupWeeks;
        this.careers = variant.hasCareers() ? new TeamCareers(this, policy, weeks) : null;
        // An imported organization's people are who they are (their survey sets their states).
        this.selection = InitialStaffSelection.applies(warmupWeeks)
                && !(variant.organization() instanceof OrganizationSpec.Imported)
                ? new InitialStaffSelection(this, warmupWeeks) : null;
    }

    /** Runs the warm-up and the horizon without interventions and returns the recorded weeks. */
    public static RunRecord simulate(Variant variant, long seed, int replication, int weeks) {
        if (variant.organization().isLevelsOnly()) { // careers only: no weeks, review to review
            return LevelsModel.simulate(variant, seed, replication, weeks);
        }
        return new OrgModel(variant, seed, replication, weeks, null).run();
    }

    /**
     * Runs without interventions and fills {@code diagnostics} (weeks outside its window are not
     * counted); the results are the same as without it.
     */
    public static RunRecord simulate(Variant variant, long seed, int replication, int weeks, Diagnostics diagnostics) {
        requireWeeks(variant, "calibration diagnostics");
        OrgModel model = new OrgModel(variant, seed, replication, weeks, null);
        model.diagnostics = diagnostics;
        return model.run();
    }

    /**
     * Runs with interventions (policy may be null) and shows every recorded week to an observer,
     * for replaying a run; the results are the same as without the observer.
     */
    public static RunRecord simulate(Variant variant, long seed, int replication, int weeks, InterventionPolicy policy,
                                     WeekObserver observer) {
        requireWeeks(variant, "replaying a run week by week");
        try (InterventionPolicy closing = policy) {
            OrgModel model = new OrgModel(variant, seed, replication, weeks, closing);
            model.observer = observer;
            return model.run();
        }
    }

    /**
     * Runs with interventions decided by {@code policy} (from week 1 on; week 0 is the state they
     * start from). The policy is closed when the run ends, also when it fails.
     */
    public static RunRecord simulate(Variant variant, long seed, int replication, int weeks, InterventionPolicy policy) {
        if (variant.organization().isLevelsOnly()) { // careers only: no weeks, review to review
            return LevelsModel.simulate(variant, seed, replication, weeks, policy);
        }
        try (policy) {
            return new OrgModel(variant, seed, replication, weeks, policy).run();
        }
    }

    /** A careers-only organization has no weeks to observe: it steps from review to review ({@link LevelsModel}). */
    private static void requireWeeks(Variant variant, String purpose) {
        if (variant.organization().isLevelsOnly()) {
            throw new org.orgsim.scenario.ScenarioException("variant '" + variant.name() + "' is an organization of "
                    + "levels (careers only), which runs from career review to career review without weeks; "
                    + purpose + " needs an organization of teams");
        }
    }

    @Override
    public void start() {
        super.start(); // clears the schedule: phases must be scheduled after it
        schedule.scheduleRepeating(0, CLOCK, (Steppable) state -> {
            week = (int) Math.round(schedule.getTime()) - warmupWeeks;
            tally.reset();
            if (selection != null) {
                selection.weekStarted(week); // the initial staff becomes a survivor stock during the warm-up
            }
            if (careers != null) {
                careers.weekStarted(); // a career review in review weeks, before anything else happens
            }
            if (week == 0 && weekZeroCalibration != null) {
                weekZeroCalibration.run(); // the imported teams start week 0 where their survey says
            }
        }, 1);
        schedule.scheduleRepeating(0, TURNOVER, new Turnover(this), 1);
        schedule.scheduleRepeating(0, TIES_UP_TO_DATE, new TeamFamiliarity(this, false), 1);
        schedule.scheduleRepeating(0, ARRIVALS, new WorkArrival(this), 1);
        schedule.scheduleRepeating(0, DECISIONS, new Decisions(this), 1);
        schedule.scheduleRepeating(0, WORK, new Work(this), 1);
        if (policy != null) {
            schedule.scheduleRepeating(0, INTERVENTIONS, new InterventionPhase(this, policy), 1);
        }
        schedule.scheduleRepeating(0, WELLBEING, new Wellbeing(this), 1);
        schedule.scheduleRepeating(0, FAMILIARITY, new TeamFamiliarity(this, true), 1);
        schedule.scheduleRepeating(0, METRICS, careers == null ? recorder : careers.afterMetrics(recorder), 1);
        if (observer != null) {
            schedule.scheduleRepeating(0, OBSERVER, new ObserverPhase(this, observer, policy == null), 1);
        }
        schedule.scheduleRepeating(0, SEGMENTS, segments, 1);
    }

    /** Several metrics' whole-organization values as they stand now, from one pass over the staff. */
    double[] measureNow(Metric... metrics) {
        return recorder.measure(metrics);
    }

    /** The metric row of a recorded week (a copy). */
    double[] metricsOfWeek(int recordedWeek) {
        return recorder.series()[recordedWeek].clone();
    }

    public RunRecord run() {
        start();
        int steps = warmupWeeks + weeks + 1;
        for (int step = 0; step < steps; step++) {
            schedule.step(this);
        }
        finish();
        double[][] series = careers == null ? recorder.series() : careers.withCareerColumns(recorder.series());
        return new RunRecord(variant.name(), replication, series, events, 1, segments.record());
    }

    /**
     * Somebody leaves: quits, is laid off, or their position is abolished. With {@code refill},
     * their seat becomes a vacancy filled after the hiring lag; otherwise the seat goes too.
     */
    void depart(Person person, boolean refill) {
        int fillWeek = week + (int) parameters.get(Parameter.VACANCY_WEEKS);
        person.employed = false;
        organization.state.leave(person);
        tally.leavers++;
        staffChanged = true;
        familiarity.remove(person);
        if (person.position != null) {
            person.position.holder = null;
            // With careers, from week 0 on a vacated position waits for the next career review.
            boolean waits = careers != null && careers.positionsWaitForReview();
            person.position.fillWeek = refill && !waits ? fillWeek : Integer.MAX_VALUE;
        }
        if (person.team != null) {
            if (person.role == Role.MEMBER) {
                person.team.members.remove(person);
                if (refill) {
                    person.team.memberVacancies.add(fillWeek);
                }
            }
            person.team.tiesStale = true;
        }
    }

    /** Drops leavers from the staff list and appends newcomers, keeping a stable order. */
    void updateStaff(List<Person> newcomers) {
        if (!staffChanged && newcomers.isEmpty()) {
            return;
        }
        // The slots already hold everybody in the staff order: read the list from them.
        List<Person> staff = organization.state.staffAfterChanges(newcomers);
        if (staff == null) {
            staff = new ArrayList<>(organization.staff.size() + newcomers.size());
            for (Person person : organization.staff) {
                if (person.employed) {
                    staff.add(person);
                }
            }
            staff.addAll(newcomers);
            organization.state.arrange(staff);
        }
        organization.staff = staff;
        staffChanged = false;
    }

    /** After the hierarchy changed: the bottom-up order of positions is derived, so derive it again. */
    void refreshPositions() {
        positionsBottomUp = organization.positionsBottomUp();
    }

    /** How far AI support has taken effect in a team: 0 before adoption, rising to 1. */
    double aiSupport(Team team) {
        if (week < team.aiAdoptedWeek) {
            return 0;
        }
        return Math.min(1, (week - team.aiAdoptedWeek + 1) / parameters.get(Parameter.AI_ADOPTION_WEEKS));
    }

    int week() {
        return week;
    }

    /** The job insecurity a person feels: their team's, or half the organization's, whichever is higher. */
    double insecurity(Person person) {
        double team = person.team == null ? 0 : person.team.insecurity;
        return Math.max(team, 0.5 * organizationInsecurity);
    }

    /**
     * Whether anybody feels job insecurity: {@link #insecurity} is 0 for everybody until a layoff,
     * so the weekly passes need not look up anybody's team before one.
     */
    boolean anyInsecurity() {
        if (organizationInsecurity > 0) {
            return true;
        }
        for (Team team : organization.teams) {
            if (team.insecurity > 0) {
                return true;
            }
        }
        return false;
    }

    /** Job insecurity fades week by week (Wellbeing calls this once a week). */
    void fadeInsecurity() {
        double keep = Math.pow(0.5, 1 / parameters.get(Parameter.LAYOFF_INSECURITY_HALF_LIFE));
        organizationInsecurity *= keep;
        for (Team team : organization.teams) {
            team.insecurity *= keep;
        }
    }

    /** The careers of the variant, for {@link TeamCareers}. */
    org.orgsim.scenario.CareersSpec variantCareers() {
        return variant.careers();
    }

    /** The career levels of the variant's organization, top first, for {@link TeamCareers}. */
    List<String> variantCareerLevels() {
        return variant.organization().careerLevelNames();
    }

    /** The recorded metric row of a week (0..horizon), to be completed by {@link TeamCareers}. */
    double[] recordedRow(int recordedWeek) {
        return recorder.series()[recordedWeek];
    }

    String variantName() {
        return variant.name();
    }

    double weeklyCost(Person person) {
        return MetricsRecorder.weeklyCost(person, parameters);
    }
}
