package org.orgsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.orgsim.contract.Metric;
import org.orgsim.model.facts.Candidate;
import org.orgsim.model.facts.Vacancy;
import org.orgsim.scenario.CareersSpec;
import org.orgsim.scenario.DistributionSpec;
import org.orgsim.scenario.Parameter;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Careers in an organization of teams: the career levels are the management layers and the
 * team-lead level (positions, {@link Organization#levels}) plus the members of all teams as the
 * entry level, so careers and teamwork are one organization. Hooked into {@link OrgModel} at four
 * small places: the clock (a review at the start of every review week from week 1 on, before the
 * week's quits), the metrics phase (bench strength and each level's competence, every week),
 * {@link OrgModel#depart} (from week 0 on, a vacated position waits for the next review instead of
 * an external hire), and the end of the run (the extra columns).
 *
 * <p>A review, at weeks R, 2R, ...: people at or above the retirement age retire and people with
 * competence below {@code dismissalBelow} are dismissed (both as leavers, their seats vacancies);
 * then, level by level from the top, vacant positions are offered to the people of the level
 * directly below (for a lead seat: every team member) and the variant's promotion rules appoint.
 * A promoted member's seat in the team becomes a member vacancy, filled by the team model's hiring
 * after {@code hiring.vacancyWeeks}; voluntary quits are the wellbeing model's, every week.
 * Competence is the team model's (0 to 1: normal with {@code people.competenceMean} and
 * {@code people.competenceSd}, clipped), also for a fresh draw in a new role.
 *
 * <p>Ages: the people there at the start get an age at week 0 from {@code careers.age}; people hired
 * later an age at hiring from {@code careers.hiringAge}, drawn at their first review. Both come from
 * a stream keyed by the person's id, so a person has the same age in every variant.
 */
final class TeamCareers {
    private final OrgModel model;
    private final CareersSpec careers;
    private final DistributionSpec competence;
    private final InterventionPolicy policy;
    private final CareerLog log;
    private final CareerReview review;
    /** The career levels recorded as extra series, in layout order. */
    private final List<String> recordedLevels;
    private final double[][] levelCompetence;
    private int reviews;

    TeamCareers(OrgModel model, InterventionPolicy policy, int weeks) {
        this.model = model;
        this.careers = model.variantCareers();
        this.policy = policy;
        double mean = model.parameters.get(Parameter.COMPETENCE_MEAN);
        double sd = model.parameters.get(Parameter.COMPETENCE_SD);
        this.competence = DistributionSpec.normal(mean, sd, 0, 1, DistributionSpec.OutOfRange.CLIP);
        this.log = new CareerLog(careers.events(), model.events);
        this.review = new CareerReview(model.streams, policy, model.variantName(), careers, competence, log);
        // The levels of the scenario's organization, in the order of the output series; a level an
        // intervention adds later counts in bench strength but has no series of its own.
        this.recordedLevels = model.variantCareerLevels();
        this.levelCompetence = new double[weeks + 1][recordedLevels.size()];
        for (Person person : model.organization.staff) {
            UniformRandomProvider random = peopleStream(person);
            person.birthWeek = -52 * CareerDraws.draw(careers.age(), random); // age at week 0
        }
    }

    /** From week 0 on, a vacated position waits for the next review (before, the team model hires). */
    boolean positionsWaitForReview() {
        return model.week >= 0;
    }

    /** Called by the clock at the start of every week: a review in each review week from week 1 on. */
    void weekStarted() {
        int week = model.week;
        if (week > 0 && week % careers.reviewWeeks() == 0) {
            review(++reviews, week);
        }
    }

    /** The metrics phase with the career metrics recorded right after the others, in the same phase. */
    Steppable afterMetrics(Steppable recorder) {
        return state -> {
            recorder.step(state);
            record(state);
        };
    }

    /** The recorded series with the career columns: bench strength in its metric column, then each level's competence. */
    double[][] withCareerColumns(double[][] series) {
        int metrics = Metric.count();
        double[][] wide = new double[series.length][metrics + recordedLevels.size()];
        for (int week = 0; week < series.length; week++) {
            System.arraycopy(series[week], 0, wide[week], 0, metrics);
            System.arraycopy(levelCompetence[week], 0, wide[week], metrics, recordedLevels.size());
        }
        return wide;
    }

    private void review(int number, int week) {
        log.beginReview(week);
        exits(week);
        model.updateStaff(List.of());
        List<List<Position>> levels = model.organization.levels;
        for (int rank = 0; rank < levels.size(); rank++) {
            promote(number, week, rank);
        }
        model.updateStaff(List.of());
        log.endReview(benchStrength());
    }

    private void exits(int week) {
        for (Person person : new ArrayList<>(model.organization.staff)) {
            if (!person.employed) {
                continue;
            }
            double age = age(person, week);
            String where = where(person);
            if (age >= careers.retirementAge()) {
                log.retired(person.id, () -> String.format(Locale.ROOT, "retired at %.1f from %s, competence %.2f",
                        age, where, person.competence));
            } else if (person.competence < careers.dismissalBelow()) {
                log.dismissed(person.id, () -> String.format(Locale.ROOT, "dismissed from %s: competence %.2f below %s",
                        where, person.competence, careers.dismissalBelow()));
            } else {
                continue;
            }
            model.depart(person, true);
        }
    }

    /** Fills the vacant positions of level {@code rank} from the level below (for the team leads: the members). */
    private void promote(int number, int week, int rank) {
        Organization organization = model.organization;
        String levelName = organization.levelNames.get(rank);
        boolean leadLevel = rank == organization.levels.size() - 1;
        String fromLevel = leadLevel ? CareersSpec.MEMBER_LEVEL : organization.levelNames.get(rank + 1);
        double weight = careers.weightOf(levelName);
        review.fillLevel(new CareerReview.Seats<Position, Person>() {
            @Override public String seatId(Position seat) { return seat.id; }
            @Override public boolean isVacant(Position seat) { return seat.isVacant(); }
            @Override public String personId(Person person) { return person.id; }
            @Override public String promotionEntity(Person person) { return person.id; }
            @Override public double competence(Person person) { return person.competence; }

            @Override
            public Vacancy vacancy(Position seat, double lottery) {
                Team team = leadTeam(seat);
                return new Vacancy(seat.id, levelName, rank, weight, team == null ? "" : team.name, lottery);
            }

            @Override
            public Candidate candidate(Person person, double lottery) {
                int since = person.levelSinceWeek == Integer.MIN_VALUE ? person.hiredWeek() : person.levelSinceWeek;
                return new Candidate(person.id, levelName, fromLevel, person.competence, age(person, week),
                        person.tenureWeeks(week), Math.max(0, week - since), person.team == null ? "" : person.team.name,
                        person.onLongLeave() || person.absentDays() >= 5, lottery);
            }

            @Override
            public void seat(Person person, Position seat) {
                takeSeat(person, seat, week);
            }

            @Override
            public void startRole(Person person, double newCompetence, int startWeek) {
                person.competence = newCompetence;
                person.levelSinceWeek = startWeek;
            }
        }, number, week, levelName, fromLevel, organization.levels.get(rank), () -> below(rank, leadLevel),
                "left vacant: no candidate in ");
    }

    /** The candidates for level {@code rank}: the holders of the level below, or for the team leads every member. */
    private List<Person> below(int rank, boolean leadLevel) {
        Organization organization = model.organization;
        List<Person> below = new ArrayList<>();
        if (leadLevel) {
            for (Team team : organization.teams) {
                below.addAll(team.members);
            }
        } else {
            for (Position position : organization.levels.get(rank + 1)) {
                if (!position.isVacant()) {
                    below.add(position.holder);
                }
            }
        }
        return below;
    }

    /** The person leaves their seat (a member seat becomes a vacancy hired after the lag) and takes {@code seat}. */
    private void takeSeat(Person person, Position seat, int week) {
        Team oldTeam = person.team;
        if (person.position != null) {
            Position old = person.position;
            old.holder = null;
            old.fillWeek = Integer.MAX_VALUE; // filled in this review's next round, or at a later review
        } else if (oldTeam != null) {
            oldTeam.members.remove(person);
            oldTeam.memberVacancies.add(week + (int) model.parameters.get(Parameter.VACANCY_WEEKS));
        }
        if (oldTeam != null) {
            oldTeam.tiesStale = true;
        }
        Team team = leadTeam(seat);
        seat.holder = person;
        person.position = seat;
        person.role = team != null ? Role.LEAD : Role.MANAGER;
        person.team = team;
        if (team != null) {
            team.tiesStale = true;
        }
    }

    /** After the metrics phase: bench strength into its metric column, each level's mean competence into the extras. */
    private void record(SimState state) {
        int week = model.week;
        if (week < 0) {
            return;
        }
        double[] row = model.recordedRow(week);
        row[Metric.BENCH_STRENGTH.ordinal()] = benchStrength();
        double[] levels = levelCompetence[week];
        java.util.Arrays.fill(levels, Double.NaN);
        Organization organization = model.organization;
        for (int rank = 0; rank < organization.levels.size(); rank++) {
            int column = recordedLevels.indexOf(organization.levelNames.get(rank));
            if (column >= 0) {
                double sum = 0;
                int held = 0;
                for (Position position : organization.levels.get(rank)) {
                    if (!position.isVacant()) {
                        sum += position.holder.competence;
                        held++;
                    }
                }
                levels[column] = held > 0 ? sum / held : Double.NaN;
            }
        }
        double sum = 0;
        int members = 0;
        for (Team team : organization.teams) {
            for (Person member : team.members) {
                sum += member.competence;
                members++;
            }
        }
        levels[recordedLevels.size() - 1] = members > 0 ? sum / members : Double.NaN;
    }

    /**
     * 100 × Σ_levels weight × (sum of competences held) / (Σ_levels weight × positions × 1), the
     * highest competence being 1; the members' level has a position per member and per open member
     * vacancy, and a vacant position counts 0.
     */
    double benchStrength() {
        Organization organization = model.organization;
        double held = 0;
        double maximum = 0;
        for (int rank = 0; rank < organization.levels.size(); rank++) {
            double weight = careers.weightOf(organization.levelNames.get(rank));
            for (Position position : organization.levels.get(rank)) {
                maximum += weight;
                if (!position.isVacant()) {
                    held += weight * position.holder.competence;
                }
            }
        }
        double memberWeight = careers.weightOf(CareersSpec.MEMBER_LEVEL);
        for (Team team : organization.teams) {
            maximum += memberWeight * (team.members.size() + team.memberVacancies.size());
            for (Person member : team.members) {
                held += memberWeight * member.competence;
            }
        }
        return maximum > 0 ? 100 * held / maximum : 0;
    }

    private double age(Person person, int week) {
        if (Double.isNaN(person.birthWeek)) {
            // Hired after the start: an age at hiring from the hiring ages.
            person.birthWeek = person.hiredWeek() - 52 * CareerDraws.draw(careers.hiringAge(), peopleStream(person));
        }
        return (week - person.birthWeek) / 52;
    }

    private UniformRandomProvider peopleStream(Person person) {
        return model.streams.stream(StreamPurpose.CAREER_PEOPLE, RandomStreams.entityKey(person.id));
    }

    /** The team whose lead seat {@code position} is, or null for a management position. */
    private static Team leadTeam(Position position) {
        for (Team team : position.teams) {
            if (team.leadPosition == position) {
                return team;
            }
        }
        return null;
    }

    private static String where(Person person) {
        if (person.position != null) {
            return person.position.levelName + " (" + person.position.id + ")";
        }
        return CareersSpec.MEMBER_LEVEL + (person.team == null ? "" : " of " + person.team.name);
    }
}
