package org.orgsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.contract.RunRecord;
import org.orgsim.model.facts.Candidate;
import org.orgsim.model.facts.Vacancy;
import org.orgsim.scenario.CareersSpec;
import org.orgsim.scenario.DistributionSpec;
import org.orgsim.scenario.LevelSpec;
import org.orgsim.scenario.OrganizationSpec;
import org.orgsim.scenario.Variant;

/**
 * One run of a careers-only variant: an organization described as hierarchy levels of positions,
 * without teams, that steps from career review to career review. Nothing happens between reviews
 * (no work, no wellbeing), so the run costs one review's work per review, whatever the review
 * interval: a thousand yearly reviews are a thousand steps, not 52,000 weeks. This is the model of
 * Pluchino, Rapisarda &amp; Garofalo (2010) with promotion policies as rules.
 *
 * <p>A review, at weeks R, 2R, ... (R = {@code careers.reviewWeeks}), in this order:
 * <ol>
 *   <li>everybody ages by R/52 years;</li>
 *   <li>exits: people at or above the retirement age retire; others with competence below
 *       {@code dismissalBelow} are dismissed; others quit with probability
 *       1 − (1 − quitRate)^(R/52);</li>
 *   <li>promotion, top-down: for each level from the top, its vacancies are offered to the people
 *       of the level directly below (the {@link Candidate} facts) and the variant's rules appoint;
 *       an appointed person's competence becomes their competence in the new role
 *       ({@link CareerDraws#newRoleCompetence}) and their seat below becomes a vacancy of the next
 *       round; a vacancy no rule fills stays vacant until the next review;</li>
 *   <li>hiring: every vacancy of the entry (last) level is filled by a newcomer.</li>
 * </ol>
 * A row is recorded at week 0 and after every review: {@code headcount}, {@code attrition},
 * {@code bench_strength} and the mean competence of each level's holders.
 *
 * <p>Random streams: a person's competence and ages come from the stream of the seat they join
 * ({@code level:<name>/<index>} for the initial staff, {@code .../hire/<k>} for the k-th hire into
 * the seat), their quits from their own stream, the competence in a new role from a stream of the
 * person and week, and the lottery numbers from a stream of the review's week and level. Replication
 * r of two variants thus starts from the same people and hires the same people into the same seat.
 */
public final class LevelsModel {
    /** Watches every review of a run (tests check invariants with it). */
    interface Watcher {
        /** After the review of {@code week} (and at week 0): the holders of every seat, top level first; null = vacant. */
        void reviewed(int week, List<List<Worker>> seats);
    }

    /** A person of a careers-only organization. */
    static final class Worker {
        final String id;
        final String entity;
        double competence;
        double age;
        final int hiredWeek;
        int levelSinceWeek;
        UniformRandomProvider quitRandom;

        Worker(String entity, double competence, double age, int hiredWeek, int levelSinceWeek) {
            this.entity = entity;
            this.id = pseudonym(entity);
            this.competence = competence;
            this.age = age;
            this.hiredWeek = hiredWeek;
            this.levelSinceWeek = levelSinceWeek;
        }
    }

    private final Variant variant;
    private final CareersSpec careers;
    private final DistributionSpec competence;
    private final List<LevelSpec> levels;
    private final int replication;
    private final int weeks;
    private final int reviewWeeks;
    private final RandomStreams streams;
    private final InterventionPolicy policy;
    private final Worker[][] seats;
    private final String[][] seatIds;
    private final int[][] hireSequence;
    private final List<InterventionEvent> events = new ArrayList<>();
    private final CareerLog log;
    private final CareerReview review;
    private final SeriesLayout layout;
    private final double[][] rows;
    private final double quitPerReview;
    private final double maxBench;
    private int initialHeadcount;
    private int leavers;
    private Watcher watcher;

    private LevelsModel(Variant variant, long seed, int replication, int weeks, InterventionPolicy policy) {
        if (!(variant.organization() instanceof OrganizationSpec.Levels organization) || variant.careers() == null) {
            throw new IllegalArgumentException("variant '" + variant.name() + "' is not an organization of levels "
                    + "with careers");
        }
        this.variant = variant;
        this.careers = variant.careers();
        this.competence = careers.competence();
        this.levels = organization.levels();
        this.replication = replication;
        this.weeks = weeks;
        this.reviewWeeks = careers.reviewWeeks();
        this.streams = new RandomStreams(seed, replication);
        this.policy = policy;
        this.layout = SeriesLayout.of(variant);
        if (weeks % reviewWeeks != 0) {
            throw new IllegalArgumentException("weeks (" + weeks + ") must be a multiple of the review interval ("
                    + reviewWeeks + ")");
        }
        this.rows = new double[layout.rows(weeks)][layout.columns()];
        this.log = new CareerLog(careers.events(), events);
        this.review = new CareerReview(streams, policy, variant.name(), careers, competence, log);
        this.quitPerReview = 1 - Math.pow(1 - careers.quitRate(), reviewWeeks / 52.0);
        this.seats = new Worker[levels.size()][];
        this.seatIds = new String[levels.size()][];
        this.hireSequence = new int[levels.size()][];
        double weightedPositions = 0;
        for (int level = 0; level < levels.size(); level++) {
            LevelSpec spec = levels.get(level);
            seats[level] = new Worker[spec.positions()];
            seatIds[level] = new String[spec.positions()];
            hireSequence[level] = new int[spec.positions()];
            for (int index = 0; index < spec.positions(); index++) {
                seatIds[level][index] = "level:" + spec.name() + "/" + index;
            }
            weightedPositions += spec.weight() * spec.positions();
        }
        this.maxBench = weightedPositions * competence.max();
    }

    /** One replication; {@code policy} (the variant's rules, or null for none) is closed at the end. */
    public static RunRecord simulate(Variant variant, long seed, int replication, int weeks, InterventionPolicy policy) {
        try (InterventionPolicy closing = policy) {
            return new LevelsModel(variant, seed, replication, weeks, closing).run();
        }
    }

    /** One replication without rules: nobody is promoted. */
    public static RunRecord simulate(Variant variant, long seed, int replication, int weeks) {
        return new LevelsModel(variant, seed, replication, weeks, null).run();
    }

    /** A replication watched review by review (for tests). */
    static RunRecord simulate(Variant variant, long seed, int replication, int weeks, InterventionPolicy policy,
                              Watcher watcher) {
        try (InterventionPolicy closing = policy) {
            LevelsModel model = new LevelsModel(variant, seed, replication, weeks, closing);
            model.watcher = watcher;
            return model.run();
        }
    }

    private RunRecord run() {
        start();
        record(0);
        if (watcher != null) {
            watcher.reviewed(0, snapshot());
        }
        int reviews = weeks / reviewWeeks;
        for (int review = 1; review <= reviews; review++) {
            review(review, review * reviewWeeks);
            record(review);
        }
        return new RunRecord(variant.name(), replication, rows, events, reviewWeeks);
    }

    /** The initial staff: every seat filled, attributes drawn from the seat's stream. */
    private void start() {
        for (int level = 0; level < levels.size(); level++) {
            for (int index = 0; index < seats[level].length; index++) {
                String entity = seatIds[level][index];
                UniformRandomProvider random = streams.stream(StreamPurpose.CAREER_PEOPLE, RandomStreams.entityKey(entity));
                double skill = CareerDraws.draw(competence, random);
                double age = CareerDraws.draw(careers.age(), random);
                // Tenure: they were hired at an age drawn from the hiring ages (never after their current age).
                double hiredAt = Math.min(age, CareerDraws.draw(careers.hiringAge(), random));
                int hiredWeek = -(int) Math.round((age - hiredAt) * 52);
                seats[level][index] = new Worker(entity, skill, age, hiredWeek, 0);
            }
        }
        initialHeadcount = headcount();
    }

    private void review(int number, int week) {
        log.beginReview(week);
        double years = reviewWeeks / 52.0;
        for (Worker[] level : seats) {
            for (Worker worker : level) {
                if (worker != null) {
                    worker.age += years;
                }
            }
        }
        exits(week);
        for (int level = 0; level + 1 < levels.size(); level++) {
            promote(number, week, level);
        }
        hire(week);
        log.endReview(benchStrength());
        if (watcher != null) {
            watcher.reviewed(week, snapshot());
        }
    }

    private void exits(int week) {
        for (int level = 0; level < levels.size(); level++) {
            String levelName = levels.get(level).name();
            for (int index = 0; index < seats[level].length; index++) {
                Worker worker = seats[level][index];
                if (worker == null) {
                    continue;
                }
                boolean quits = false;
                if (quitPerReview > 0) {
                    if (worker.quitRandom == null) {
                        worker.quitRandom = streams.stream(StreamPurpose.CAREER_QUITS, RandomStreams.entityKey(worker.entity));
                    }
                    quits = worker.quitRandom.nextDouble() < quitPerReview;
                }
                String seat = seatIds[level][index];
                if (worker.age >= careers.retirementAge()) {
                    log.retired(worker.id, () -> String.format(Locale.ROOT, "retired at %.1f from %s (%s), competence %.2f",
                            worker.age, levelName, seat, worker.competence));
                } else if (worker.competence < careers.dismissalBelow()) {
                    log.dismissed(worker.id, () -> String.format(Locale.ROOT, "dismissed from %s (%s): competence %.2f below %s",
                            levelName, seat, worker.competence, number(careers.dismissalBelow())));
                } else if (quits) {
                    log.quit(worker.id, () -> String.format(Locale.ROOT, "left of their own accord from %s (%s), competence %.2f",
                            levelName, seat, worker.competence));
                } else {
                    continue;
                }
                seats[level][index] = null;
                leavers++;
            }
        }
    }

    /** Fills the vacancies of {@code level} from the level below, as the rules decide. */
    private void promote(int number, int week, int level) {
        Worker[] above = seats[level];
        Worker[] below = seats[level + 1];
        LevelSpec spec = levels.get(level);
        String fromLevel = levels.get(level + 1).name();
        List<Integer> seatIndexes = new ArrayList<>(above.length);
        for (int index = 0; index < above.length; index++) {
            seatIndexes.add(index);
        }
        review.fillLevel(new CareerReview.Seats<Integer, Occupant>() {
            @Override public String seatId(Integer seat) { return seatIds[level][seat]; }
            @Override public boolean isVacant(Integer seat) { return above[seat] == null; }
            @Override public String personId(Occupant person) { return person.worker().id; }
            @Override public String promotionEntity(Occupant person) { return person.worker().entity; }
            @Override public double competence(Occupant person) { return person.worker().competence; }

            @Override
            public Vacancy vacancy(Integer seat, double lottery) {
                return new Vacancy(seatIds[level][seat], spec.name(), level, spec.weight(), "", lottery);
            }

            @Override
            public Candidate candidate(Occupant person, double lottery) {
                Worker worker = person.worker();
                return new Candidate(worker.id, spec.name(), fromLevel, worker.competence, worker.age,
                        Math.max(0, week - worker.hiredWeek), week - worker.levelSinceWeek, "", false, lottery);
            }

            @Override
            public void seat(Occupant person, Integer seat) {
                below[person.index()] = null;
                above[seat] = person.worker();
            }

            @Override
            public void startRole(Occupant person, double newCompetence, int startWeek) {
                person.worker().competence = newCompetence;
                person.worker().levelSinceWeek = startWeek;
            }
        }, number, week, spec.name(), fromLevel, seatIndexes, () -> {
            List<Occupant> occupants = new ArrayList<>(below.length);
            for (int index = 0; index < below.length; index++) {
                if (below[index] != null) {
                    occupants.add(new Occupant(index, below[index]));
                }
            }
            return occupants;
        }, "left vacant: no candidate left in ");
    }

    /** A worker of the level below, with their place in it (which they leave when promoted). */
    private record Occupant(int index, Worker worker) {
    }

    /** Every vacancy of the entry level is filled by a newcomer. */
    private void hire(int week) {
        int entry = levels.size() - 1;
        String levelName = levels.get(entry).name();
        for (int index = 0; index < seats[entry].length; index++) {
            if (seats[entry][index] != null) {
                continue;
            }
            String entity = seatIds[entry][index] + "/hire/" + hireSequence[entry][index]++;
            UniformRandomProvider random = streams.stream(StreamPurpose.CAREER_PEOPLE, RandomStreams.entityKey(entity));
            Worker worker = new Worker(entity, CareerDraws.draw(competence, random),
                    CareerDraws.draw(careers.hiringAge(), random), week, week);
            seats[entry][index] = worker;
            String seat = seatIds[entry][index];
            log.hired(worker.id, () -> String.format(Locale.ROOT, "hired into %s (%s): competence %.2f, age %.1f",
                    levelName, seat, worker.competence, worker.age));
        }
    }

    private void record(int row) {
        double[] values = rows[row];
        int headcount = headcount();
        values[Metric.HEADCOUNT.ordinal()] = headcount;
        values[Metric.ATTRITION.ordinal()] = initialHeadcount > 0 ? (double) leavers / initialHeadcount : 0;
        values[Metric.BENCH_STRENGTH.ordinal()] = benchStrength();
        for (int level = 0; level < levels.size(); level++) {
            double sum = 0;
            int held = 0;
            for (Worker worker : seats[level]) {
                if (worker != null) {
                    sum += worker.competence;
                    held++;
                }
            }
            values[layout.extraColumn(level)] = held > 0 ? sum / held : Double.NaN;
        }
    }

    /**
     * 100 × Σ_levels weight × (sum of competences held) / (Σ_levels weight × positions × maximum
     * competence); a vacant position counts 0.
     */
    private double benchStrength() {
        double weighted = 0;
        for (int level = 0; level < levels.size(); level++) {
            double sum = 0;
            for (Worker worker : seats[level]) {
                if (worker != null) {
                    sum += worker.competence;
                }
            }
            weighted += levels.get(level).weight() * sum;
        }
        return 100 * weighted / maxBench;
    }

    private int headcount() {
        int count = 0;
        for (Worker[] level : seats) {
            for (Worker worker : level) {
                count += worker == null ? 0 : 1;
            }
        }
        return count;
    }

    private List<List<Worker>> snapshot() {
        List<List<Worker>> copy = new ArrayList<>();
        for (Worker[] level : seats) {
            copy.add(java.util.Collections.unmodifiableList(java.util.Arrays.asList(level.clone())));
        }
        return copy;
    }

    /** {@link OrganizationFactory#pseudonym} without String.format, which a long run calls for every hire. */
    static String pseudonym(String entity) {
        String hex = Long.toHexString(RandomStreams.entityKey(entity) >>> 16);
        return "P" + "000000000000".substring(hex.length()) + hex;
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
