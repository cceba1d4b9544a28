package org.orgsim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.orgsim.model.facts.Candidate;
import org.orgsim.model.facts.Review;
import org.orgsim.model.facts.Vacancy;
import org.orgsim.scenario.CareersSpec;
import org.orgsim.scenario.DistributionSpec;

/**
 * How a career review fills the vacancies of one level, the same in both careers modes (an
 * organization of levels, {@link LevelsModel}; careers in an organization of teams,
 * {@link TeamCareers}): the level's open seats become vacancies and the people directly below
 * candidates, each with a draw from the level's lottery stream; the promotion rules appoint
 * ({@link PromotionRound}); an appointed person takes the seat and a competence in the new role;
 * every appointment and every seat left vacant goes into the career log. The modes differ only in
 * what a seat and a person are, which a {@link Seats} says.
 */
final class CareerReview {
    /**
     * The seats of one level and the people below it, as one careers mode holds them.
     *
     * @param <S> a seat (a position, or its index in a level)
     * @param <P> a person (a person, or their index in the level below)
     */
    interface Seats<S, P> {
        String seatId(S seat);

        boolean isVacant(S seat);

        String personId(P person);

        /** The entity whose promotion stream draws the person's competence in a new role. */
        String promotionEntity(P person);

        double competence(P person);

        /** The vacancy rules see for an open seat. */
        Vacancy vacancy(S seat, double lottery);

        /** The candidate rules see for a person of the level below. */
        Candidate candidate(P person, double lottery);

        /** The person leaves their place (which becomes vacant) and takes the seat. */
        void seat(P person, S seat);

        /** The person starts the new role with this competence in this week. */
        void startRole(P person, double competence, int week);
    }

    private final RandomStreams streams;
    private final InterventionPolicy policy;
    private final String variant;
    private final CareersSpec careers;
    private final DistributionSpec competence;
    private final CareerLog log;

    CareerReview(RandomStreams streams, InterventionPolicy policy, String variant, CareersSpec careers,
                 DistributionSpec competence, CareerLog log) {
        this.streams = streams;
        this.policy = policy;
        this.variant = variant;
        this.careers = careers;
        this.competence = competence;
        this.log = log;
    }

    /**
     * Fills the open seats of level {@code levelName} from {@code below}, as the rules decide.
     *
     * @param noCandidate what the log says of a seat left vacant when nobody was available
     */
    <S, P> void fillLevel(Seats<S, P> ladder, int number, int week, String levelName, String fromLevel,
                          List<S> levelSeats, Supplier<List<P>> below, String noCandidate) {
        List<S> open = new ArrayList<>();
        for (S seat : levelSeats) {
            if (ladder.isVacant(seat)) {
                open.add(seat);
            }
        }
        if (open.isEmpty()) {
            return;
        }
        UniformRandomProvider lottery = streams.stream(StreamPurpose.CAREER_LOTTERY,
                RandomStreams.entityKey("review/" + levelName, week));
        List<Vacancy> vacancies = new ArrayList<>(open.size());
        Map<String, S> seats = new HashMap<>(2 * open.size());
        for (S seat : open) {
            vacancies.add(ladder.vacancy(seat, lottery.nextDouble()));
            seats.put(ladder.seatId(seat), seat);
        }
        List<P> people = below.get();
        List<Candidate> candidates = new ArrayList<>(people.size());
        for (P person : people) {
            candidates.add(ladder.candidate(person, lottery.nextDouble()));
        }
        ReviewFacts facts = new ReviewFacts(variant, new Review(number, week), vacancies, candidates);
        List<PromotionRound.Appointment<S, P>> appointments = PromotionRound.fill(policy, facts, seats, people);
        for (PromotionRound.Appointment<S, P> appointment : appointments) {
            P person = appointment.person();
            ladder.seat(person, appointment.seat());
            double before = ladder.competence(person);
            UniformRandomProvider random = streams.stream(StreamPurpose.CAREER_PROMOTION,
                    RandomStreams.entityKey(ladder.promotionEntity(person), week));
            double after = CareerDraws.newRoleCompetence(before, careers, competence, random);
            ladder.startRole(person, after, week);
            log.promoted(appointment.rule(), ladder.personId(person), ladder.seatId(appointment.seat()),
                    () -> String.format(Locale.ROOT, "promoted from %s to %s: competence %.2f -> %.2f (%s)",
                            fromLevel, levelName, before, after, careers.newRoleCompetence().yamlName()));
        }
        for (S seat : open) {
            if (ladder.isVacant(seat)) {
                int available = candidates.size() - appointments.size();
                log.leftVacant(ladder.seatId(seat), () -> available == 0 ? noCandidate + fromLevel
                        : "left vacant: no rule appointed any of " + available + " candidates from " + fromLevel);
            }
        }
    }
}
